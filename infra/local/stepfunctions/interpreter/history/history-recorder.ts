import type { HistoryEvent, HistoryEventDetails, HistoryEventType } from './history-event';

/**
 * Numbers and stamps history events as they happen, keeps the whole history, and hands out the events recorded since
 * the last checkpoint. `previousEventId` is the caller's: the last event of the same branch, so concurrent Parallel
 * branches and Map iterations each form their own chain, as in AWS histories.
 */
export class HistoryRecorder {
  private readonly events: HistoryEvent[];
  private pending: HistoryEvent[] = [];
  private muted = false;

  constructor(
    existing: readonly HistoryEvent[],
    private readonly now: () => Date,
    private readonly onEvent?: (event: HistoryEvent) => void,
  ) {
    this.events = [...existing];
  }

  /** The id of the latest event (0 before the first). */
  get lastId(): number {
    return this.events.at(-1)?.id ?? 0;
  }

  record(type: HistoryEventType, previousEventId: number, details: HistoryEventDetails = {}): HistoryEvent {
    const event: HistoryEvent = {
      id: this.lastId + 1,
      previousEventId,
      timestamp: this.now().getTime() / 1000,
      type,
      ...details,
    };
    if (this.muted) return event;
    this.events.push(event);
    this.pending.push(event);
    this.onEvent?.(event);
    return event;
  }

  /** From now on nothing is recorded (an execution being suspended must not write the events of its teardown). */
  mute(): void {
    this.muted = true;
    this.pending = [];
  }

  /** Events recorded since the previous call (what a checkpoint must persist). */
  takePending(): HistoryEvent[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  all(): readonly HistoryEvent[] {
    return this.events;
  }
}
