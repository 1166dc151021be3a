import { PutEventsCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { OutgoingEvent } from './event-contract';
import { packIntoCalls, toSizedEntry, type SizedEntry } from './put-events-entries';

export interface EventPublisherOptions {
  client: EventBridgeClient;
  eventBusName: string;
  /** Attempts per event, the first one included. Default 3. */
  maxAttempts?: number;
  /** Waits before retry number `attempt` (1 = the first retry). Default: exponential backoff with full jitter. */
  backoff?: (attempt: number) => Promise<void>;
}

export interface FailedEvent {
  event: OutgoingEvent;
  errorCode?: string;
  errorMessage?: string;
}

/** Some events were still rejected after every attempt; `failed` lists exactly those (all others were sent once). */
export class EventPublishError extends Error {
  readonly code = 'EVENT_PUBLISH_FAILED';

  constructor(readonly failed: FailedEvent[]) {
    const codes = [...new Set(failed.map((f) => f.errorCode ?? 'Unknown'))].join(', ');
    super(`${failed.length} event(s) were not published: ${codes}`);
    this.name = 'EventPublishError';
  }
}

const BASE_DELAY_MS = 50;
const MAX_DELAY_MS = 2_000;

/** Full-jitter delay for retry `attempt`: uniform in [0, min(cap, base * 2^(attempt-1))). */
export function fullJitterDelayMs(attempt: number, random: () => number = Math.random): number {
  return random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
}

const sleepWithJitter = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, fullJitterDelayMs(attempt)));

interface PendingEntry {
  sized: SizedEntry;
  errorCode?: string;
  errorMessage?: string;
}

export class EventPublisher {
  private readonly client: EventBridgeClient;
  private readonly eventBusName: string;
  private readonly maxAttempts: number;
  private readonly backoff: (attempt: number) => Promise<void>;

  constructor(options: EventPublisherOptions) {
    this.client = options.client;
    this.eventBusName = options.eventBusName;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.backoff = options.backoff ?? sleepWithJitter;
  }

  /**
   * Validates every event before sending any, then sends them in as few PutEvents calls as the limits allow.
   * Only entries EventBridge rejected are retried, so no event is delivered twice by this method.
   */
  async publish(events: readonly OutgoingEvent[]): Promise<void> {
    let pending: PendingEntry[] = events.map((event) => ({ sized: toSizedEntry(event, this.eventBusName) }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > 1) await this.backoff(attempt - 1);
      const failed: PendingEntry[] = [];
      for (const call of packIntoCalls(pending.map((p) => p.sized))) {
        failed.push(...(await this.send(call)));
      }
      if (failed.length > 0 && attempt >= this.maxAttempts) {
        throw new EventPublishError(
          failed.map(({ sized, errorCode, errorMessage }) => ({ event: sized.event, errorCode, errorMessage })),
        );
      }
      pending = failed;
    }
  }

  /** Sends one call and returns the entries that were not accepted. */
  private async send(call: SizedEntry[]): Promise<PendingEntry[]> {
    try {
      const response = await this.client.send(new PutEventsCommand({ Entries: call.map((s) => s.entry) }));
      const results = response.Entries ?? [];
      const someFailed = (response.FailedEntryCount ?? 0) > 0;
      // Results are positional. A result without an EventId in a response reporting failures is counted as failed,
      // so an event is never silently dropped.
      return call.flatMap((sized, index): PendingEntry[] => {
        const result = results[index];
        const failed = result?.ErrorCode !== undefined || (someFailed && result?.EventId === undefined);
        return failed ? [{ sized, errorCode: result?.ErrorCode, errorMessage: result?.ErrorMessage }] : [];
      });
    } catch (error) {
      // The whole call failed (throttling after SDK retries, network...): every entry in it is retried.
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      return call.map((sized) => ({ sized, errorCode: name, errorMessage: message }));
    }
  }
}
