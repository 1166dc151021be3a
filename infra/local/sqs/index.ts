/**
 * The local SQS: standard and FIFO queues from the template (and CreateQueue), the JSON-protocol API the current SDKs
 * speak, and SQS → Lambda event source mappings with Lambda's batching, partial batch responses and redrive.
 */
export { createLocalSqs, type EventSourceStart, type LocalSqs, type LocalSqsOptions } from './local-sqs';
export { QueueRegistry, type QueueLocation } from './queue-registry';
export { Queue, type MessageCounts, type QueueIdentity, type ReceiveOptions, type SendResult } from './queue';
export type { QueueConfig } from './queue-config';
export type { RedrivePolicy } from './redrive-policy';
export type { SendInput } from './send-checks';
export type { MessageAttributes, MessageAttributeValue } from './message-content';
export type { ReceivedMessage } from './stored-message';
export { receiveWaiting } from './long-poll';
export { sqsClock, type SqsClock } from './sqs-clock';
export { SqsError } from './sqs-errors';
export { SQS_TARGET_PREFIX } from './sqs-api';
export { silentSqsLogger, type SqsLogger } from './sqs-logger';
export { sqsEventSourceMappings, type SqsEventSourceMapping } from './event-source/event-source-mappings';
export {
  DEFAULT_CONCURRENT_BATCHES,
  startSqsEventSource,
  type SqsEventSource,
  type SqsEventSourceOptions,
} from './event-source/sqs-event-source';
export { sqsEventRecord, type SqsEventMessageAttribute, type SqsEventRecord } from './event-source/sqs-event';
export { settleBatch, type BatchSettlement } from './event-source/batch-result';
