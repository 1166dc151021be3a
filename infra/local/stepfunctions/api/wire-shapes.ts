import type { JsonObject } from '../../assembly/json';
import type { ExecutionRecord } from '../executions/execution-record';
import { redriveStatusReason } from '../executions/status-change-events';
import type { StateMachine } from '../machines/state-machine';

/** awsJson carries timestamps as epoch seconds (fractions for milliseconds). */
export function seconds(epochMillis: number): number {
  return epochMillis / 1000;
}

const INCLUDED = { included: true };

/** DescribeExecution's output. */
export function executionDescription(record: ExecutionRecord): JsonObject {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: seconds(record.startDate),
    ...(record.stopDate === undefined ? {} : { stopDate: seconds(record.stopDate) }),
    input: record.input,
    inputDetails: INCLUDED,
    ...(record.status === 'SUCCEEDED' && record.output !== undefined ? { output: record.output, outputDetails: INCLUDED } : {}),
    ...(record.error === undefined ? {} : { error: record.error }),
    ...(record.cause === undefined ? {} : { cause: record.cause }),
    ...(record.traceHeader === undefined ? {} : { traceHeader: record.traceHeader }),
    redriveCount: 0,
    redriveStatus: 'NOT_REDRIVABLE',
    redriveStatusReason: redriveStatusReason(record),
  };
}

/** StartSyncExecution's output: how the Express execution ended. */
export function syncExecutionResult(record: ExecutionRecord): JsonObject {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    startDate: seconds(record.startDate),
    stopDate: seconds(record.stopDate ?? record.startDate),
    status: record.status,
    ...(record.error === undefined ? {} : { error: record.error }),
    ...(record.cause === undefined ? {} : { cause: record.cause }),
    input: record.input,
    inputDetails: INCLUDED,
    ...(record.output === undefined ? {} : { output: record.output, outputDetails: INCLUDED }),
    ...(record.traceHeader === undefined ? {} : { traceHeader: record.traceHeader }),
  };
}

/** One ListExecutions item. */
export function executionListItem(record: ExecutionRecord): JsonObject {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: seconds(record.startDate),
    ...(record.stopDate === undefined ? {} : { stopDate: seconds(record.stopDate) }),
    redriveCount: 0,
  };
}

/** DescribeStateMachine's output; METADATA_ONLY answers `{}` for the definition, as AWS does. */
export function stateMachineDescription(machine: StateMachine, metadataOnly: boolean): JsonObject {
  return {
    stateMachineArn: machine.arn,
    name: machine.name,
    status: 'ACTIVE',
    definition: metadataOnly ? '{}' : machine.definition,
    roleArn: machine.roleArn,
    type: machine.type,
    creationDate: seconds(machine.creationDate),
    loggingConfiguration: machine.loggingConfiguration,
    tracingConfiguration: machine.tracingConfiguration,
    ...(machine.revisionId === undefined ? {} : { revisionId: machine.revisionId }),
  };
}

/** DescribeStateMachineForExecution's output: the version the execution runs. */
export function stateMachineForExecution(record: ExecutionRecord, metadataOnly: boolean): JsonObject {
  const { machine } = record;
  return {
    stateMachineArn: machine.arn,
    name: machine.name,
    definition: metadataOnly ? '{}' : machine.definition,
    roleArn: machine.roleArn,
    updateDate: seconds(machine.updateDate),
    loggingConfiguration: machine.loggingConfiguration,
    tracingConfiguration: machine.tracingConfiguration,
    ...(machine.revisionId === undefined ? {} : { revisionId: machine.revisionId }),
  };
}

export function stateMachineListItem(machine: StateMachine): JsonObject {
  return { stateMachineArn: machine.arn, name: machine.name, type: machine.type, creationDate: seconds(machine.creationDate) };
}
