import type { HistoryEvent, HistoryEventDetails, HistoryEventType, StateEnteredEventDetails, StateExitedEventDetails } from './history-event';

/**
 * Numbers and stamps history events as they happen, keeps the whole history, and hands out the events recorded since
 * the last checkpoint. `previousEventId` is the caller's: the last event of the same branch, so concurrent Parallel
 * branches and Map iterations each form their own chain, as in AWS histories.
 */
export class HistoryRecorder {
  private readonly events: HistoryEvent[];
  private pending: HistoryEvent[] = [];
  private muted = false;
  private latestId: number;

  /**
   * `nowMs`: the clock, in epoch milliseconds. `keepPending`: false when nobody checkpoints, so the events since the
   * last checkpoint need not be collected a second time.
   */
  constructor(
    existing: readonly HistoryEvent[],
    private readonly nowMs: () => number,
    private readonly onEvent?: (event: HistoryEvent) => void,
    private readonly keepPending = true,
  ) {
    this.events = [...existing];
    this.latestId = existing.at(-1)?.id ?? 0;
  }

  /** The id of the latest event (0 before the first). */
  get lastId(): number {
    return this.latestId;
  }

  record(type: HistoryEventType, previousEventId: number, details: HistoryEventDetails = {}): HistoryEvent {
    return this.keep({ id: this.latestId + 1, previousEventId, timestamp: this.nowMs() / 1000, type, ...details });
  }

  // The two events of every state entry, built as literals: the same fields in the same order as `record` gives them.
  recordStateEntered(type: HistoryEventType, previousEventId: number, details: StateEnteredEventDetails): HistoryEvent {
    return this.keep({ id: this.latestId + 1, previousEventId, timestamp: this.nowMs() / 1000, type, stateEnteredEventDetails: details });
  }

  recordStateExited(type: HistoryEventType, previousEventId: number, details: StateExitedEventDetails): HistoryEvent {
    return this.keep({ id: this.latestId + 1, previousEventId, timestamp: this.nowMs() / 1000, type, stateExitedEventDetails: details });
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

  private keep(event: HistoryEvent): HistoryEvent {
    if (this.muted) return event;
    this.latestId = event.id;
    this.events.push(event);
    if (this.keepPending) this.pending.push(event);
    this.onEvent?.(event);
    return event;
  }
}
