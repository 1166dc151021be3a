import { readFileSync, truncateSync, writeSync } from 'node:fs';
import { isJsonObject } from '../../assembly/json';
import type { ExecutionCheckpoint, ExecutionSnapshot, HistoryEvent } from '../interpreter';

/**
 * A running execution's journal: one line per checkpoint, `{"events":[…],"snapshot":{…}}` — the history events
 * recorded since the previous checkpoint and the snapshot that accounts for them. A line is written with one append,
 * so a crash leaves at most a torn last line, which reading drops: the last whole line is the last checkpoint, and
 * its events and snapshot always agree (the engine's resume contract).
 */
export interface JournalContent {
  readonly events: HistoryEvent[];
  readonly snapshot?: ExecutionSnapshot;
  /** Bytes up to the end of the last whole line; less than `size` after a torn write. */
  readonly validBytes: number;
  readonly size: number;
}

const NEWLINE = 0x0a;

/** Appends one checkpoint line; returns its length in bytes. */
export function appendCheckpoint(fd: number, checkpoint: ExecutionCheckpoint): number {
  const line = Buffer.from(`${JSON.stringify({ events: checkpoint.events, snapshot: checkpoint.snapshot })}\n`, 'utf8');
  let written = 0;
  while (written < line.length) written += writeSync(fd, line, written, line.length - written);
  return line.length;
}

/** Reads a journal (empty when there is none) and cuts a torn last line off the file, so appends continue cleanly. */
export function readJournal(file: string): JournalContent {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], validBytes: 0, size: 0 };
    throw error;
  }
  const events: HistoryEvent[] = [];
  let snapshot: ExecutionSnapshot | undefined;
  let offset = 0;
  while (offset < buffer.length) {
    const end = buffer.indexOf(NEWLINE, offset);
    if (end === -1) break;
    const line = parseLine(buffer.toString('utf8', offset, end));
    if (line === undefined) break;
    for (const event of line.events) events.push(event);
    snapshot = line.snapshot;
    offset = end + 1;
  }
  if (offset < buffer.length) truncateSync(file, offset);
  return { events, ...(snapshot === undefined ? {} : { snapshot }), validBytes: offset, size: buffer.length };
}

function parseLine(text: string): { events: HistoryEvent[]; snapshot: ExecutionSnapshot } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isJsonObject(value) || !Array.isArray(value.events) || !isJsonObject(value.snapshot)) return undefined;
  return value as unknown as { events: HistoryEvent[]; snapshot: ExecutionSnapshot };
}
