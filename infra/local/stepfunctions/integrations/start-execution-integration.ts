import { parseJson, type Json, type JsonObject } from '../../assembly/json';
import { runtimeError, StatesError } from '../states-error';
import { optionalString, requiredString, textOf, type IntegrationCall, type IntegrationContext } from './integration-context';
import type { ExecutionDescription, ExecutionPorts } from './integration-ports';
import { sdkMetadata } from './sdk-metadata';
import { asServiceError, OptimizedNaming } from './service-errors';

/**
 * `arn:aws:states:::states:startExecution` — request-response (`{ExecutionArn, StartDate}`), `.waitForTaskToken`
 * (the same, the token travelling in the child's input), `.sync` (the child's DescribeExecution with `Input`/`Output`
 * as JSON text) and `.sync:2` (the same with them as JSON). A child that does not succeed fails a `.sync` task with
 * `States.TaskFailed`, the child's description as the cause. Dates are epoch milliseconds, as the Java SDK renders them.
 */
export async function startExecutionIntegration(call: IntegrationCall, context: IntegrationContext): Promise<Json> {
  const executions = context.ports.executions;
  if (executions === undefined) {
    throw runtimeError('states:startExecution is not available: the local Step Functions API is not wired to the integrations');
  }
  const input = call.args.Input;
  let started: { readonly executionArn: string; readonly startDate: Date };
  try {
    started = await executions.start({
      stateMachineArn: requiredString(call, 'StateMachineArn'),
      input: input === undefined || input === null ? '{}' : textOf(input),
      name: optionalString(call, 'Name'),
      traceHeader: optionalString(call, 'TraceHeader'),
    });
  } catch (thrown) {
    throw asServiceError(OptimizedNaming.stepFunctions, thrown);
  }
  if (call.pattern !== 'sync' && call.pattern !== 'sync:2') {
    const fields = { ExecutionArn: started.executionArn, StartDate: started.startDate.getTime() };
    const requestId = context.newRequestId();
    const contentType = 'application/x-amz-json-1.0';
    return { ...fields, ...sdkMetadata({ requestId, statusCode: 200, contentType, body: JSON.stringify(fields), date: context.now() }) };
  }
  const description = await waitForChild(executions, started.executionArn, call.request.signal);
  const result = syncResult(description, call.pattern === 'sync:2');
  if (description.status !== 'SUCCEEDED') throw new StatesError('States.TaskFailed', JSON.stringify(result));
  return result;
}

async function waitForChild(executions: ExecutionPorts, executionArn: string, signal: AbortSignal): Promise<ExecutionDescription> {
  const stopChild = (): void => {
    // Best effort, as Step Functions stops a Run a Job child when the parent task is cancelled.
    executions.stop?.(executionArn, 'States.Aborted', 'The parent task was cancelled').catch(() => undefined);
  };
  signal.addEventListener('abort', stopChild, { once: true });
  try {
    return await executions.waitForCompletion(executionArn, signal);
  } finally {
    signal.removeEventListener('abort', stopChild);
  }
}

function syncResult(description: ExecutionDescription, parsed: boolean): JsonObject {
  const data = (text: string | undefined): Json => (text === undefined ? null : parsed ? parseOrText(text) : text);
  return {
    ExecutionArn: description.executionArn,
    Input: data(description.input),
    InputDetails: { Included: true },
    Name: description.name,
    ...(description.output === undefined ? {} : { Output: data(description.output), OutputDetails: { Included: true } }),
    ...(description.error === undefined ? {} : { Error: description.error }),
    ...(description.cause === undefined ? {} : { Cause: description.cause }),
    StartDate: description.startDate.getTime(),
    StateMachineArn: description.stateMachineArn,
    Status: description.status,
    ...(description.stopDate === undefined ? {} : { StopDate: description.stopDate.getTime() }),
  };
}

function parseOrText(text: string): Json {
  try {
    return parseJson(text);
  } catch {
    return text;
  }
}
