import { createHash } from 'node:crypto';

/** The 5-minute interval in which a FIFO queue accepts but does not deliver a repeated MessageDeduplicationId. */
export const DEDUPLICATION_INTERVAL_SECONDS = 300;

/** What a deduplicated send answers: the original message's id and sequence number, as SQS does. */
export interface FirstSend {
  readonly messageId: string;
  readonly sequenceNumber: string;
}

/**
 * A FIFO queue's deduplication memory. SQS keeps the ids even after the message is received and deleted, so this is
 * kept apart from the messages. Scope `messageGroup` (high throughput) makes the same id in two groups two messages.
 */
export class DeduplicationWindow {
  private readonly seen = new Map<string, FirstSend & { readonly at: number }>();

  constructor(private readonly intervalMs: () => number) {}

  /** The earlier send with this id within the interval, if any. */
  find(key: string, now: number): FirstSend | undefined {
    this.forgetBefore(now - this.intervalMs());
    return this.seen.get(key);
  }

  remember(key: string, send: FirstSend, now: number): void {
    this.seen.set(key, { ...send, at: now });
  }

  private forgetBefore(cutoff: number): void {
    // Insertion order is time order: stop at the first entry still inside the interval.
    for (const [key, entry] of this.seen) {
      if (entry.at > cutoff) break;
      this.seen.delete(key);
    }
  }
}

export function deduplicationKey(scope: 'queue' | 'messageGroup', groupId: string, deduplicationId: string): string {
  return scope === 'messageGroup' ? `${groupId}\u0000${deduplicationId}` : deduplicationId;
}

/** ContentBasedDeduplication: the SHA-256 of the body (not the attributes), hex. */
export function contentDeduplicationId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
