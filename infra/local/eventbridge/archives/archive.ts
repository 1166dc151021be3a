import type { CompiledEventPattern } from '../patterns';
import { eventAsJson, type EventBridgeEvent } from '../event-envelope';
import type { ArchiveJournal, ArchivedEvent } from './archive-journal';

export interface ArchiveDefinition {
  readonly name: string;
  readonly arn: string;
  /** The bus whose events it archives. */
  readonly sourceArn: string;
  /** The pattern text as given; no pattern archives every event of the bus. */
  readonly eventPattern?: string;
  readonly pattern?: CompiledEventPattern;
  /** 0: kept indefinitely. */
  readonly retentionDays: number;
  readonly description?: string;
  readonly createdAt: Date;
}

const DAY_MS = 86_400_000;

/**
 * One archive: the events of its bus that match its pattern, oldest first, in memory and — given a journal — on
 * disk, so they survive a restart. Events older than the retention are dropped (when read, and from the file at load).
 */
export class Archive {
  private records: ArchivedEvent[];
  private bytes: number;

  constructor(
    readonly definition: ArchiveDefinition,
    private readonly journal: ArchiveJournal | undefined,
    now: Date,
  ) {
    const loaded = journal?.readAll() ?? [];
    this.records = loaded;
    this.bytes = loaded.reduce((sum, record) => sum + sizeOf(record.event), 0);
    if (this.prune(now) > 0) journal?.rewrite(this.records);
  }

  /** Whether an event put on `busArn` belongs here. */
  accepts(busArn: string, event: EventBridgeEvent): boolean {
    const { sourceArn, pattern } = this.definition;
    return busArn === sourceArn && (pattern === undefined || pattern.matches(eventAsJson(event)));
  }

  append(event: EventBridgeEvent, ingestionTime: Date): void {
    const record = { event, ingestionTime: ingestionTime.toISOString() };
    this.journal?.append(record);
    this.records.push(record);
    this.bytes += sizeOf(event);
  }

  /** Events whose own `time` lies in [from, to] (both inclusive; event times are to the second), in arrival order. */
  eventsBetween(from: Date, to: Date, now: Date): readonly ArchivedEvent[] {
    this.prune(now);
    const start = from.getTime();
    const end = to.getTime();
    return this.records.filter((record) => {
      const time = Date.parse(record.event.time);
      return time >= start && time <= end;
    });
  }

  stats(now: Date): { readonly eventCount: number; readonly sizeBytes: number } {
    this.prune(now);
    return { eventCount: this.records.length, sizeBytes: this.bytes };
  }

  /** Drops what the retention no longer keeps; returns how many. Records are in arrival order, so expired come first. */
  private prune(now: Date): number {
    const { retentionDays } = this.definition;
    if (retentionDays === 0) return 0;
    const oldestKept = now.getTime() - retentionDays * DAY_MS;
    const expired = this.records.findIndex((record) => Date.parse(record.ingestionTime) >= oldestKept);
    const count = expired === -1 ? this.records.length : expired;
    if (count === 0) return 0;
    for (const record of this.records.slice(0, count)) this.bytes -= sizeOf(record.event);
    this.records = this.records.slice(count);
    return count;
  }
}

function sizeOf(event: EventBridgeEvent): number {
  return Buffer.byteLength(JSON.stringify(event), 'utf8');
}
