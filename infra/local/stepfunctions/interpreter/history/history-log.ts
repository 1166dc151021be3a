import type { HistoryEvent, HistoryEventType } from './history-event';
import { dataDetails } from './history-event';

/**
 * A `…StateEntered` or `…StateExited` event kept as one object: most of a history, and an AWS-shaped event is three
 * (the event, its details, its timestamp). Its time is in the log's `stampsMs`, at the same index.
 */
class StateEventEntry {
  constructor(
    readonly id: number,
    readonly previousEventId: number,
    readonly type: HistoryEventType,
    readonly entered: boolean,
    readonly name: string,
    /** The input (entered) or output (exited) as JSON text. */
    readonly text: string,
    readonly assignedVariables: Readonly<Record<string, string>> | undefined,
  ) {}

  toEvent(ms: number): HistoryEvent {
    const { id, previousEventId, type, name, text, assignedVariables } = this;
    const timestamp = ms / 1000;
    if (this.entered) return { id, previousEventId, timestamp, type, stateEnteredEventDetails: { name, input: text, inputDetails: dataDetails() } };
    return {
      id,
      previousEventId,
      timestamp,
      type,
      stateExitedEventDetails:
        assignedVariables === undefined
          ? { name, output: text, outputDetails: dataDetails() }
          : { name, output: text, outputDetails: dataDetails(), assignedVariables, assignedVariablesDetails: dataDetails() },
    };
  }
}

/**
 * One execution's history, kept compactly: state entered/exited events are stored as single objects and built in
 * AWS's shape only when read (GetExecutionHistory, checkpoints). Every read gives new, equal events.
 */
export class HistoryLog {
  private readonly entries: (HistoryEvent | StateEventEntry)[];
  // Epoch milliseconds of the state events, unboxed (a number field would be one more heap object per event).
  private stampsMs = new Float64Array(64);

  constructor(existing: readonly HistoryEvent[] = []) {
    this.entries = [...existing];
  }

  get length(): number {
    return this.entries.length;
  }

  /** The id of the latest event (0 before the first). */
  get lastId(): number {
    return this.entries.at(-1)?.id ?? 0;
  }

  add(event: HistoryEvent): void {
    this.entries.push(event);
  }

  addStateEntered(id: number, previousEventId: number, ms: number, type: HistoryEventType, name: string, input: string): void {
    this.addStateEvent(new StateEventEntry(id, previousEventId, type, true, name, input, undefined), ms);
  }

  addStateExited(
    id: number,
    previousEventId: number,
    ms: number,
    type: HistoryEventType,
    name: string,
    output: string,
    assignedVariables?: Readonly<Record<string, string>>,
  ): void {
    this.addStateEvent(new StateEventEntry(id, previousEventId, type, false, name, output, assignedVariables), ms);
  }

  /** The events from index `from` on, in AWS's shape. */
  events(from = 0): HistoryEvent[] {
    const events: HistoryEvent[] = [];
    for (let index = from; index < this.entries.length; index += 1) events.push(this.eventAt(index));
    return events;
  }

  eventAt(index: number): HistoryEvent {
    const entry = this.entries[index];
    if (entry === undefined) throw new RangeError(`No history event at index ${String(index)}`);
    return entry instanceof StateEventEntry ? entry.toEvent(this.stampsMs[index] ?? 0) : entry;
  }

  private addStateEvent(entry: StateEventEntry, ms: number): void {
    const index = this.entries.length;
    if (index >= this.stampsMs.length) {
      const grown = new Float64Array(Math.max(this.stampsMs.length * 2, index + 64));
      grown.set(this.stampsMs);
      this.stampsMs = grown;
    }
    this.stampsMs[index] = ms;
    this.entries.push(entry);
  }
}
