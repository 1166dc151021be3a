import type { JsonObject } from '../../assembly/json';
import { EXECUTION_STATUSES } from '../executions/execution-record';
import type { StartRequest } from '../executions/executions';
import { StepFunctionsError, stateMachineTypeNotSupported, validationError } from '../step-functions-errors';
import type { Operation } from './api-context';
import { pageOf } from './paging';
import { checkLength, oneOfValues, optionalString, pageSize, requiredString } from './request-fields';
import { executionDescription, executionListItem, seconds, syncExecutionResult } from './wire-shapes';

const MAX_ARN = 256;
const MAX_ERROR = 256;
const MAX_CAUSE = 32_768;

export const startExecution: Operation = (context, input) => {
  const machine = context.machines.require(requiredArn(input, 'stateMachineArn'));
  const record = context.executions.start(machine, startRequest(input));
  return { executionArn: record.executionArn, startDate: seconds(record.startDate) };
};

export const startSyncExecution: Operation = async (context, input) => {
  const machine = context.machines.require(requiredArn(input, 'stateMachineArn'));
  return syncExecutionResult(await context.executions.startSync(machine, startRequest(input)));
};

export const describeExecution: Operation = (context, input) =>
  executionDescription(context.executions.describe(requiredArn(input, 'executionArn')));

const LISTED_STATUSES = [...EXECUTION_STATUSES, 'PENDING_REDRIVE'] as const;

export const listExecutions: Operation = (context, input) => {
  const stateMachineArn = optionalString(input, 'stateMachineArn');
  const mapRunArn = optionalString(input, 'mapRunArn');
  if (mapRunArn !== undefined) {
    // Distributed Map is not emulated, so no Map Run exists.
    throw new StepFunctionsError('ResourceNotFound', `Resource not found: '${mapRunArn}'`);
  }
  if (stateMachineArn === undefined) throw validationError('Must provide a StateMachine ARN or MapRun ARN');
  checkLength('stateMachineArn', stateMachineArn, 1, MAX_ARN);
  const status = oneOfValues('statusFilter', optionalString(input, 'statusFilter'), LISTED_STATUSES);
  if (status === 'PENDING_REDRIVE') throw validationError('Status filter PENDING_REDRIVE is only supported with a MapRun ARN');
  const redriveFilter = oneOfValues('redriveFilter', optionalString(input, 'redriveFilter'), ['REDRIVEN', 'NOT_REDRIVEN'] as const);
  const machine = context.machines.require(stateMachineArn);
  if (machine.type === 'EXPRESS') throw stateMachineTypeNotSupported();
  // Nothing is ever redriven locally: REDRIVEN lists none.
  const records = redriveFilter === 'REDRIVEN' ? [] : context.executions.list(machine.arn, status);
  const page = pageOf(
    records,
    (record) => record.executionArn,
    pageSize(input),
    optionalString(input, 'nextToken'),
    `executions ${machine.arn} ${status ?? ''} ${redriveFilter ?? ''}`,
  );
  return { executions: page.items.map(executionListItem), ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken }) };
};

export const stopExecution: Operation = async (context, input) => {
  const executionArn = requiredArn(input, 'executionArn');
  const error = optionalString(input, 'error');
  const cause = optionalString(input, 'cause');
  checkLength('error', error, 0, MAX_ERROR);
  checkLength('cause', cause, 0, MAX_CAUSE);
  const record = await context.executions.stop(executionArn, error, cause);
  return { stopDate: seconds(record.stopDate ?? record.startDate) };
};

function startRequest(input: JsonObject): StartRequest {
  const name = optionalString(input, 'name');
  const text = optionalString(input, 'input');
  const traceHeader = optionalString(input, 'traceHeader');
  checkLength('traceHeader', traceHeader, 0, MAX_ARN);
  return {
    ...(name === undefined ? {} : { name }),
    ...(text === undefined ? {} : { input: text }),
    ...(traceHeader === undefined ? {} : { traceHeader }),
  };
}

export function requiredArn(input: JsonObject, member: string): string {
  const arn = requiredString(input, member);
  checkLength(member, arn, 1, MAX_ARN);
  return arn;
}
