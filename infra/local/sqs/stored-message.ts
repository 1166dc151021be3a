import type { MessageAttributes } from './message-content';

/** A message as a queue holds it: what was sent (immutable) plus its delivery state (mutated by the queue only). */
export interface StoredMessage {
  readonly messageId: string;
  readonly body: string;
  readonly md5OfBody: string;
  readonly messageAttributes: MessageAttributes;
  readonly md5OfMessageAttributes: string | undefined;
  /** `AWSTraceHeader`, when the sender set it. */
  readonly traceHeader: string | undefined;
  readonly senderId: string;
  /** Epoch ms. */
  readonly sentTimestamp: number;
  readonly messageGroupId: string | undefined;
  readonly messageDeduplicationId: string | undefined;
  readonly sequenceNumber: string | undefined;
  /** Set on messages a redrive policy moved here: the queue they came from. */
  readonly deadLetterQueueSourceArn: string | undefined;
  /** Retention counts from here: the send, or for FIFO the move into a dead-letter queue. */
  readonly enqueuedAt: number;
  delivery: DeliveryState;
}

export interface DeliveryState {
  /** Until then the message is delayed (never received) or in flight (received). */
  visibleAt: number;
  receiveCount: number;
  firstReceiveTimestamp: number | undefined;
  /** The latest receive; undefined until the first. */
  receipt: { readonly token: string; readonly handle: string; readonly receivedAt: number } | undefined;
}

/** A received message, as ReceiveMessage and the Lambda event source read it. */
export interface ReceivedMessage {
  readonly messageId: string;
  readonly receiptHandle: string;
  readonly body: string;
  readonly md5OfBody: string;
  readonly messageAttributes: MessageAttributes;
  /** Every message system attribute that applies, values as strings (SentTimestamp in epoch ms…). */
  readonly attributes: Readonly<Record<string, string>>;
}

export function inFlight(message: StoredMessage, now: number): boolean {
  return message.delivery.receipt !== undefined && message.delivery.visibleAt > now;
}

export function delayed(message: StoredMessage, now: number): boolean {
  return message.delivery.receipt === undefined && message.delivery.visibleAt > now;
}

export function receivedView(message: StoredMessage): ReceivedMessage {
  const { delivery } = message;
  return {
    messageId: message.messageId,
    receiptHandle: delivery.receipt?.handle ?? '',
    body: message.body,
    md5OfBody: message.md5OfBody,
    messageAttributes: message.messageAttributes,
    attributes: definedOnly({
      SenderId: message.senderId,
      SentTimestamp: String(message.sentTimestamp),
      ApproximateReceiveCount: String(delivery.receiveCount),
      ApproximateFirstReceiveTimestamp:
        delivery.firstReceiveTimestamp === undefined ? undefined : String(delivery.firstReceiveTimestamp),
      AWSTraceHeader: message.traceHeader,
      SequenceNumber: message.sequenceNumber,
      MessageGroupId: message.messageGroupId,
      MessageDeduplicationId: message.messageDeduplicationId,
      DeadLetterQueueSourceArn: message.deadLetterQueueSourceArn,
    }),
  };
}

function definedOnly(values: Readonly<Record<string, string | undefined>>): Readonly<Record<string, string>> {
  const defined: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) defined[name] = value;
  return defined;
}
