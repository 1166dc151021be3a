import type { JsonObject } from '../assembly/json';
import { checkBatch, runEntries } from './batch-entries';
import { receiveWaiting } from './long-poll';
import { readMessageAttributes, selectMessageAttributes, writeMessageAttributes } from './message-attributes-wire';
import { messageSize } from './message-content';
import { md5OfAttributes } from './message-digest';
import type { Operation, SqsApiContext } from './operation';
import type { SendResult } from './queue';
import { MAX_MESSAGE_BYTES, MAX_WAIT_TIME_SECONDS } from './queue-config';
import { queueOf } from './queue-operations';
import { objectList, optionalInteger, optionalObject, optionalString, stringList } from './request-fields';
import type { SendInput } from './send-checks';
import { sqsErrors } from './sqs-errors';
import type { ReceivedMessage } from './stored-message';

/** Sending and receiving. */
export const messageOperations: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['SendMessage', sendMessage],
  ['SendMessageBatch', sendMessageBatch],
  ['ReceiveMessage', receiveMessage],
]);

function sendMessage(context: SqsApiContext, input: JsonObject): JsonObject {
  const queue = queueOf(context, input);
  return sendResult(queue.send(sendInput(input)));
}

function sendMessageBatch(context: SqsApiContext, input: JsonObject): JsonObject {
  const queue = queueOf(context, input);
  const entries = objectList(input, 'Entries');
  checkBatch(entries, 'SendMessageBatchRequestEntry');
  // The whole batch counts against the same limit as one message.
  const total = entries.reduce((sum, entry) => sum + entrySize(entry), 0);
  if (total > MAX_MESSAGE_BYTES) throw sqsErrors.batchRequestTooLong(MAX_MESSAGE_BYTES, total);
  return runEntries(entries, (entry) => sendResult(queue.send(sendInput(entry))));
}

/** An entry too malformed to measure is measured as 0: its own send reports what is wrong with it. */
function entrySize(entry: JsonObject): number {
  try {
    return messageSize(
      optionalString(entry, 'MessageBody') ?? '',
      readMessageAttributes(optionalObject(entry, 'MessageAttributes')),
    );
  } catch {
    return 0;
  }
}

function sendInput(input: JsonObject): SendInput {
  const body = optionalString(input, 'MessageBody');
  if (body === undefined) throw sqsErrors.missingParameter('MessageBody');
  const system = readMessageAttributes(optionalObject(input, 'MessageSystemAttributes'), 'MessageSystemAttributes');
  const unsupported = Object.keys(system).find((name) => name !== 'AWSTraceHeader');
  if (unsupported !== undefined) {
    throw sqsErrors.invalidParameterValue(`Message system attribute name '${unsupported}' is invalid.`);
  }
  const traceHeader = system.AWSTraceHeader;
  if (traceHeader !== undefined && (traceHeader.dataType !== 'String' || !traceHeader.stringValue)) {
    throw sqsErrors.invalidParameterValue("Message system attribute 'AWSTraceHeader' must be a non-empty String.");
  }
  return {
    body,
    messageAttributes: readMessageAttributes(optionalObject(input, 'MessageAttributes')),
    ...definedFields({
      traceHeader: traceHeader?.stringValue,
      delaySeconds: optionalInteger(input, 'DelaySeconds'),
      messageGroupId: optionalString(input, 'MessageGroupId'),
      messageDeduplicationId: optionalString(input, 'MessageDeduplicationId'),
    }),
  };
}

function sendResult(result: SendResult): JsonObject {
  return {
    MessageId: result.messageId,
    MD5OfMessageBody: result.md5OfMessageBody,
    ...definedFields({
      MD5OfMessageAttributes: result.md5OfMessageAttributes,
      MD5OfMessageSystemAttributes: result.md5OfMessageSystemAttributes,
      SequenceNumber: result.sequenceNumber,
    }),
  };
}

async function receiveMessage(context: SqsApiContext, input: JsonObject): Promise<JsonObject> {
  const queue = queueOf(context, input);
  const waitSeconds = optionalInteger(input, 'WaitTimeSeconds') ?? queue.config.receiveMessageWaitTimeSeconds;
  if (waitSeconds < 0 || waitSeconds > MAX_WAIT_TIME_SECONDS) {
    throw sqsErrors.invalidParameter(
      'WaitTimeSeconds',
      waitSeconds,
      `Must be >= 0 and <= ${MAX_WAIT_TIME_SECONDS}, if provided.`,
    );
  }
  // ReceiveRequestAttemptId (FIFO retries of a lost response) is accepted and not acted on (see README.md).
  optionalString(input, 'ReceiveRequestAttemptId');
  const options = definedFields({
    maxNumberOfMessages: optionalInteger(input, 'MaxNumberOfMessages'),
    visibilityTimeout: optionalInteger(input, 'VisibilityTimeout'),
  });
  const received = await receiveWaiting(queue, options, context.clock.ms(waitSeconds), context.stopping);
  if (received.length === 0) return {};
  const systemNames = [...stringList(input, 'AttributeNames'), ...stringList(input, 'MessageSystemAttributeNames')];
  const attributeNames = stringList(input, 'MessageAttributeNames');
  return { Messages: received.map((message) => receivedMessage(message, systemNames, attributeNames)) };
}

/** Only the system and message attributes asked for; MD5OfMessageAttributes covers the ones returned. */
function receivedMessage(
  message: ReceivedMessage,
  systemNames: readonly string[],
  attributeNames: readonly string[],
): JsonObject {
  const all = systemNames.includes('All');
  const attributes = Object.fromEntries(
    Object.entries(message.attributes).filter(([name]) => all || systemNames.includes(name)),
  );
  const messageAttributes = selectMessageAttributes(message.messageAttributes, attributeNames);
  const md5OfMessageAttributes = md5OfAttributes(messageAttributes);
  return {
    MessageId: message.messageId,
    ReceiptHandle: message.receiptHandle,
    MD5OfBody: message.md5OfBody,
    Body: message.body,
    ...(Object.keys(attributes).length === 0 ? {} : { Attributes: attributes }),
    ...(md5OfMessageAttributes === undefined
      ? {}
      : {
          MD5OfMessageAttributes: md5OfMessageAttributes,
          MessageAttributes: writeMessageAttributes(messageAttributes),
        }),
  };
}

function definedFields<T extends Record<string, unknown>>(
  fields: T,
): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}
