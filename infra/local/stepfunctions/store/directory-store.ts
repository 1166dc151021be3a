import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ExecutionCheckpoint, ExecutionSnapshot, HistoryEvent } from '../interpreter';
import type { ExecutionRecord } from '../executions/execution-record';
import type { StateMachine } from '../machines/state-machine';
import { appendCheckpoint, readJournal } from './journal';

/** A persisted execution as the store finds it at start. */
export interface RecoveredExecution {
  readonly record: ExecutionRecord;
  /** For a RUNNING record: its last checkpoint (absent when the process died before the first one). */
  readonly snapshot?: ExecutionSnapshot;
  /** For a RUNNING record: the history up to that checkpoint. Ended executions load theirs on demand. */
  readonly history: readonly HistoryEvent[];
}

/**
 * Standard executions on disk, under `<dataDir>/stepfunctions/`:
 * - `executions/<hash of the ARN>/record.json` — the DescribeExecution record, replaced atomically (temp + rename);
 * - `…/journal.jsonl` — while running: one appended line per checkpoint (see journal.ts);
 * - `…/history.json` — once ended: the whole history, written before the record says so, then the journal goes;
 * - `state-machines.json` — the state machines created through the API.
 * Writes are synchronous: a checkpoint is on disk (in the OS's cache — a process crash loses nothing; no fsync, so a
 * power cut may) before the engine moves on. Every snapshot repeats the execution's whole state, so a long-running
 * execution (heartbeats, a large Map) would grow its journal without end: past `compactionBytes` (and four times its
 * size after the last compaction) the journal is rewritten as one line — the history so far and the last snapshot.
 */
export class DirectoryStore {
  private readonly executionsDir: string;
  private readonly machinesFile: string;
  private readonly journals = new Map<string, OpenJournal>();

  constructor(
    root: string,
    private readonly compactionBytes = DEFAULT_COMPACTION_BYTES,
  ) {
    this.executionsDir = path.join(root, 'executions');
    this.machinesFile = path.join(root, 'state-machines.json');
    mkdirSync(this.executionsDir, { recursive: true });
  }

  /** Every persisted execution; a journal's torn last line is cut off. Unreadable entries are reported, not fatal. */
  recover(onUnreadable: (directory: string, error: unknown) => void): RecoveredExecution[] {
    const recovered: RecoveredExecution[] = [];
    for (const entry of readdirSync(this.executionsDir)) {
      const directory = path.join(this.executionsDir, entry);
      try {
        const record = JSON.parse(readFileSync(path.join(directory, 'record.json'), 'utf8')) as ExecutionRecord;
        if (record.status !== 'RUNNING') {
          recovered.push({ record, history: [] });
          continue;
        }
        const journal = readJournal(path.join(directory, 'journal.jsonl'));
        recovered.push({ record, history: journal.events, ...(journal.snapshot === undefined ? {} : { snapshot: journal.snapshot }) });
      } catch (error) {
        onUnreadable(directory, error);
      }
    }
    return recovered;
  }

  save(record: ExecutionRecord): void {
    const directory = this.directoryOf(record.executionArn);
    mkdirSync(directory, { recursive: true });
    writeAtomically(path.join(directory, 'record.json'), JSON.stringify(record));
  }

  /** Appends a checkpoint; `history` (the execution's events so far) is read only when the journal is compacted. */
  checkpoint(executionArn: string, checkpoint: ExecutionCheckpoint, history?: () => readonly HistoryEvent[]): void {
    const journal = this.journalOf(executionArn);
    journal.bytes += appendCheckpoint(journal.fd, checkpoint);
    if (history !== undefined && journal.bytes > journal.compactAt) this.compact(executionArn, journal, checkpoint.snapshot, history());
  }

  /** The execution ended: its history becomes one file, then the record says so, then the journal goes. */
  complete(record: ExecutionRecord, history: readonly HistoryEvent[]): void {
    this.release(record.executionArn);
    const directory = this.directoryOf(record.executionArn);
    writeAtomically(path.join(directory, 'history.json'), JSON.stringify(history));
    this.save(record);
    rmSync(path.join(directory, 'journal.jsonl'), { force: true });
  }

  /** Closes a running execution's journal (it was suspended); the files stay for the next start. */
  release(executionArn: string): void {
    const journal = this.journals.get(executionArn);
    if (journal === undefined) return;
    this.journals.delete(executionArn);
    closeSync(journal.fd);
  }

  /** Forgets the checkpoints of an execution that starts over (it had none that could be resumed). */
  discardJournal(executionArn: string): void {
    this.release(executionArn);
    rmSync(path.join(this.directoryOf(executionArn), 'journal.jsonl'), { force: true });
  }

  /** The persisted history: the ended execution's file, else what the journal holds. */
  history(executionArn: string): HistoryEvent[] {
    const directory = this.directoryOf(executionArn);
    const file = path.join(directory, 'history.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as HistoryEvent[];
    return readJournal(path.join(directory, 'journal.jsonl')).events;
  }

  loadStateMachines(): StateMachine[] {
    if (!existsSync(this.machinesFile)) return [];
    return JSON.parse(readFileSync(this.machinesFile, 'utf8')) as StateMachine[];
  }

  saveStateMachines(machines: readonly StateMachine[]): void {
    writeAtomically(this.machinesFile, JSON.stringify(machines));
  }

  close(): void {
    for (const executionArn of [...this.journals.keys()]) this.release(executionArn);
  }

  private journalOf(executionArn: string): OpenJournal {
    let journal = this.journals.get(executionArn);
    if (journal === undefined) {
      const fd = openSync(path.join(this.directoryOf(executionArn), 'journal.jsonl'), 'a');
      const bytes = fstatSync(fd).size;
      journal = { fd, bytes, compactAt: this.nextCompaction(bytes) };
      this.journals.set(executionArn, journal);
    }
    return journal;
  }

  /** Rewrites the journal as one checkpoint: every event the snapshot accounts for, and the snapshot. */
  private compact(executionArn: string, journal: OpenJournal, snapshot: ExecutionSnapshot, history: readonly HistoryEvent[]): void {
    // Events recorded after this snapshot was taken belong to the next checkpoint.
    const events = history.filter((event) => event.id <= snapshot.lastEventId);
    const file = path.join(this.directoryOf(executionArn), 'journal.jsonl');
    const temporary = `${file}.tmp`;
    const fd = openSync(temporary, 'w');
    let bytes: number;
    try {
      bytes = appendCheckpoint(fd, { events, snapshot });
    } finally {
      closeSync(fd);
    }
    closeSync(journal.fd);
    renameSync(temporary, file);
    journal.fd = openSync(file, 'a');
    journal.bytes = bytes;
    journal.compactAt = this.nextCompaction(bytes);
  }

  private nextCompaction(bytes: number): number {
    return Math.max(this.compactionBytes, bytes * 4);
  }

  private directoryOf(executionArn: string): string {
    // Execution names may hold characters no file system likes ('.', '..', unicode): a hash names the directory.
    return path.join(this.executionsDir, createHash('sha256').update(executionArn).digest('hex').slice(0, 32));
  }
}

const DEFAULT_COMPACTION_BYTES = 16 * 1024 * 1024;

interface OpenJournal {
  fd: number;
  bytes: number;
  compactAt: number;
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
