import { isJsonObject, parseJson, type Json } from '../../assembly/json';
import type { TaskRequest } from '../interpreter';
import { runtimeError, StatesError } from '../states-error';
import { optionalString, requiredString, textOf, type IntegrationCall, type IntegrationContext } from './integration-context';
import type { LambdaInvocation, LambdaInvokeRequest } from './integration-ports';
import { sdkMetadata } from './sdk-metadata';
import { OptimizedNaming, serviceError } from './service-errors';

type Completed = Extract<LambdaInvocation, { kind: 'completed' }>;

/**
 * `arn:aws:states:::lambda:invoke` (and `.waitForTaskToken`): the Invoke API's response with `Payload` parsed from
 * its escaped JSON, plus the SDK metadata. A function error fails the task with the function's `errorType`.
 */
export async function invokeLambdaIntegration(call: IntegrationCall, context: IntegrationContext): Promise<Json> {
  const invocationType = optionalString(call, 'InvocationType') ?? 'RequestResponse';
  if (invocationType !== 'RequestResponse' && invocationType !== 'Event') {
    throw runtimeError(`InvocationType '${invocationType}' is not supported locally (use RequestResponse or Event)`);
  }
  const payload = call.args.Payload;
  const invocation = await invoke(context, {
    functionName: requiredString(call, 'FunctionName'),
    payload: payload === undefined ? '{}' : textOf(payload),
    invocationType,
    qualifier: optionalString(call, 'Qualifier'),
    signal: call.request.signal,
  });
  const requestId = invocation.requestId ?? context.newRequestId();
  const metadata = sdkMetadata({
    requestId,
    statusCode: invocation.statusCode,
    contentType: 'application/json',
    body: invocation.payload,
    date: context.now(),
    extraHeaders: invocation.executedVersion === undefined ? {} : { 'X-Amz-Executed-Version': invocation.executedVersion },
  });
  return {
    ...(invocation.executedVersion === undefined ? {} : { ExecutedVersion: invocation.executedVersion }),
    Payload: invocation.payload === '' ? '' : parsePayload(invocation.payload),
    ...metadata,
    StatusCode: invocation.statusCode,
  };
}

/** The legacy resource, a Lambda function ARN: the result is the function's own output. */
export async function invokeLambdaFunction(functionArn: string, request: TaskRequest, context: IntegrationContext): Promise<Json> {
  const invocation = await invoke(context, {
    functionName: functionArn,
    payload: JSON.stringify(request.arguments),
    invocationType: 'RequestResponse',
    signal: request.signal,
  });
  return parsePayload(invocation.payload);
}

async function invoke(context: IntegrationContext, request: LambdaInvokeRequest): Promise<Completed> {
  let invocation: LambdaInvocation;
  try {
    invocation = await context.ports.invokeLambda(request);
  } catch (thrown) {
    // The local runtime failing is what a caller of AWS sees as Lambda's 500.
    if (thrown instanceof StatesError) throw thrown;
    throw serviceError(OptimizedNaming.lambda, { exception: 'ServiceException', message: messageOf(thrown), statusCode: 500 });
  }
  if (invocation.kind === 'rejected') {
    throw serviceError(OptimizedNaming.lambda, { exception: invocation.exception, message: invocation.message, statusCode: invocation.statusCode });
  }
  if (invocation.functionError !== undefined) throw functionError(invocation.payload);
  return invocation;
}

/**
 * A function error as Step Functions reports it: the `errorType` of the error object is the error name (a handler's
 * `CustomError`, `Sandbox.Timedout`…), the whole error object the cause. Without an `errorType` (an out-of-memory
 * crash, older runtimes' timeouts) the name is `Lambda.Unknown`.
 */
function functionError(payload: string): StatesError {
  let errorType: unknown;
  try {
    const parsed = parseJson(payload);
    if (isJsonObject(parsed)) errorType = parsed.errorType;
  } catch {
    errorType = undefined;
  }
  return new StatesError(typeof errorType === 'string' && errorType !== '' ? errorType : 'Lambda.Unknown', payload);
}

function parsePayload(payload: string): Json {
  if (payload === '') return null;
  try {
    return parseJson(payload);
  } catch {
    return payload;
  }
}

function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
