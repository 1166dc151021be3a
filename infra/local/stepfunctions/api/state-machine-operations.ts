import type { JsonObject } from '../../assembly/json';
import { parseStateMachineArn, stateMachineArn } from '../machines/arns';
import { definitionProblems } from '../machines/definition-check';
import { checkResourceName } from '../machines/resource-names';
import {
  DEFAULT_LOGGING_CONFIGURATION,
  DEFAULT_TRACING_CONFIGURATION,
  type StateMachine,
  type StateMachineType,
} from '../machines/state-machine';
import { invalidArn, invalidDefinition, StepFunctionsError, stateMachineAlreadyExists, validationError } from '../step-functions-errors';
import type { ApiContext, Operation } from './api-context';
import { requiredArn } from './execution-operations';
import { pageOf } from './paging';
import { checkLength, oneOfValues, optionalBoolean, optionalObject, optionalString, pageSize, requiredString } from './request-fields';
import { seconds, stateMachineDescription, stateMachineForExecution, stateMachineListItem } from './wire-shapes';

const MAX_DEFINITION = 1_048_576;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/;

/**
 * CreateStateMachine. Idempotent as AWS documents it: the same name, definition, type, logging and tracing
 * configuration return the existing state machine (a different role is ignored); anything else that reuses the name is
 * StateMachineAlreadyExists.
 */
export const createStateMachine: Operation = (context, input) => {
  const name = requiredString(input, 'name');
  checkResourceName(name);
  const definition = checkedDefinition(context, requiredString(input, 'definition'));
  const roleArn = checkedRoleArn(requiredString(input, 'roleArn'));
  const type: StateMachineType = oneOfValues('type', optionalString(input, 'type'), ['STANDARD', 'EXPRESS'] as const) ?? 'STANDARD';
  refuseVersions(input);
  const loggingConfiguration = optionalObject(input, 'loggingConfiguration') ?? DEFAULT_LOGGING_CONFIGURATION;
  const tracingConfiguration = optionalObject(input, 'tracingConfiguration') ?? DEFAULT_TRACING_CONFIGURATION;
  const arn = stateMachineArn(context.location, name);
  const existing = context.machines.find(arn);
  if (existing !== undefined) {
    const same =
      existing.definition === definition &&
      existing.type === type &&
      sameJson(existing.loggingConfiguration, loggingConfiguration) &&
      sameJson(existing.tracingConfiguration, tracingConfiguration);
    if (!same) throw stateMachineAlreadyExists(arn);
    return { stateMachineArn: arn, creationDate: seconds(existing.creationDate) };
  }
  const now = context.now().getTime();
  const machine: StateMachine = {
    arn,
    name,
    type,
    definition,
    roleArn,
    creationDate: now,
    updateDate: now,
    loggingConfiguration,
    tracingConfiguration,
    origin: 'api',
  };
  context.machines.put(machine);
  return { stateMachineArn: arn, creationDate: seconds(now) };
};

/** UpdateStateMachine: running executions finish on the definition they started with; new ones get the update. */
export const updateStateMachine: Operation = (context, input) => {
  const machine = context.machines.require(requiredArn(input, 'stateMachineArn'));
  const definitionText = optionalString(input, 'definition');
  const roleArnText = optionalString(input, 'roleArn');
  const loggingConfiguration = optionalObject(input, 'loggingConfiguration');
  const tracingConfiguration = optionalObject(input, 'tracingConfiguration');
  if (definitionText === undefined && roleArnText === undefined && loggingConfiguration === undefined && tracingConfiguration === undefined) {
    throw new StepFunctionsError(
      'MissingRequiredParameter',
      'Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified',
    );
  }
  refuseVersions(input);
  const now = context.now().getTime();
  const revisionId = context.newId();
  context.machines.put({
    ...machine,
    definition: definitionText === undefined ? machine.definition : checkedDefinition(context, definitionText),
    roleArn: roleArnText === undefined ? machine.roleArn : checkedRoleArn(roleArnText),
    loggingConfiguration: loggingConfiguration ?? machine.loggingConfiguration,
    tracingConfiguration: tracingConfiguration ?? machine.tracingConfiguration,
    updateDate: now,
    revisionId,
  });
  return { updateDate: seconds(now), revisionId };
};

/** DeleteStateMachine: gone for new executions at once; its executions stay listed and running ones finish. */
export const deleteStateMachine: Operation = (context, input) => {
  const arn = requiredArn(input, 'stateMachineArn');
  parseStateMachineArn(arn);
  context.machines.delete(arn);
  return {};
};

export const describeStateMachine: Operation = (context, input) => {
  const machine = context.machines.require(requiredArn(input, 'stateMachineArn'));
  return stateMachineDescription(machine, metadataOnly(input));
};

export const listStateMachines: Operation = (context, input) => {
  const page = pageOf(context.machines.list(), (machine) => machine.arn, pageSize(input), optionalString(input, 'nextToken'), 'state machines');
  return { stateMachines: page.items.map(stateMachineListItem), ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken }) };
};

export const describeStateMachineForExecution: Operation = (context, input) => {
  const record = context.executions.describe(requiredArn(input, 'executionArn'));
  return stateMachineForExecution(record, metadataOnly(input));
};

function checkedDefinition(context: ApiContext, definition: string): string {
  checkLength('definition', definition, 1, MAX_DEFINITION);
  const problems = definitionProblems(definition, { checkResources: context.checkResources });
  if (problems.length > 0) throw invalidDefinition(problems);
  return definition;
}

function checkedRoleArn(roleArn: string): string {
  checkLength('roleArn', roleArn, 1, 256);
  if (!ROLE_ARN.test(roleArn)) throw invalidArn(roleArn);
  return roleArn;
}

/** Versions and aliases are not emulated: publishing one fails loudly instead of pretending. */
function refuseVersions(input: JsonObject): void {
  const publish = optionalBoolean(input, 'publish') ?? false;
  const versionDescription = optionalString(input, 'versionDescription');
  if (versionDescription !== undefined && !publish) throw validationError('versionDescription can only be set when publish is true');
  if (publish) throw validationError('Publishing state machine versions is not supported by the local Step Functions');
}

function metadataOnly(input: JsonObject): boolean {
  return oneOfValues('includedData', optionalString(input, 'includedData'), ['ALL_DATA', 'METADATA_ONLY'] as const) === 'METADATA_ONLY';
}

function sameJson(a: JsonObject, b: JsonObject): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
