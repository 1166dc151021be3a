import type { Json } from '../../../../assembly/json';
import type { TaskRequest } from '../../../interpreter';
import { StatesError } from '../../../states-error';
import { createTaskInvoker, type LocalTaskInvoker } from '../../create-task-invoker';
import type { ExecutionPorts, IntegrationPorts, LambdaInvocation, LambdaInvokeRequest } from '../../integration-ports';

export const EXECUTION_ARN = 'arn:aws:states:us-east-1:000000000000:execution:OrderSaga:order-1';
export const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:OrderSaga';
export const NOW = new Date('2025-03-01T12:00:00.000Z');

/** A Task attempt as the interpreter hands it over. */
export function taskRequest(resource: string, args: Json, overrides: Partial<TaskRequest> = {}): TaskRequest {
  return {
    resource,
    arguments: args,
    integrationPattern: resource.endsWith('.waitForTaskToken') ? 'wait-for-task-token' : /\.sync(:2)?$/.test(resource) ? 'sync' : 'request-response',
    executionArn: EXECUTION_ARN,
    stateName: 'Step',
    signal: new AbortController().signal,
    ...overrides,
  };
}

/** Lambda as a fake: every request is recorded; `answer` decides the outcome. */
export class FakeLambda {
  readonly requests: LambdaInvokeRequest[] = [];
  answer: (request: LambdaInvokeRequest) => Promise<LambdaInvocation> = () => Promise.resolve(completed('{}'));

  readonly invoke = (request: LambdaInvokeRequest): Promise<LambdaInvocation> => {
    this.requests.push(request);
    return this.answer(request);
  };
}

export function completed(payload: string, extra: Partial<Extract<LambdaInvocation, { kind: 'completed' }>> = {}): LambdaInvocation {
  return { kind: 'completed', statusCode: 200, payload, executedVersion: '$LATEST', requestId: 'lambda-request-1', ...extra };
}

/** An invoker over fakes; SDK-backed integrations reach whatever aws-sdk-client-mock installs. */
export function invokerWith(ports: { lambda?: FakeLambda; executions?: ExecutionPorts } = {}): LocalTaskInvoker {
  const lambda = ports.lambda ?? new FakeLambda();
  const integrationPorts: IntegrationPorts = {
    invokeLambda: lambda.invoke,
    clientConfig: () => ({
      endpoint: 'http://127.0.0.1:1',
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    ...(ports.executions === undefined ? {} : { executions: ports.executions }),
  };
  let ids = 0;
  return createTaskInvoker(integrationPorts, { now: () => NOW, newRequestId: () => `generated-${String(++ids)}` });
}

/** The StatesError a promise rejects with (fails the test when it resolves or rejects with anything else). */
export async function statesErrorOf(promise: Promise<unknown>): Promise<{ error: string; cause: string }> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof StatesError) return { error: thrown.error, cause: thrown.cause };
    throw thrown;
  }
  throw new Error('expected the task to fail');
}

/** A promise that never settles: a service that does not answer. */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

/** The options an SDK `send` was given (aws-sdk-client-mock types calls as if `send` took the command alone). */
export function sendOptions(call: { readonly args: readonly unknown[] } | undefined): { abortSignal?: AbortSignal } | undefined {
  return call?.args[1] as { abortSignal?: AbortSignal } | undefined;
}
