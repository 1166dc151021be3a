import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isJsonObject } from '../../assembly/json';
import type { EventBridgeEvent } from '../event-envelope';

/** An event as an archive keeps it: the whole envelope as delivered, and when the bus received it. */
export interface ArchivedEvent {
  readonly event: EventBridgeEvent;
  /** ISO 8601 with milliseconds. */
  readonly ingestionTime: string;
}

/**
 * An archive's file: one JSON line per event, appended as events arrive (`<dataDir>/eventbridge/archives/<name>.jsonl`).
 * Appends are synchronous, so the order on disk is the order of arrival; no fsync (a crash may lose the last lines).
 */
export class ArchiveJournal {
  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
  }

  /** Every event in the file; a torn last line (a crash mid-append) is skipped. */
  readAll(): ArchivedEvent[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line) => {
        const record = parseLine(line);
        return record === undefined ? [] : [record];
      });
  }

  append(record: ArchivedEvent): void {
    appendFileSync(this.file, `${JSON.stringify(record)}\n`, 'utf8');
  }

  /** Replaces the file's content, e.g. once expired events are dropped. */
  rewrite(records: readonly ArchivedEvent[]): void {
    writeFileSync(this.file, records.map((record) => `${JSON.stringify(record)}\n`).join(''), 'utf8');
  }
}

function parseLine(line: string): ArchivedEvent | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (!isJsonObject(value) || typeof value.ingestionTime !== 'string' || !isJsonObject(value.event)) return undefined;
    // Written by append() from an EventBridgeEvent; the shape was checked enough to tell it from a torn line.
    return value as unknown as ArchivedEvent;
  } catch {
    return undefined;
  }
}
