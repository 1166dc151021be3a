import { isJsonArray, isJsonObject } from '../../assembly/json';
import type { InvokeOutcome } from '../../lambda';

/** What the poller does with a batch after the invocation: delete these messages, leave the rest to reappear. */
export interface BatchSettlement {
  readonly deleteMessageIds: readonly string[];
  /** Why messages are left in the queue, for the log; undefined when the whole batch succeeded. */
  readonly failure?: string;
}

/**
 * Lambda's rules for an SQS batch. A function error or a throttle leaves the whole batch in the queue, to become
 * visible again after the visibility timeout (so maxReceiveCount, not Lambda, decides when it goes to the DLQ).
 * A success deletes the batch — unless ReportBatchItemFailures is on and the response names failed messages: then only
 * the others are deleted. An empty or null response or list is a complete success; a response that cannot be read
 * (invalid JSON, an itemIdentifier that is missing, empty or not a message of the batch) is a complete failure.
 */
export function settleBatch(
  messageIds: readonly string[],
  outcome: InvokeOutcome,
  reportBatchItemFailures: boolean,
): BatchSettlement {
  if (outcome.kind === 'throttled') return { deleteMessageIds: [], failure: 'the function was throttled' };
  if (outcome.functionError !== undefined) return { deleteMessageIds: [], failure: 'the function returned an error' };
  if (!reportBatchItemFailures) return { deleteMessageIds: messageIds };
  const failed = failedItems(outcome.payload, messageIds);
  if (typeof failed === 'string') return { deleteMessageIds: [], failure: failed };
  if (failed.size === 0) return { deleteMessageIds: messageIds };
  return {
    deleteMessageIds: messageIds.filter((id) => !failed.has(id)),
    failure: `the function reported ${failed.size} failed message(s)`,
  };
}

/** The message ids a partial batch response names, or why the response fails the whole batch. */
function failedItems(payload: string, messageIds: readonly string[]): ReadonlySet<string> | string {
  if (payload.trim() === '') return new Set();
  let response: unknown;
  try {
    response = JSON.parse(payload);
  } catch {
    return 'the function returned an invalid JSON response';
  }
  if (!isJsonObject(response)) return new Set();
  const failures = response.batchItemFailures;
  if (failures === undefined || failures === null) return new Set();
  if (!isJsonArray(failures)) return 'batchItemFailures is not a list';
  const ids = new Set<string>();
  for (const failure of failures) {
    const id = isJsonObject(failure) ? failure.itemIdentifier : undefined;
    if (typeof id !== 'string' || id === '' || !messageIds.includes(id)) {
      return `batchItemFailures names an invalid itemIdentifier (${JSON.stringify(failure)})`;
    }
    ids.add(id);
  }
  return ids;
}
