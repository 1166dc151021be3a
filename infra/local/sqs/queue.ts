import { deduplicationKey, DeduplicationWindow, DEDUPLICATION_INTERVAL_SECONDS } from './deduplication';
import { deliverableInOrder } from './delivery-order';
import { sendDigests } from './message-digest';
import { MAX_VISIBILITY_TIMEOUT_SECONDS, type QueueConfig } from './queue-config';
import { decodeReceiptHandle, encodeReceiptHandle } from './receipt-handle';
import { checkSend, type SendInput } from './send-checks';
import type { SqsClock } from './sqs-clock';
import { sqsErrors } from './sqs-errors';
import { delayed, inFlight, receivedView, type ReceivedMessage, type StoredMessage } from './stored-message';

/** Where a queue lives and how clients address it. */
export interface QueueIdentity {
  readonly name: string;
  readonly arn: string;
  readonly url: string;
  readonly accountId: string;
  readonly region: string;
}

export interface QueueContext {
  readonly clock: SqsClock;
  readonly newId: () => string;
  /** The queue a redrive policy names, if it exists (the registry knows the others). */
  readonly findQueue: (arn: string) => Queue | undefined;
}

export interface SendResult {
  readonly messageId: string;
  readonly md5OfMessageBody: string;
  /** Absent without message attributes, as SQS leaves it out. */
  readonly md5OfMessageAttributes?: string;
  readonly md5OfMessageSystemAttributes?: string;
  /** FIFO queues only. */
  readonly sequenceNumber?: string;
}

export interface ReceiveOptions {
  /** 1–10; default 1. */
  readonly maxNumberOfMessages?: number;
  /** Seconds; default the queue's VisibilityTimeout. */
  readonly visibilityTimeout?: number;
}

export interface MessageCounts {
  /** ApproximateNumberOfMessages: ready to be received. */
  readonly visible: number;
  /** ApproximateNumberOfMessagesNotVisible: in flight. */
  readonly inFlight: number;
  /** ApproximateNumberOfMessagesDelayed. */
  readonly delayed: number;
}

const PURGE_INTERVAL_SECONDS = 60;
/** SequenceNumber: large and increasing per queue, as SQS's 128-bit ones are. */
const SEQUENCE_BASE = 18_000_000_000_000_000_000n;

/**
 * One queue's messages and their lifecycle: send (delays, FIFO groups and deduplication), receive (visibility timeout,
 * receive counts, redrive to the dead-letter queue on the receive that would exceed maxReceiveCount), delete, visibility
 * changes, purge, and retention. Everything is evaluated against the clock when asked, so nothing runs in the
 * background; long polling waits on `onChange` (see long-poll.ts).
 */
export class Queue {
  private messages: StoredMessage[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly deduplication: DeduplicationWindow;
  private sequence = 0n;
  private lastPurgeAt: number | undefined;
  private deletedFlag = false;
  readonly createdAt: number;
  private modifiedAt: number;

  constructor(
    readonly identity: QueueIdentity,
    private configuration: QueueConfig,
    private readonly context: QueueContext,
  ) {
    this.createdAt = context.clock.now();
    this.modifiedAt = this.createdAt;
    this.deduplication = new DeduplicationWindow(() => context.clock.ms(DEDUPLICATION_INTERVAL_SECONDS));
  }

  get config(): QueueConfig {
    return this.configuration;
  }

  get lastModifiedAt(): number {
    return this.modifiedAt;
  }

  get deleted(): boolean {
    return this.deletedFlag;
  }

  /** The registry validates the new config (a redrive target must exist) before it lands here. */
  reconfigure(config: QueueConfig): void {
    this.configuration = config;
    this.modifiedAt = this.context.clock.now();
  }

  send(input: SendInput): SendResult {
    const { clock, newId } = this.context;
    const checked = checkSend(this.config, input);
    const now = clock.now();
    const attributes = input.messageAttributes ?? {};
    const digests = sendDigests(input.body, attributes, input.traceHeader);
    const key =
      checked.messageDeduplicationId === undefined
        ? undefined
        : deduplicationKey(
            this.config.deduplicationScope,
            checked.messageGroupId ?? '',
            checked.messageDeduplicationId,
          );
    const first = key === undefined ? undefined : this.deduplication.find(key, now);
    // A duplicate is accepted but not delivered again: SQS answers with the first send's id and sequence number.
    if (first !== undefined) return { ...digests, ...first };
    const message: StoredMessage = {
      messageId: newId(),
      body: input.body,
      md5OfBody: digests.md5OfMessageBody,
      messageAttributes: attributes,
      md5OfMessageAttributes: digests.md5OfMessageAttributes,
      traceHeader: input.traceHeader,
      senderId: input.senderId ?? this.identity.accountId,
      sentTimestamp: now,
      messageGroupId: checked.messageGroupId,
      messageDeduplicationId: checked.messageDeduplicationId,
      sequenceNumber: this.config.fifo ? this.nextSequenceNumber() : undefined,
      deadLetterQueueSourceArn: undefined,
      enqueuedAt: now,
      delivery: {
        visibleAt: now + clock.ms(checked.delaySeconds),
        receiveCount: 0,
        firstReceiveTimestamp: undefined,
        receipt: undefined,
      },
    };
    if (key !== undefined && message.sequenceNumber !== undefined) {
      this.deduplication.remember(key, { messageId: message.messageId, sequenceNumber: message.sequenceNumber }, now);
    }
    this.messages.push(message);
    this.changed();
    return { ...digests, messageId: message.messageId, sequenceNumber: message.sequenceNumber };
  }

  /** Takes what is receivable now, without waiting (long polling: see long-poll.ts). */
  receive(options: ReceiveOptions = {}): readonly ReceivedMessage[] {
    const max = options.maxNumberOfMessages ?? 1;
    if (!Number.isInteger(max) || max < 1 || max > 10) {
      throw sqsErrors.invalidParameter('MaxNumberOfMessages', max, 'Must be between 1 and 10, if provided.');
    }
    const visibilitySeconds = options.visibilityTimeout ?? this.config.visibilityTimeout;
    checkVisibilityTimeout(visibilitySeconds);
    const now = this.expire();
    const received: ReceivedMessage[] = [];
    for (const message of deliverableInOrder(this.messages, this.config.fifo, now)) {
      if (received.length === max) break;
      if (this.redrive(message)) continue;
      received.push(this.deliver(message, now, visibilitySeconds));
    }
    return received;
  }

  delete(receiptHandle: string): void {
    const receipt = decodeReceiptHandle(this.identity.arn, receiptHandle);
    const now = this.expire();
    const message = this.messages.find((candidate) => candidate.messageId === receipt.messageId);
    // Deleting a message that is already gone succeeds, as on AWS.
    if (message === undefined) return;
    // A FIFO consumer that kept a message past its visibility timeout must not delete it: it may be another's now.
    if (this.config.fifo && (message.delivery.receipt?.token !== receipt.token || !inFlight(message, now))) {
      throw sqsErrors.receiptHandleExpired();
    }
    this.remove(message);
    this.changed();
  }

  changeVisibility(receiptHandle: string, visibilityTimeout: number): void {
    checkVisibilityTimeout(visibilityTimeout);
    const receipt = decodeReceiptHandle(this.identity.arn, receiptHandle);
    const now = this.expire();
    const message = this.messages.find((candidate) => candidate.messageId === receipt.messageId);
    if (message === undefined) {
      throw sqsErrors.invalidParameter(
        'ReceiptHandle',
        receiptHandle,
        'Message does not exist or is not available for visibility timeout change.',
      );
    }
    const current = message.delivery.receipt;
    if (current === undefined || !inFlight(message, now)) throw sqsErrors.messageNotInflight();
    if (this.config.fifo && current.token !== receipt.token) throw sqsErrors.receiptHandleExpired();
    const { clock } = this.context;
    if (now + clock.ms(visibilityTimeout) - current.receivedAt > clock.ms(MAX_VISIBILITY_TIMEOUT_SECONDS)) {
      throw sqsErrors.invalidParameter(
        'VisibilityTimeout',
        visibilityTimeout,
        `Total VisibilityTimeout for the message is beyond the limit [${MAX_VISIBILITY_TIMEOUT_SECONDS} seconds]`,
      );
    }
    message.delivery.visibleAt = now + clock.ms(visibilityTimeout);
    if (visibilityTimeout === 0) this.changed();
  }

  /** Deletes every message, in flight or not; SQS allows one purge per queue every 60 seconds. */
  purge(): void {
    const now = this.context.clock.now();
    if (this.lastPurgeAt !== undefined && now - this.lastPurgeAt < this.context.clock.ms(PURGE_INTERVAL_SECONDS)) {
      throw sqsErrors.purgeQueueInProgress(this.identity.name);
    }
    this.lastPurgeAt = now;
    this.messages = [];
  }

  counts(): MessageCounts {
    const now = this.expire();
    const flying = this.messages.filter((message) => inFlight(message, now)).length;
    const waiting = this.messages.filter((message) => delayed(message, now)).length;
    return { visible: this.messages.length - flying - waiting, inFlight: flying, delayed: waiting };
  }

  /** Milliseconds until the next delayed or in-flight message becomes visible; undefined when none will. */
  msUntilNextVisible(): number | undefined {
    const now = this.context.clock.now();
    let next: number | undefined;
    for (const { delivery } of this.messages) {
      if (delivery.visibleAt > now && (next === undefined || delivery.visibleAt < next)) next = delivery.visibleAt;
    }
    return next === undefined ? undefined : next - now;
  }

  /** Called whenever something may have become receivable (a send, a delete in a FIFO group, a visibility of 0). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The registry's DeleteQueue: messages are gone, waiting receivers return. */
  markDeleted(): void {
    this.deletedFlag = true;
    this.messages = [];
    this.changed();
  }

  /** A message another queue's redrive policy moved here: same id, body and attributes, as AWS keeps them. */
  acceptDeadLetter(message: StoredMessage, sourceArn: string): void {
    const now = this.context.clock.now();
    this.messages.push({
      ...message,
      deadLetterQueueSourceArn: sourceArn,
      // Standard queues keep the original enqueue time for retention; FIFO dead-letter queues restart it.
      enqueuedAt: this.config.fifo ? now : message.enqueuedAt,
      delivery: { ...message.delivery, visibleAt: now, receipt: undefined },
    });
    this.changed();
  }

  private deliver(message: StoredMessage, now: number, visibilitySeconds: number): ReceivedMessage {
    const token = this.context.newId();
    const { delivery } = message;
    delivery.receiveCount += 1;
    delivery.firstReceiveTimestamp ??= now;
    delivery.receipt = {
      token,
      handle: encodeReceiptHandle(this.identity.arn, { messageId: message.messageId, token }),
      receivedAt: now,
    };
    delivery.visibleAt = now + this.context.clock.ms(visibilitySeconds);
    return receivedView(message);
  }

  /** On the receive that would exceed maxReceiveCount the message moves instead of being delivered. */
  private redrive(message: StoredMessage): boolean {
    const policy = this.config.redrivePolicy;
    if (policy === undefined || message.delivery.receiveCount < policy.maxReceiveCount) return false;
    const target = this.context.findQueue(policy.deadLetterTargetArn);
    if (target === undefined || target.deleted) return false;
    this.remove(message);
    target.acceptDeadLetter(message, this.identity.arn);
    return true;
  }

  /** Drops messages past the retention period (in flight or not); returns the time it checked against. */
  private expire(): number {
    const now = this.context.clock.now();
    const retention = this.context.clock.ms(this.config.messageRetentionPeriod);
    if (this.messages.some((message) => message.enqueuedAt + retention <= now)) {
      this.messages = this.messages.filter((message) => message.enqueuedAt + retention > now);
    }
    return now;
  }

  private remove(message: StoredMessage): void {
    this.messages = this.messages.filter((candidate) => candidate !== message);
  }

  private nextSequenceNumber(): string {
    this.sequence += 1n;
    return String(SEQUENCE_BASE + this.sequence);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function checkVisibilityTimeout(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_VISIBILITY_TIMEOUT_SECONDS) {
    throw sqsErrors.invalidParameter(
      'VisibilityTimeout',
      seconds,
      `VisibilityTimeout must be an integer between 0 and ${MAX_VISIBILITY_TIMEOUT_SECONDS}.`,
    );
  }
}
