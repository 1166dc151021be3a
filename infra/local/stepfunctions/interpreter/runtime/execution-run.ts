import type { Json } from '../../../assembly/json';
import { StatesError } from '../../states-error';
import type { QueryLanguage, StateMachineDefinition, StateType } from '../asl-types';
import type { ExecutionContextInfo } from '../context-object';
import { ErrorNames, ExecutionSuspended } from '../errors/interpreter-errors';
import type { HistoryEvent } from '../history/history-event';
import { dataDetails } from '../history/history-event';
import type { HistoryLog } from '../history/history-log';
import { HistoryRecorder } from '../history/history-recorder';
import { JsonTextCache } from '../history/json-text';
import { assertPayloadWithinLimit } from '../payload-limits';
import type { TaskInvoker } from '../task/task-invoker';
import type { TaskTokenRegistry } from '../task/task-tokens';
import { VariableScope } from '../variables/variable-scope';
import { BranchRun } from './branch-run';
import type { ExecutionServices, StateHandler } from './execution-services';
import type { BranchSnapshot, ExecutionSnapshot, ExecutionStatus } from './snapshot';
import type { Timers } from './timers';

/** How an execution ended. */
export interface ExecutionResult {
  readonly executionArn: string;
  readonly status: Exclude<ExecutionStatus, 'RUNNING'>;
  readonly output?: Json;
  readonly error?: string;
  readonly cause?: string;
  readonly startDate: string;
  readonly stopDate: string;
  /** The whole history, in AWS's event format (built from `history` on every read). */
  readonly events: readonly HistoryEvent[];
  /** The whole history, kept compactly: what to hold on to. */
  readonly history: HistoryLog;
}

/** What a checkpoint hands to persistence: the snapshot and the history events recorded since the previous one. */
export interface ExecutionCheckpoint {
  readonly snapshot: ExecutionSnapshot;
  readonly events: readonly HistoryEvent[];
}

/** What an engine gives each of its executions. */
export interface ExecutionDependencies {
  readonly definition: StateMachineDefinition;
  readonly region: string;
  readonly timers: Timers;
  readonly invoker: TaskInvoker;
  readonly taskTokens: TaskTokenRegistry;
  readonly newToken: () => string;
  readonly random: () => number;
  readonly handlers: Readonly<Record<StateType, StateHandler>>;
  readonly onCheckpoint?: (checkpoint: ExecutionCheckpoint) => void | Promise<void>;
  readonly onEvent?: (executionArn: string, event: HistoryEvent) => void;
  readonly onHistory?: (executionArn: string, history: HistoryLog) => void;
}

const RESOLVED = Promise.resolve();

interface Ending {
  readonly status: Exclude<ExecutionStatus, 'RUNNING'>;
  readonly output?: Json;
  readonly error?: string;
  readonly cause?: string;
}

/**
 * One execution: runs the top-level branch, turns its end (or a stop, or the execution timeout) into the final
 * history event, and checkpoints as it goes. Checkpoints are delivered one at a time, in order.
 */
export class ExecutionRun implements ExecutionServices {
  readonly recorder: HistoryRecorder;
  readonly jsonText = new JsonTextCache();
  readonly machineLanguage: QueryLanguage;
  private readonly controller = new AbortController();
  private ending: Ending | undefined;
  private finished = false;
  private suspended = false;
  private checkpoints: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: ExecutionDependencies,
    readonly info: ExecutionContextInfo,
    private readonly root: BranchSnapshot,
    private readonly timeoutAt: number | undefined,
    history: readonly HistoryEvent[],
  ) {
    this.machineLanguage = deps.definition.QueryLanguage ?? 'JSONPath';
    const onEvent = deps.onEvent;
    this.recorder = new HistoryRecorder(
      history,
      deps.timers.nowMs,
      onEvent &&
        ((event) => {
          onEvent(info.executionArn, event);
        }),
    );
    deps.onHistory?.(info.executionArn, this.recorder.log);
  }

  get region(): string {
    return this.deps.region;
  }
  get timers(): Timers {
    return this.deps.timers;
  }
  get invoker(): TaskInvoker {
    return this.deps.invoker;
  }
  get taskTokens(): TaskTokenRegistry {
    return this.deps.taskTokens;
  }
  get newToken(): () => string {
    return this.deps.newToken;
  }
  get random(): () => number {
    return this.deps.random;
  }
  get handlers(): Readonly<Record<StateType, StateHandler>> {
    return this.deps.handlers;
  }

  /** Runs to the end; `fresh` records ExecutionStarted first (a resumed execution already has it). */
  async run(fresh: boolean): Promise<ExecutionResult> {
    if (fresh) {
      const started = this.recorder.record('ExecutionStarted', 0, {
        executionStartedEventDetails: { input: JSON.stringify(this.info.input), inputDetails: dataDetails(), roleArn: this.info.roleArn },
      });
      this.root.lastEventId = started.id;
    }
    const timer = this.armExecutionTimeout();
    let ending: Ending;
    try {
      if (fresh) {
        assertPayloadWithinLimit(this.info.input, 'The execution input');
        await this.checkpoint();
      }
      const branch = new BranchRun(this, this.deps.definition, this.root, new VariableScope(this.root.variables), this.controller.signal);
      const output = await branch.run();
      ending = this.ending ?? { status: 'SUCCEEDED', output };
    } catch (error) {
      const failure = error instanceof StatesError ? error : new StatesError(ErrorNames.runtime, error instanceof Error ? error.message : String(error));
      ending = this.ending ?? { status: 'FAILED', error: failure.error, cause: failure.cause };
    } finally {
      if (timer) clearTimeout(timer);
    }
    if (this.suspended) throw new ExecutionSuspended(this.info.executionArn);
    return this.finish(ending);
  }

  /**
   * Halts the execution without ending it (a graceful shutdown): running states are interrupted, nothing more is
   * recorded or checkpointed, and the last checkpoint stays the point to resume from.
   */
  suspend(): void {
    if (this.ending || this.finished) return;
    this.suspended = true;
    this.recorder.mute();
    this.controller.abort();
  }

  /** StopExecution: ends the execution as ABORTED once its running states have stopped. */
  stop(error?: string, cause?: string): void {
    if (this.ending || this.finished || this.suspended) return;
    this.ending = { status: 'ABORTED', ...(error === undefined ? {} : { error }), ...(cause === undefined ? {} : { cause }) };
    this.controller.abort();
  }

  checkpoint(): Promise<void> {
    const onCheckpoint = this.deps.onCheckpoint;
    if (this.suspended) return Promise.resolve();
    if (!onCheckpoint) return RESOLVED;
    const checkpoint: ExecutionCheckpoint = { snapshot: this.snapshot(), events: this.recorder.takePending() };
    const delivered = this.checkpoints.then(() => onCheckpoint(checkpoint));
    this.checkpoints = delivered.catch(() => undefined);
    return delivered;
  }

  private snapshot(ending?: Ending): ExecutionSnapshot {
    return {
      version: 1,
      executionArn: this.info.executionArn,
      name: this.info.name,
      stateMachineArn: this.info.stateMachineArn,
      roleArn: this.info.roleArn,
      input: this.info.input,
      startTime: this.info.startTime,
      ...(this.timeoutAt === undefined ? {} : { timeoutAt: this.timeoutAt }),
      lastEventId: this.recorder.lastId,
      status: ending?.status ?? 'RUNNING',
      ...(ending ? withoutUndefined({ output: ending.output, error: ending.error, cause: ending.cause }) : { root: structuredClone(this.root) }),
    };
  }

  private armExecutionTimeout(): NodeJS.Timeout | undefined {
    if (this.timeoutAt === undefined) return undefined;
    const seconds = this.deps.definition.TimeoutSeconds;
    return setTimeout(
      () => {
        if (this.ending) return;
        this.ending = { status: 'TIMED_OUT', error: ErrorNames.timeout, cause: `The execution did not finish within ${String(seconds)} seconds.` };
        this.controller.abort();
      },
      Math.max(0, Math.min(this.timeoutAt - this.timers.nowMs(), 2_147_483_647)),
    );
  }

  private async finish(ending: Ending): Promise<ExecutionResult> {
    this.finished = true;
    const previous = this.recorder.lastId;
    const errorDetails = withoutUndefined({ error: ending.error || undefined, cause: ending.cause || undefined });
    switch (ending.status) {
      case 'SUCCEEDED':
        this.recorder.record('ExecutionSucceeded', previous, {
          executionSucceededEventDetails: { output: JSON.stringify(ending.output ?? null), outputDetails: dataDetails() },
        });
        break;
      case 'FAILED':
        this.recorder.record('ExecutionFailed', previous, { executionFailedEventDetails: errorDetails });
        break;
      case 'TIMED_OUT':
        this.recorder.record('ExecutionTimedOut', previous, { executionTimedOutEventDetails: errorDetails });
        break;
      case 'ABORTED':
        this.recorder.record('ExecutionAborted', previous, { executionAbortedEventDetails: errorDetails });
        break;
    }
    const log = this.recorder.log;
    const final = this.deps.onCheckpoint;
    if (final) {
      const checkpoint: ExecutionCheckpoint = { snapshot: this.snapshot(ending), events: this.recorder.takePending() };
      await this.checkpoints.then(() => final(checkpoint));
    }
    return {
      executionArn: this.info.executionArn,
      status: ending.status,
      ...withoutUndefined({ output: ending.output, error: ending.error, cause: ending.cause }),
      startDate: this.info.startTime,
      stopDate: this.timers.nowIso(),
      history: log,
      get events() {
        return log.events();
      },
    };
  }
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
