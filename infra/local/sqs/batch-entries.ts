import type { JsonObject } from '../assembly/json';
import { SqsError, sqsErrors } from './sqs-errors';

const MAX_ENTRIES = 10;
const ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The whole-request checks every *Batch operation makes before looking at any entry, in AWS's order. */
export function checkBatch(entries: readonly JsonObject[], entryShape: string): void {
  if (entries.length === 0) throw sqsErrors.emptyBatchRequest(entryShape);
  if (entries.length > MAX_ENTRIES) throw sqsErrors.tooManyEntriesInBatchRequest(entries.length);
  const seen = new Set<string>();
  for (const entry of entries) {
    const id = entry.Id;
    if (typeof id !== 'string' || !ENTRY_ID.test(id)) throw sqsErrors.invalidBatchEntryId();
    if (seen.has(id)) throw sqsErrors.batchEntryIdsNotDistinct(id);
    seen.add(id);
  }
}

/**
 * Runs each entry on its own: an entry SQS rejects lands in `Failed` with its code (the query code, as AWS reports it),
 * the others in `Successful` with what `run` returns. Both lists are always present.
 */
export function runEntries(entries: readonly JsonObject[], run: (entry: JsonObject) => JsonObject): JsonObject {
  const successful: JsonObject[] = [];
  const failed: JsonObject[] = [];
  for (const entry of entries) {
    // checkBatch has made every Id a string.
    const id = typeof entry.Id === 'string' ? entry.Id : '';
    try {
      successful.push({ Id: id, ...run(entry) });
    } catch (error) {
      if (!(error instanceof SqsError)) throw error;
      failed.push({ Id: id, SenderFault: error.senderFault, Code: error.code, Message: error.message });
    }
  }
  return { Successful: successful, Failed: failed };
}
