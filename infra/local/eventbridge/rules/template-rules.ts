import type { LocalResource, LocalStack } from '../../assembly';
import { isJsonArray, isJsonObject } from '../../assembly/json';
import { busNameOf, DEFAULT_BUS_NAME, type BusLocation, type EventBuses } from '../event-buses';
import { compileEventPattern } from '../patterns';
import type { StartProblems } from '../start-problems';
import { parseTarget, type SupportedKinds, type Target } from '../targets/target';
import { ruleArn, RULE_STATES, type RuleDefinition } from './rule';

export interface TemplateRule {
  readonly definition: RuleDefinition;
  readonly targets: readonly Target[];
}

/**
 * The template's `AWS::Events::Rule` resources, checked as EventBridge would check them at deploy time — an invalid
 * pattern, a target the local cloud cannot deliver to, or a scheduled rule is a problem that stops the start, named
 * after the rule, rather than a rule that silently never fires.
 */
export function templateRules(
  stacks: readonly LocalStack[],
  buses: EventBuses,
  supported: SupportedKinds,
  location: BusLocation,
  problems: StartProblems,
): TemplateRule[] {
  return stacks
    .flatMap((stack) => stack.byType('AWS::Events::Rule'))
    .flatMap((resource) => {
      const subject = `rule ${resource.logicalId} (${ruleNameOf(resource)})`;
      return problems.attempt(subject, () => templateRule(resource, buses, supported, location, problems, subject)) ?? [];
    });
}

function templateRule(
  resource: LocalResource,
  buses: EventBuses,
  supported: SupportedKinds,
  location: BusLocation,
  problems: StartProblems,
  subject: string,
): TemplateRule {
  const { properties } = resource;
  if (properties.ScheduleExpression !== undefined) {
    throw new Error('scheduled rules (ScheduleExpression) are not yet supported locally: the rule would never fire');
  }
  const busProperty = properties.EventBusName;
  const busName = typeof busProperty === 'string' ? busNameOf(busProperty) : DEFAULT_BUS_NAME;
  if (buses.find(busName) === undefined) throw new Error(`its event bus ${busName} is not a bus of the template`);
  const rawPattern = properties.EventPattern;
  if (rawPattern === undefined || rawPattern === null) throw new Error('it has no EventPattern');
  const eventPattern = typeof rawPattern === 'string' ? rawPattern : JSON.stringify(rawPattern);
  const state = RULE_STATES.find((candidate) => candidate === (properties.State ?? 'ENABLED'));
  if (state === undefined) throw new Error(`State must be one of ${RULE_STATES.join(', ')}`);
  const name = ruleNameOf(resource);
  const description = properties.Description;
  const roleArn = properties.RoleArn;
  const definition: RuleDefinition = {
    name,
    busName,
    arn: ruleArn(location, busName, name),
    eventPattern,
    pattern: compileEventPattern(eventPattern),
    state,
    createdBy: location.accountId,
    ...(typeof description === 'string' ? { description } : {}),
    ...(typeof roleArn === 'string' ? { roleArn } : {}),
  };
  return { definition, targets: targetsOf(resource, supported, problems, subject) };
}

function targetsOf(resource: LocalResource, supported: SupportedKinds, problems: StartProblems, subject: string): Target[] {
  const raw = resource.properties.Targets ?? [];
  if (!isJsonArray(raw)) throw new Error('Targets must be a list');
  return raw.flatMap((item) => {
    if (!isJsonObject(item)) {
      problems.add(`${subject}: each target must be an object`);
      return [];
    }
    return problems.attempt(subject, () => parseTarget(item, supported)) ?? [];
  });
}

/** The loader's Ref for a rule is `<bus>|<name>` on a custom bus, `<name>` on the default one. */
function ruleNameOf(resource: LocalResource): string {
  const bar = resource.physicalId.lastIndexOf('|');
  return bar === -1 ? resource.physicalId : resource.physicalId.slice(bar + 1);
}
