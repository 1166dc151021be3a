import type { InvokeOutcome } from '../../lambda';
import { receiveWaiting } from '../long-poll';
import type { Queue } from '../queue';
import type { SqsClock } from '../sqs-clock';
import { SqsError } from '../sqs-errors';
import type { SqsLogger } from '../sqs-logger';
import type { ReceivedMessage } from '../stored-message';
import { settleBatch } from './batch-result';
import type { SqsEventSourceMapping } from './event-source-mappings';
import { sqsEventRecord, type SqsEventRecord } from './sqs-event';

export interface SqsEventSourceOptions {
  readonly mapping: SqsEventSourceMapping;
  readonly queue: Queue;
  /** Invokes the mapping's function synchronously with the event JSON, e.g. `runtime.invoke(spec, { payload })`. */
  readonly invoke: (payload: string) => Promise<InvokeOutcome>;
  /** FilterCriteria, evaluated by the caller; a message it rejects is deleted without an invocation, as Lambda does. */
  readonly filter?: (record: SqsEventRecord) => boolean;
  /** The function's concurrency (reserved, else the runtime's cap): the pollers never run more batches at once. */
  readonly functionConcurrency?: number;
  readonly clock: SqsClock;
  readonly logger: SqsLogger;
}

export interface SqsEventSource {
  readonly mapping: SqsEventSourceMapping;
  /** Stops polling at once; resolves when the batches already handed to the function have settled. */
  stop(): Promise<void>;
}

/** Lambda starts five concurrent pollers on a standard queue and scales from there; locally five is the default cap. */
export const DEFAULT_CONCURRENT_BATCHES = 5;
/** Lambda's long poll on the queue. */
const POLL_WAIT_SECONDS = 20;
const MAX_RECEIVE = 10;
/** A synchronous invocation's payload limit: a larger gathered batch is split over several invocations. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;

/**
 * An SQS → Lambda event source mapping: pollers long-poll the queue, gather up to BatchSize messages (waiting up to the
 * batching window for more), invoke the function with Lambda's SQS event, and delete what succeeded. What is not
 * deleted becomes visible again after the queue's visibility timeout, so retries and the move to a dead-letter queue
 * follow the queue's maxReceiveCount — exactly as on AWS. FIFO order holds because the queue hands out one in-flight
 * batch per message group.
 */
export function startSqsEventSource(options: SqsEventSourceOptions): SqsEventSource {
  const { mapping } = options;
  const stopping = new AbortController();
  const pollers = mapping.enabled ? pollerCount(options) : 0;
  const loops = Array.from({ length: pollers }, () => pollLoop(options, stopping.signal));
  return {
    mapping,
    async stop() {
      stopping.abort();
      await Promise.all(loops);
    },
  };
}

function pollerCount(options: SqsEventSourceOptions): number {
  const wanted = options.mapping.maximumConcurrency ?? DEFAULT_CONCURRENT_BATCHES;
  return Math.max(1, Math.min(wanted, options.functionConcurrency ?? wanted));
}

async function pollLoop(options: SqsEventSourceOptions, signal: AbortSignal): Promise<void> {
  const { queue, logger, mapping } = options;
  while (!signal.aborted) {
    if (queue.deleted) {
      // AWS disables a mapping whose queue is gone; polling a deleted queue would spin.
      logger.warn('event source queue was deleted; polling stops', { service: 'sqs', mappingId: mapping.id });
      return;
    }
    try {
      const batch = await gatherBatch(options, signal);
      if (batch.length > 0) await processBatch(options, batch);
    } catch (error) {
      logger.error('event source poller failed', {
        service: 'sqs',
        mappingId: mapping.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      // A poller that keeps failing must not spin: wait a (scaled) second before the next poll.
      await pause(options.clock.ms(1), signal);
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/** The first message by long poll; with a batching window, more until BatchSize or the window closes. */
async function gatherBatch(options: SqsEventSourceOptions, signal: AbortSignal): Promise<ReceivedMessage[]> {
  const { queue, clock, mapping } = options;
  const take = (count: number): { maxNumberOfMessages: number } => ({
    maxNumberOfMessages: Math.min(MAX_RECEIVE, count),
  });
  const batch = [...(await receiveWaiting(queue, take(mapping.batchSize), clock.ms(POLL_WAIT_SECONDS), signal))];
  if (batch.length === 0 || mapping.maximumBatchingWindowSeconds === 0) return batch;
  const closesAt = Date.now() + clock.ms(mapping.maximumBatchingWindowSeconds);
  while (batch.length < mapping.batchSize && !signal.aborted) {
    const remaining = closesAt - Date.now();
    if (remaining <= 0) break;
    for (const message of await receiveWaiting(queue, take(mapping.batchSize - batch.length), remaining, signal)) {
      // A window longer than the visibility timeout can receive a message twice: keep it once, with its latest handle.
      const earlier = batch.findIndex((candidate) => candidate.messageId === message.messageId);
      if (earlier === -1) batch.push(message);
      else batch[earlier] = message;
    }
  }
  return batch;
}

async function processBatch(options: SqsEventSourceOptions, batch: readonly ReceivedMessage[]): Promise<void> {
  const { queue, filter } = options;
  const records = batch.map((message) => sqsEventRecord(message, queue.identity));
  const accepted = filter === undefined ? records : records.filter((record) => filter(record));
  const filteredOut = records.filter((record) => !accepted.includes(record));
  deleteRecords(options, filteredOut);
  for (const chunk of withinPayloadLimit(accepted)) await invokeWith(options, chunk);
}

async function invokeWith(options: SqsEventSourceOptions, records: readonly SqsEventRecord[]): Promise<void> {
  const { mapping, logger } = options;
  let outcome: InvokeOutcome;
  try {
    outcome = await options.invoke(JSON.stringify({ Records: records }));
  } catch (error) {
    // The runtime failing (e.g. stopping) is no verdict on the messages: they stay and reappear.
    logger.error('event source invocation failed', {
      service: 'sqs',
      mappingId: mapping.id,
      error: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  const ids = records.map((record) => record.messageId);
  const settlement = settleBatch(ids, outcome, mapping.reportBatchItemFailures);
  if (settlement.failure !== undefined) {
    logger.warn('messages stay in the queue', {
      service: 'sqs',
      mappingId: mapping.id,
      functionName: mapping.functionName,
      reason: settlement.failure,
      messages: ids.length - settlement.deleteMessageIds.length,
    });
  }
  deleteRecords(
    options,
    records.filter((record) => settlement.deleteMessageIds.includes(record.messageId)),
  );
}

function deleteRecords(options: SqsEventSourceOptions, records: readonly SqsEventRecord[]): void {
  for (const record of records) {
    try {
      options.queue.delete(record.receiptHandle);
    } catch (error) {
      // A FIFO handle that expired while the function ran: the message is another receive's now, and will run again.
      if (!(error instanceof SqsError)) throw error;
      options.logger.warn('could not delete a processed message', {
        service: 'sqs',
        mappingId: options.mapping.id,
        messageId: record.messageId,
        error: error.message,
      });
    }
  }
}

/** Consecutive chunks whose `{"Records":[…]}` stays within the invocation payload limit. */
function withinPayloadLimit(records: readonly SqsEventRecord[]): readonly (readonly SqsEventRecord[])[] {
  const chunks: SqsEventRecord[][] = [];
  let current: SqsEventRecord[] = [];
  let size = '{"Records":[]}'.length;
  for (const record of records) {
    const recordSize = Buffer.byteLength(JSON.stringify(record), 'utf8') + 1;
    if (current.length > 0 && size + recordSize > MAX_PAYLOAD_BYTES) {
      chunks.push(current);
      current = [];
      size = '{"Records":[]}'.length;
    }
    current.push(record);
    size += recordSize;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
