import type { HistoryEvent, HistoryEventDetails, HistoryEventType } from './history-event';
import { HistoryLog } from './history-log';

/**
 * Numbers and stamps history events as they happen, keeps the whole history, and hands out the events recorded since
 * the last checkpoint. `previousEventId` is the caller's: the last event of the same branch, so concurrent Parallel
 * branches and Map iterations each form their own chain, as in AWS histories.
 */
export class HistoryRecorder {
  /** The whole history, compactly (state events are built in AWS's shape only when read). */
  readonly log: HistoryLog;
  /** Where the events since the last checkpoint start in `log`. */
  private pendingFrom: number;
  private muted = false;

  /** `nowMs`: the clock, in epoch milliseconds. */
  constructor(
    existing: readonly HistoryEvent[],
    private readonly nowMs: () => number,
    private readonly onEvent?: (event: HistoryEvent) => void,
  ) {
    this.log = new HistoryLog(existing);
    this.pendingFrom = this.log.length;
  }

  /** The id of the latest event (0 before the first). */
  get lastId(): number {
    return this.log.lastId;
  }

  record(type: HistoryEventType, previousEventId: number, details: HistoryEventDetails = {}): HistoryEvent {
    const event: HistoryEvent = { id: this.log.lastId + 1, previousEventId, timestamp: this.nowMs() / 1000, type, ...details };
    if (this.muted) return event;
    this.log.add(event);
    this.onEvent?.(event);
    return event;
  }

  /** Records a `…StateEntered` event; returns its id. */
  recordStateEntered(type: HistoryEventType, previousEventId: number, name: string, input: string): number {
    const id = this.log.lastId + 1;
    if (this.muted) return id;
    this.log.addStateEntered(id, previousEventId, this.nowMs(), type, name, input);
    this.reportLatest();
    return id;
  }

  /** Records a `…StateExited` event (`assignedVariables`: each value as JSON text, absent when none); returns its id. */
  recordStateExited(type: HistoryEventType, previousEventId: number, name: string, output: string, assignedVariables?: Readonly<Record<string, string>>): number {
    const id = this.log.lastId + 1;
    if (this.muted) return id;
    this.log.addStateExited(id, previousEventId, this.nowMs(), type, name, output, assignedVariables);
    this.reportLatest();
    return id;
  }

  /** From now on nothing is recorded (an execution being suspended must not write the events of its teardown). */
  mute(): void {
    this.muted = true;
    this.pendingFrom = this.log.length;
  }

  /** Events recorded since the previous call (what a checkpoint must persist). */
  takePending(): HistoryEvent[] {
    const taken = this.log.events(this.pendingFrom);
    this.pendingFrom = this.log.length;
    return taken;
  }

  all(): readonly HistoryEvent[] {
    return this.log.events();
  }

  private reportLatest(): void {
    this.onEvent?.(this.log.eventAt(this.log.length - 1));
  }
}
