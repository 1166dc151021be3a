import type { JsonObject } from '../../assembly/json';
import { busFromRequest } from '../bus-api';
import type { EventBridgeContext, Operation } from '../eventbridge-context';
import { constraintViolation, EventBridgeError, ruleNotFound, validationError } from '../eventbridge-errors';
import { pageOf } from '../paging';
import { compileEventPattern, InvalidEventPatternError, type CompiledEventPattern } from '../patterns';
import { checkLength, checkPattern, NAME_PATTERN, optionalString, requiredString } from '../request-fields';
import { ruleArn, RULE_STATES, type RuleDefinition, type RuleState } from './rule';
import type { RuleEntry } from './rule-registry';

/**
 * PutRule: creates or replaces a rule (everything but its targets: what the call omits is reset, as on AWS). Only
 * event-pattern rules: a scheduled rule would need a scheduler the local cloud does not have, and would never fire.
 */
export const putRule: Operation = (context, input) => {
  const name = ruleName(input);
  const bus = busFromRequest(context, input);
  if (optionalString(input, 'ScheduleExpression') !== undefined) {
    throw validationError('ScheduleExpression is not yet supported locally: a scheduled rule would never fire here.');
  }
  const eventPattern = optionalString(input, 'EventPattern');
  if (eventPattern === undefined) throw validationError('Parameter(s) EventPattern or ScheduleExpression must be specified.');
  const description = optionalString(input, 'Description');
  if (description !== undefined) checkLength('description', description, 0, 512);
  const roleArn = optionalString(input, 'RoleArn');
  const definition: RuleDefinition = {
    name,
    busName: bus.name,
    arn: ruleArn(context, bus.name, name),
    eventPattern,
    pattern: compileForApi(eventPattern),
    state: ruleState(input),
    createdBy: context.accountId,
    ...(description === undefined ? {} : { description }),
    ...(roleArn === undefined ? {} : { roleArn }),
  };
  context.rules.put(definition);
  return { RuleArn: definition.arn };
};

export const describeRule: Operation = (context, input) => {
  const { definition } = existingRule(context, input);
  return { ...ruleSummary(definition), CreatedBy: definition.createdBy };
};

export const listRules: Operation = (context, input) => {
  const bus = busFromRequest(context, input);
  const prefix = optionalString(input, 'NamePrefix') ?? '';
  const page = pageOf(context.rules.list(bus.name, prefix), (entry) => entry.definition.name, input);
  return {
    Rules: page.items.map((entry) => ruleSummary(entry.definition)),
    ...(page.nextToken === undefined ? {} : { NextToken: page.nextToken }),
  };
};

export const enableRule: Operation = (context, input) => setState(context, input, 'ENABLED');

export const disableRule: Operation = (context, input) => setState(context, input, 'DISABLED');

/** Deleting a rule that does not exist succeeds, as on AWS; one with targets is refused until they are removed. */
export const deleteRule: Operation = (context, input) => {
  const name = ruleName(input);
  const bus = busFromRequest(context, input);
  const entry = context.rules.find(bus.name, name);
  if (entry === undefined) return {};
  if (entry.targets.size > 0) throw validationError("Rule can't be deleted since it has targets.");
  context.rules.delete(bus.name, name);
  return {};
};

/** The rule the request names (`Name`, or `Rule` for the target operations) on the bus it names. */
export function existingRule(context: EventBridgeContext, input: JsonObject, member: 'Name' | 'Rule' = 'Name'): RuleEntry {
  const name = ruleName(input, member);
  const bus = busFromRequest(context, input);
  const entry = context.rules.find(bus.name, name);
  if (entry === undefined) throw ruleNotFound(name, bus.name);
  return entry;
}

/** A pattern as PutRule and TestEventPattern refuse it: InvalidEventPatternException with the reason. */
export function compileForApi(pattern: string): CompiledEventPattern {
  try {
    return compileEventPattern(pattern);
  } catch (error) {
    if (error instanceof InvalidEventPatternError) throw new EventBridgeError(error.code, error.message);
    throw error;
  }
}

function setState(context: EventBridgeContext, input: JsonObject, state: RuleState): JsonObject {
  const { definition } = existingRule(context, input);
  context.rules.put({ ...definition, state });
  return {};
}

function ruleName(input: JsonObject, member: 'Name' | 'Rule' = 'Name'): string {
  const name = requiredString(input, member);
  const wireMember = member === 'Name' ? 'name' : 'rule';
  checkLength(wireMember, name, 1, 64);
  checkPattern(wireMember, name, NAME_PATTERN);
  return name;
}

function ruleState(input: JsonObject): RuleState {
  const state = optionalString(input, 'State') ?? 'ENABLED';
  const known = RULE_STATES.find((candidate) => candidate === state);
  if (known === undefined) {
    throw constraintViolation('state', state, `Member must satisfy enum value set: [${RULE_STATES.join(', ')}]`);
  }
  return known;
}

/** What ListRules reports of a rule (DescribeRule adds CreatedBy). */
function ruleSummary(rule: RuleDefinition): JsonObject {
  return {
    Name: rule.name,
    Arn: rule.arn,
    EventPattern: rule.eventPattern,
    State: rule.state,
    ...(rule.description === undefined ? {} : { Description: rule.description }),
    ...(rule.roleArn === undefined ? {} : { RoleArn: rule.roleArn }),
    EventBusName: rule.busName,
  };
}
