import type { EventBus } from './event-buses';
import type { EventBridgeEvent } from './event-envelope';

/** An accepted event and the bus it was put on. */
export interface PublishedEvent {
  readonly bus: EventBus;
  readonly event: EventBridgeEvent;
}

export type EventListener = (published: PublishedEvent) => void;

/** Enough for a dev session and for tests to look back; listeners see every event whatever is retained. */
export const DEFAULT_RETAINED_EVENTS_PER_BUS = 10_000;

/**
 * Every event accepted by PutEvents, per bus, in the order accepted — and the hook the rule engine, archives and
 * tests plug into. Listeners run synchronously in subscription order; one that throws is reported and skipped,
 * because a delivery problem downstream must never turn an accepted PutEvents into a failed one (on AWS it cannot).
 */
export class EventLog {
  private readonly eventsByBus = new Map<string, EventBridgeEvent[]>();
  private readonly listeners = new Set<EventListener>();

  constructor(
    private readonly onListenerError: (error: unknown, published: PublishedEvent) => void,
    private readonly retainedPerBus = DEFAULT_RETAINED_EVENTS_PER_BUS,
  ) {}

  append(published: PublishedEvent): void {
    const events = this.eventsByBus.get(published.bus.name) ?? [];
    events.push(published.event);
    if (events.length > this.retainedPerBus) events.splice(0, events.length - this.retainedPerBus);
    this.eventsByBus.set(published.bus.name, events);
    for (const listener of this.listeners) {
      try {
        listener(published);
      } catch (error) {
        this.onListenerError(error, published);
      }
    }
  }

  /** The retained events of a bus (by name), oldest first. */
  eventsOn(busName: string): readonly EventBridgeEvent[] {
    return [...(this.eventsByBus.get(busName) ?? [])];
  }

  /** Subscribes to every event appended from now on; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void {
    // A wrapper, so subscribing the same function twice yields two independent subscriptions.
    const subscription: EventListener = (published) => {
      listener(published);
    };
    this.listeners.add(subscription);
    return () => {
      this.listeners.delete(subscription);
    };
  }
}
