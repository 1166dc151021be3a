import type { JsonObject } from '../assembly/json';
import { checkBatch, runEntries } from './batch-entries';
import type { Operation, SqsApiContext } from './operation';
import { queueOf } from './queue-operations';
import { objectList, requiredInteger, requiredString } from './request-fields';

/** What consumers do with a receipt handle: delete the message, or change how long it stays in flight. */
export const receiptOperations: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['DeleteMessage', deleteMessage],
  ['DeleteMessageBatch', deleteMessageBatch],
  ['ChangeMessageVisibility', changeMessageVisibility],
  ['ChangeMessageVisibilityBatch', changeMessageVisibilityBatch],
]);

function deleteMessage(context: SqsApiContext, input: JsonObject): JsonObject {
  queueOf(context, input).delete(requiredString(input, 'ReceiptHandle'));
  return {};
}

function deleteMessageBatch(context: SqsApiContext, input: JsonObject): JsonObject {
  const queue = queueOf(context, input);
  const entries = objectList(input, 'Entries');
  checkBatch(entries, 'DeleteMessageBatchRequestEntry');
  return runEntries(entries, (entry) => {
    queue.delete(requiredString(entry, 'ReceiptHandle'));
    return {};
  });
}

function changeMessageVisibility(context: SqsApiContext, input: JsonObject): JsonObject {
  const queue = queueOf(context, input);
  queue.changeVisibility(requiredString(input, 'ReceiptHandle'), requiredInteger(input, 'VisibilityTimeout'));
  return {};
}

function changeMessageVisibilityBatch(context: SqsApiContext, input: JsonObject): JsonObject {
  const queue = queueOf(context, input);
  const entries = objectList(input, 'Entries');
  checkBatch(entries, 'ChangeMessageVisibilityBatchRequestEntry');
  return runEntries(entries, (entry) => {
    queue.changeVisibility(requiredString(entry, 'ReceiptHandle'), requiredInteger(entry, 'VisibilityTimeout'));
    return {};
  });
}
