import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isJsonObject } from '../../infra/local/assembly/json';

/** One event as the local archive stored it: its id, its own `time`, and when the bus received it. */
export interface ArchivedEventRecord {
  readonly eventId: string;
  readonly time: string;
  readonly ingestionTime: string;
}

/**
 * The events an archive holds, oldest first, read from the local cloud's durable store
 * (`<dataDir>/eventbridge/archives/<name>.jsonl`, one JSON line per event). No AWS API lists an archive's events
 * (only a replay sends them again), so this is the one place the tests read the local cloud's files.
 */
export function archivedEvents(dataDir: string, archiveName: string): ArchivedEventRecord[] {
  const file = path.join(dataDir, 'eventbridge', 'archives', `${archiveName}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record: unknown = JSON.parse(line);
      if (!isJsonObject(record) || !isJsonObject(record.event) || typeof record.ingestionTime !== 'string') {
        throw new Error(`${file}: not an archived event: ${line}`);
      }
      const { id, time } = record.event;
      if (typeof id !== 'string' || typeof time !== 'string') throw new Error(`${file}: an event without id or time: ${line}`);
      return { eventId: id, time, ingestionTime: record.ingestionTime };
    });
}
