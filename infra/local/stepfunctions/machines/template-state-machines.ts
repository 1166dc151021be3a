import { isJsonObject, type Json, type JsonObject } from '../../assembly/json';
import type { LocalResource, LocalStack } from '../../assembly';
import { definitionProblems } from './definition-check';
import { substituteDefinition } from './definition-substitutions';
import { DEFAULT_LOGGING_CONFIGURATION, DEFAULT_TRACING_CONFIGURATION, type StateMachine, type StateMachineType } from './state-machine';

export const STATE_MACHINE_TYPE = 'AWS::StepFunctions::StateMachine';

/** Every state machine the template declares that cannot run, named by stack and logical id, with each reason. */
export class StepFunctionsStartError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The local Step Functions cannot start:\n- ${problems.join('\n- ')}`);
    this.name = 'StepFunctionsStartError';
  }
}

/**
 * The template's state machines (`AWS::StepFunctions::StateMachine`), with DefinitionSubstitutions applied and every
 * definition validated; throws StepFunctionsStartError naming each resource that cannot run.
 */
export function templateStateMachines(
  stacks: readonly LocalStack[],
  options: { readonly createdAt: number; readonly checkResources: boolean },
): StateMachine[] {
  const machines: StateMachine[] = [];
  const problems: string[] = [];
  for (const stack of stacks) {
    for (const resource of stack.byType(STATE_MACHINE_TYPE)) {
      const where = `${stack.name}/${resource.logicalId}`;
      const built = stateMachineOf(resource, options);
      if (typeof built === 'string') problems.push(`${where}: ${built}`);
      else machines.push(built);
    }
  }
  if (problems.length > 0) throw new StepFunctionsStartError(problems);
  return machines;
}

function stateMachineOf(resource: LocalResource, options: { readonly createdAt: number; readonly checkResources: boolean }): StateMachine | string {
  const { properties } = resource;
  const name = typeof resource.attributes.Name === 'string' ? resource.attributes.Name : resource.physicalId.split(':').at(-1) ?? '';
  const source = properties.DefinitionString ?? properties.Definition;
  if (source === undefined) return `state machine '${name}' has neither DefinitionString nor Definition`;
  // DefinitionString is JSON text after intrinsics resolve; a template may also hold the definition as an object.
  const substituted = substituteDefinition(typeof source === 'string' ? source : JSON.stringify(source), properties.DefinitionSubstitutions);
  if (substituted.problems.length > 0) return `state machine '${name}': ${substituted.problems.join('; ')}`;
  const problems = definitionProblems(substituted.text, { checkResources: options.checkResources });
  if (problems.length > 0) return `state machine '${name}' has an invalid definition: ${problems.join('; ')}`;
  return {
    arn: resource.physicalId,
    name,
    type: properties.StateMachineType === 'EXPRESS' ? 'EXPRESS' : ('STANDARD' satisfies StateMachineType),
    definition: substituted.text,
    roleArn: typeof properties.RoleArn === 'string' ? properties.RoleArn : '',
    creationDate: options.createdAt,
    updateDate: options.createdAt,
    loggingConfiguration: camelCased(properties.LoggingConfiguration) ?? DEFAULT_LOGGING_CONFIGURATION,
    tracingConfiguration: camelCased(properties.TracingConfiguration) ?? DEFAULT_TRACING_CONFIGURATION,
    origin: 'template',
  };
}

/** CloudFormation's `{ Level, IncludeExecutionData }` → the API's `{ level, includeExecutionData }`, at every depth. */
function camelCased(value: Json | undefined): JsonObject | undefined {
  if (!isJsonObject(value)) return undefined;
  const convert = (item: Json): Json => {
    if (Array.isArray(item)) return (item as readonly Json[]).map(convert);
    if (!isJsonObject(item)) return item;
    return Object.fromEntries(Object.entries(item).map(([key, inner]) => [`${key.charAt(0).toLowerCase()}${key.slice(1)}`, convert(inner)]));
  };
  return convert(value) as JsonObject;
}
