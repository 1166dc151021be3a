import type { Json } from '../../assembly/json';
import { ExecutionSuspended, HistoryLog, type ExecutionEngine, type ExecutionResult, type HistoryEvent } from '../interpreter';
import { expressExecutionArn, parseExecutionArn, standardExecutionArn } from '../machines/arns';
import { checkResourceName } from '../machines/resource-names';
import type { StateMachine } from '../machines/state-machine';
import {
  constraintViolation,
  executionAlreadyExists,
  executionDoesNotExist,
  expressArnNotSupported,
  invalidExecutionInput,
  stateMachineTypeNotSupported,
  StepFunctionsError,
} from '../step-functions-errors';
import type { DirectoryStore } from '../store/directory-store';
import { EnginePool, type EnginePoolOptions } from './engine-pool';
import type { ExecutionRecord, ExecutionStatus } from './execution-record';
import type { ResumedTokens } from './resumed-tokens';

export interface StartRequest {
  readonly name?: string;
  /** JSON text; `{}` when absent. */
  readonly input?: string;
  readonly traceHeader?: string;
}

export interface ExecutionsDependencies {
  /** How engines run; the history they record comes back here. */
  readonly engines: Omit<EnginePoolOptions, 'onHistory'>;
  /** Absent: executions live in memory only. */
  readonly store?: DirectoryStore;
  readonly resumedTokens: ResumedTokens;
  readonly now: () => Date;
  readonly newId: () => string;
  /** A Standard execution started or ended (status-change events). */
  readonly onStatusChange: (record: ExecutionRecord) => void;
  readonly onCrash: (executionArn: string, error: unknown) => void;
}

/** How an execution ended, whichever way it got there. */
export interface Ending {
  readonly status: Exclude<ExecutionStatus, 'RUNNING'>;
  readonly output?: Json;
  readonly error?: string;
  readonly cause?: string;
  readonly stopDate: number;
  readonly events: readonly HistoryEvent[];
}

interface Entry {
  record: ExecutionRecord;
  /** The history while running, and always without a store (with one, an ended execution's is read from disk). */
  history: HistoryLog | undefined;
  readonly ended: Promise<ExecutionRecord>;
  readonly end: (record: ExecutionRecord) => void;
}

// Express executions are not listed or described; the newest are kept only for `.sync` parents waiting on them.
const EXPRESS_KEPT = 1000;
const MAX_INPUT_BYTES = 262_144;

/**
 * Every execution of this service: starting them (name rules, idempotency, input checks), running them on their state
 * machine version's engine, recording how they end, and what Describe/List/GetExecutionHistory/StopExecution read.
 */
export class Executions {
  private readonly standard = new Map<string, Entry>();
  private readonly express = new Map<string, Entry>();
  private readonly pool: EnginePool;
  private closed = false;

  constructor(private readonly deps: ExecutionsDependencies) {
    this.pool = new EnginePool({
      ...deps.engines,
      onHistory: (executionArn, history) => {
        const entry = this.standard.get(executionArn);
        if (entry !== undefined) entry.history = history;
      },
    });
  }

  /**
   * StartExecution. Standard: a name in use by a running execution with the same input is that execution (the call is
   * idempotent); any other reuse is ExecutionAlreadyExists. Express: names may repeat; every call is a new execution.
   */
  start(machine: StateMachine, request: StartRequest): ExecutionRecord {
    if (this.closed) throw new StepFunctionsError('ServiceUnavailable', 'The local Step Functions is stopping', 503);
    const name = request.name ?? this.deps.newId();
    checkResourceName(name);
    const inputText = request.input ?? '{}';
    const input = parseInput(inputText);
    const express = machine.type === 'EXPRESS';
    const executionArn = express ? expressExecutionArn(machine.arn, name, this.deps.newId()) : standardExecutionArn(machine.arn, name);
    const existing = this.standard.get(executionArn);
    if (existing !== undefined) {
      if (existing.record.status === 'RUNNING' && existing.record.input === inputText) return existing.record;
      throw executionAlreadyExists(executionArn);
    }
    const engine = this.pool.engineFor(machine);
    const record: ExecutionRecord = {
      executionArn,
      stateMachineArn: machine.arn,
      name,
      status: 'RUNNING',
      startDate: this.deps.now().getTime(),
      input: inputText,
      ...(request.traceHeader === undefined ? {} : { traceHeader: request.traceHeader }),
      machine,
    };
    const entry = newEntry(record, express ? undefined : new HistoryLog());
    if (express) this.keepExpress(entry);
    else {
      this.deps.store?.save(record);
      this.standard.set(executionArn, entry);
    }
    this.launch(entry, engine.start({ executionArn, name, input, roleArn: machine.roleArn }));
    if (!express) this.deps.onStatusChange(record);
    return record;
  }

  /** StartSyncExecution: Express only; resolves once the execution has ended. */
  startSync(machine: StateMachine, request: StartRequest): Promise<ExecutionRecord> {
    if (machine.type !== 'EXPRESS') throw stateMachineTypeNotSupported();
    const record = this.start(machine, request);
    return this.express.get(record.executionArn)?.ended ?? Promise.resolve(record);
  }

  /** A running Standard execution's history as recorded so far (empty for any other). */
  liveHistory(executionArn: string): readonly HistoryEvent[] {
    return this.standard.get(executionArn)?.history?.events() ?? [];
  }

  describe(executionArn: string): ExecutionRecord {
    return this.requireStandard(executionArn).record;
  }

  /** A state machine's executions, newest first. */
  list(stateMachineArn: string, status?: ExecutionStatus): ExecutionRecord[] {
    return [...this.standard.values()]
      .map((entry) => entry.record)
      .filter((record) => record.stateMachineArn === stateMachineArn && (status === undefined || record.status === status))
      .sort((a, b) => b.startDate - a.startDate || (a.executionArn < b.executionArn ? 1 : -1));
  }

  history(executionArn: string): readonly HistoryEvent[] {
    const entry = this.requireStandard(executionArn);
    return entry.history?.events() ?? this.deps.store?.history(executionArn) ?? [];
  }

  /** StopExecution: ends a running execution as ABORTED; an ended one is left as it is. */
  async stop(executionArn: string, error?: string, cause?: string): Promise<ExecutionRecord> {
    const entry = this.requireStandard(executionArn);
    return this.stopEntry(entry, error, cause);
  }

  /** Stops any running execution, Express included (a `.sync` parent cancelling its child). */
  async stopAny(executionArn: string, error?: string, cause?: string): Promise<ExecutionRecord> {
    return this.stopEntry(this.requireAny(executionArn), error, cause);
  }

  /** Resolves with the record once the execution (Standard or Express) has ended; rejects when `signal` aborts. */
  async waitForCompletion(executionArn: string, signal?: AbortSignal): Promise<ExecutionRecord> {
    const entry = this.requireAny(executionArn);
    if (entry.record.status !== 'RUNNING' || signal === undefined) return entry.ended;
    signal.throwIfAborted();
    let onAbort: () => void = () => undefined;
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => {
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([entry.ended, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** Registers an execution that had ended before this start. */
  adoptEnded(record: ExecutionRecord): void {
    const entry = newEntry(record, undefined);
    entry.end(record);
    this.standard.set(record.executionArn, entry);
  }

  /** Registers an execution that was running before this start and runs `continuation` (a resume, or a new start). */
  adoptRunning(record: ExecutionRecord, history: readonly HistoryEvent[], continuation: (engine: ExecutionEngine) => Promise<ExecutionResult>): void {
    const entry = newEntry(record, new HistoryLog(history));
    this.standard.set(record.executionArn, entry);
    let run: Promise<ExecutionResult>;
    try {
      run = continuation(this.pool.engineFor(record.machine));
    } catch (error) {
      run = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.launch(entry, run);
  }

  /** Registers an execution whose last checkpoint already holds its end (the process stopped before recording it). */
  adoptFinished(record: ExecutionRecord, ending: Ending): void {
    const history = new HistoryLog(ending.events);
    const entry = newEntry(record, history);
    this.standard.set(record.executionArn, entry);
    this.finish(entry, ending, history);
  }

  /**
   * Stops for a shutdown: refuses new executions, suspends running ones (they stay RUNNING, resumable from their last
   * checkpoint) and releases their journals.
   */
  async suspendAll(): Promise<void> {
    this.closed = true;
    await Promise.all(this.pool.all().map((engine) => engine.suspend()));
    for (const entry of this.standard.values()) if (entry.record.status === 'RUNNING') this.deps.store?.release(entry.record.executionArn);
  }

  private async stopEntry(entry: Entry, error?: string, cause?: string): Promise<ExecutionRecord> {
    if (entry.record.status !== 'RUNNING') return entry.record;
    const engine = this.pool.engineFor(entry.record.machine);
    if (engine.isRunning(entry.record.executionArn)) await engine.stop(entry.record.executionArn, error, cause);
    else this.finish(entry, { status: 'ABORTED', error, cause, stopDate: this.deps.now().getTime() }, entry.history ?? new HistoryLog());
    return entry.ended;
  }

  private launch(entry: Entry, run: Promise<ExecutionResult>): void {
    run.then(
      (result) => {
        // Field by field: spreading the result would build its `events`, which `history` keeps compactly.
        const { status, output, error, cause } = result;
        this.finish(entry, { status, output, error, cause, stopDate: Date.parse(result.stopDate) }, result.history);
      },
      (error: unknown) => {
        // A suspended execution stays RUNNING: it resumes from its last checkpoint at the next start.
        if (error instanceof ExecutionSuspended) return;
        this.deps.onCrash(entry.record.executionArn, error);
        const cause = error instanceof Error ? error.message : String(error);
        this.finish(entry, { status: 'FAILED', error: 'States.Runtime', cause, stopDate: this.deps.now().getTime() }, entry.history ?? new HistoryLog());
      },
    );
  }

  private finish(entry: Entry, ending: Omit<Ending, 'events'>, history: HistoryLog): void {
    const started = entry.record;
    const { executionArn } = started;
    const record: ExecutionRecord = {
      executionArn,
      stateMachineArn: started.stateMachineArn,
      name: started.name,
      status: ending.status,
      startDate: started.startDate,
      stopDate: ending.stopDate,
      ...(ending.status === 'SUCCEEDED' ? { output: JSON.stringify(ending.output ?? null) } : {}),
      ...(ending.error === undefined ? {} : { error: ending.error }),
      ...(ending.cause === undefined ? {} : { cause: ending.cause }),
      input: started.input,
      ...(started.traceHeader === undefined ? {} : { traceHeader: started.traceHeader }),
      machine: started.machine,
    };
    entry.record = record;
    this.deps.resumedTokens.forget(executionArn);
    if (this.express.has(executionArn)) {
      entry.end(record);
      return;
    }
    const { store } = this.deps;
    if (store === undefined) entry.history = history;
    else {
      try {
        store.complete(record, history.events());
        entry.history = undefined;
      } catch (error) {
        // The record stays RUNNING on disk: the next start finishes it from the journal's final checkpoint.
        this.deps.onCrash(executionArn, error);
        entry.history = history;
      }
    }
    this.deps.onStatusChange(record);
    entry.end(record);
  }

  private requireStandard(executionArn: string): Entry {
    if (parseExecutionArn(executionArn).kind === 'express') throw expressArnNotSupported();
    const entry = this.standard.get(executionArn);
    if (entry === undefined) throw executionDoesNotExist(executionArn);
    return entry;
  }

  private requireAny(executionArn: string): Entry {
    parseExecutionArn(executionArn);
    const entry = this.standard.get(executionArn) ?? this.express.get(executionArn);
    if (entry === undefined) throw executionDoesNotExist(executionArn);
    return entry;
  }

  private keepExpress(entry: Entry): void {
    this.express.set(entry.record.executionArn, entry);
    if (this.express.size <= EXPRESS_KEPT) return;
    for (const [arn, kept] of this.express) {
      if (this.express.size <= EXPRESS_KEPT) break;
      if (kept.record.status !== 'RUNNING') this.express.delete(arn);
    }
  }
}

function newEntry(record: ExecutionRecord, history: HistoryLog | undefined): Entry {
  let end: (record: ExecutionRecord) => void = () => undefined;
  const ended = new Promise<ExecutionRecord>((resolve) => {
    end = resolve;
  });
  return { record, history, ended, end };
}

function parseInput(text: string): Json {
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    throw constraintViolation('input', `${text.slice(0, 40)}...`, `Member must have length less than or equal to ${MAX_INPUT_BYTES}`);
  }
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw invalidExecutionInput(error instanceof Error ? error.message : String(error));
  }
}
