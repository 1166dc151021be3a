import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../../assembly/json';
import { runtimeError, StatesError } from '../states-error';
import { stateMachineArnOf, textOf, type IntegrationCall, type IntegrationContext } from './integration-context';
import { blobInput, sdkOutputToJson } from './sdk-json';
import { withSdkMetadata } from './sdk-metadata';
import { asServiceError, OptimizedNaming } from './service-errors';

/**
 * `arn:aws:states:::events:putEvents` (and `.waitForTaskToken`). As the optimized integration does, each entry's
 * `Detail` is serialized when it is JSON, the execution and state machine ARNs are appended to its `Resources`, and a
 * response with a non-zero `FailedEntryCount` fails the task with `EventBridge.FailedEntry`.
 */
export async function putEventsIntegration(call: IntegrationCall, context: IntegrationContext): Promise<Json> {
  const entries = call.args.Entries;
  if (!isJsonArray(entries)) throw runtimeError(`The task '${call.request.stateName}' needs an 'Entries' array in its arguments`);
  const { executionArn } = call.request;
  const resources = [executionArn, stateMachineArnOf(executionArn)];
  const input = {
    ...call.args,
    Entries: entries.map((entry) => (isJsonObject(entry) ? eventEntry(entry, resources) : entry)),
  };
  let output: object;
  try {
    output = await context.sdk.send('eventbridge', 'PutEvents', input, call.request.signal);
  } catch (thrown) {
    throw asServiceError(OptimizedNaming.eventbridge, thrown);
  }
  const result = sdkOutputToJson(output);
  const response: JsonObject = isJsonObject(result) ? result : {};
  const failed = response.FailedEntryCount;
  if (typeof failed === 'number' && failed > 0) throw new StatesError('EventBridge.FailedEntry', JSON.stringify(response));
  return response;
}

function eventEntry(entry: JsonObject, resources: readonly string[]): JsonObject {
  const own = isJsonArray(entry.Resources) ? entry.Resources : [];
  return {
    ...entry,
    ...(entry.Detail === undefined ? {} : { Detail: textOf(entry.Detail) }),
    Resources: [...own, ...resources],
  };
}

const SQS_BLOBS: ReadonlySet<string> = new Set(['BinaryValue']);

/**
 * `arn:aws:states:::sqs:sendMessage` (and `.waitForTaskToken`): the SendMessage request with `MessageBody`
 * serialized when it is JSON; the response plus the SDK metadata; errors `SQS.<Exception>`.
 */
export async function sendMessageIntegration(call: IntegrationCall, context: IntegrationContext): Promise<Json> {
  const body = call.args.MessageBody;
  if (body === undefined) throw runtimeError(`The task '${call.request.stateName}' needs a 'MessageBody' in its arguments`);
  const input = blobInput({ ...call.args, MessageBody: textOf(body) }, SQS_BLOBS);
  let output: object;
  try {
    output = await context.sdk.send('sqs', 'SendMessage', input as object, call.request.signal);
  } catch (thrown) {
    throw asServiceError(OptimizedNaming.sqs, thrown);
  }
  return withSdkMetadata(output, 'text/xml', context);
}
