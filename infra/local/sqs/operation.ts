import type { JsonObject } from '../assembly/json';
import type { QueueRegistry } from './queue-registry';
import type { SqsClock } from './sqs-clock';

/** What every API operation works with. */
export interface SqsApiContext {
  readonly queues: QueueRegistry;
  readonly clock: SqsClock;
  /** Ends long polls early when the SQS subsystem stops. */
  readonly stopping: AbortSignal;
}

/** One awsJson operation: the parsed request body in, the response body out (or an SqsError thrown). */
export type Operation = (context: SqsApiContext, input: JsonObject) => JsonObject | Promise<JsonObject>;
