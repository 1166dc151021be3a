import { randomBytes } from 'node:crypto';
import type { Json } from '../../assembly/json';
import type { StateMachineDefinition } from './asl-types';
import { stateMachineNameOf, type ExecutionContextInfo } from './context-object';
import { validateDefinition } from './definition/validate-definition';
import type { HistoryEvent } from './history/history-event';
import type { HistoryLog } from './history/history-log';
import { ExecutionRun, type ExecutionCheckpoint, type ExecutionResult } from './runtime/execution-run';
import { newBranch, type ExecutionSnapshot } from './runtime/snapshot';
import { Timers } from './runtime/timers';
import { stateHandlers } from './states';
import type { TaskInvoker } from './task/task-invoker';
import { regionOf } from './task/task-resource';
import { TaskTokenRegistry } from './task/task-tokens';

export interface ExecutionEngineOptions {
  /** The ASL definition, as JSON text or parsed; validated here (invalid → DefinitionError listing the problems). */
  readonly definition: Json | string;
  readonly stateMachineArn: string;
  readonly invoker: TaskInvoker;
  /** The clock for history timestamps, the context object and wake-up instants. Default: the system clock. */
  readonly now?: () => Date;
  /** Multiplies every delay (Wait, retry intervals, timeouts); for tests only, e.g. 0.001. Default 1. */
  readonly timeScale?: number;
  /** Randomness for retry jitter and `$random()`, in [0, 1). Default Math.random. */
  readonly random?: () => number;
  /** Issues task tokens. Default: 64 random bytes, base64url. */
  readonly newToken?: () => string;
  /** Share one registry between engines so SendTask… can find any execution's token. Default: the engine's own. */
  readonly taskTokens?: TaskTokenRegistry;
  /**
   * Called at every state transition and before every wait with the execution's snapshot and the history events
   * recorded since the previous call; calls never overlap and the execution waits for each to finish. Persist both
   * atomically to be able to `resume`.
   */
  readonly onCheckpoint?: (checkpoint: ExecutionCheckpoint) => void | Promise<void>;
  /** Called for each history event as it is recorded. */
  readonly onEvent?: (executionArn: string, event: HistoryEvent) => void;
  /** Called as each execution starts or resumes with its history, which grows as it runs (cheaper than `onEvent`). */
  readonly onHistory?: (executionArn: string, history: HistoryLog) => void;
}

export interface StartExecutionRequest {
  readonly executionArn: string;
  readonly name: string;
  readonly input: Json;
  readonly roleArn?: string;
}

/** Runs executions of one state machine definition. */
export interface ExecutionEngine {
  readonly definition: StateMachineDefinition;
  readonly taskTokens: TaskTokenRegistry;
  /** Starts an execution; resolves when it has ended (the API does not wait for it). */
  start(request: StartExecutionRequest): Promise<ExecutionResult>;
  /**
   * Continues an execution from its last checkpoint (`history`: the events persisted with it). A Task attempt that
   * was in flight is started again — at-least-once, as Step Functions itself — unless it was a `.waitForTaskToken`
   * whose token had been delivered: then the task only goes on waiting for the callback. Waits and retry intervals
   * end at the instants they had.
   */
  resume(snapshot: ExecutionSnapshot, history: readonly HistoryEvent[]): Promise<ExecutionResult>;
  /** StopExecution; resolves with the ended execution, or undefined when it is not running here. */
  stop(executionArn: string, error?: string, cause?: string): Promise<ExecutionResult | undefined>;
  /**
   * Halts running executions without ending them, for a graceful shutdown: nothing more is recorded, their last
   * checkpoints stay resumable, and their `start`/`resume` promises reject with ExecutionSuspended. Resolves once
   * they have all halted.
   */
  suspend(executionArns?: readonly string[]): Promise<void>;
  isRunning(executionArn: string): boolean;
  sendTaskSuccess(taskToken: string, output: string): void;
  sendTaskFailure(taskToken: string, error?: string, cause?: string): void;
  sendTaskHeartbeat(taskToken: string): void;
}

export function createExecutionEngine(options: ExecutionEngineOptions): ExecutionEngine {
  const definition = validateDefinition(options.definition);
  // The system clock is read as Date.now() where milliseconds suffice (every history event).
  const timers = options.now === undefined ? new Timers(() => new Date(), options.timeScale ?? 1, Date.now) : new Timers(options.now, options.timeScale ?? 1);
  const taskTokens = options.taskTokens ?? new TaskTokenRegistry();
  const deps = {
    definition,
    region: regionOf(options.stateMachineArn),
    timers,
    invoker: options.invoker,
    taskTokens,
    newToken: options.newToken ?? (() => randomBytes(64).toString('base64url')),
    random: options.random ?? Math.random,
    handlers: stateHandlers,
    ...(options.onCheckpoint ? { onCheckpoint: options.onCheckpoint } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    ...(options.onHistory ? { onHistory: options.onHistory } : {}),
  };
  const running = new Map<string, { run: ExecutionRun; result: Promise<ExecutionResult> }>();
  const account = options.stateMachineArn.split(':')[4] ?? '000000000000';

  const launch = (run: ExecutionRun, executionArn: string, fresh: boolean): Promise<ExecutionResult> => {
    if (running.has(executionArn)) return Promise.reject(new Error(`The execution ${executionArn} is already running`));
    const result = run.run(fresh).finally(() => running.delete(executionArn));
    running.set(executionArn, { run, result });
    return result;
  };

  const contextInfo = (fields: Omit<ExecutionContextInfo, 'redriveCount' | 'stateMachineArn' | 'stateMachineName'>): ExecutionContextInfo => ({
    ...fields,
    redriveCount: 0,
    stateMachineArn: options.stateMachineArn,
    stateMachineName: stateMachineNameOf(options.stateMachineArn),
  });

  return {
    definition,
    taskTokens,

    start(request) {
      const info = contextInfo({
        executionArn: request.executionArn,
        name: request.name,
        input: request.input,
        roleArn: request.roleArn ?? `arn:aws:iam::${account}:role/StepFunctionsLocalRole`,
        startTime: timers.nowIso(),
      });
      const timeoutAt = definition.TimeoutSeconds === undefined ? undefined : timers.wakeAfter(definition.TimeoutSeconds);
      const root = newBranch(definition.StartAt, request.input, 0);
      return launch(new ExecutionRun(deps, info, root, timeoutAt, []), request.executionArn, true);
    },

    resume(snapshot, history) {
      if ((snapshot.version as number) !== 1) return Promise.reject(new Error(`Unknown snapshot version ${String(snapshot.version)}`));
      if (snapshot.status !== 'RUNNING' || snapshot.root === undefined) {
        return Promise.reject(new Error(`The execution ${snapshot.executionArn} is ${snapshot.status}; only running executions resume`));
      }
      const lastId = history.at(-1)?.id ?? 0;
      if (lastId !== snapshot.lastEventId) {
        return Promise.reject(new Error(`The history ends at event ${lastId} but the snapshot was taken at event ${snapshot.lastEventId}`));
      }
      const info = contextInfo({
        executionArn: snapshot.executionArn,
        name: snapshot.name,
        input: snapshot.input,
        roleArn: snapshot.roleArn,
        startTime: snapshot.startTime,
      });
      const run = new ExecutionRun(deps, info, structuredClone(snapshot.root), snapshot.timeoutAt, history);
      return launch(run, snapshot.executionArn, false);
    },

    async stop(executionArn, error, cause) {
      const entry = running.get(executionArn);
      if (!entry) return undefined;
      entry.run.stop(error, cause);
      return entry.result;
    },

    async suspend(executionArns) {
      const targets = [...running.entries()].filter(([arn]) => executionArns === undefined || executionArns.includes(arn));
      for (const [, entry] of targets) entry.run.suspend();
      await Promise.allSettled(targets.map(([, entry]) => entry.result));
    },

    isRunning(executionArn) {
      return running.has(executionArn);
    },

    sendTaskSuccess(taskToken, output) {
      taskTokens.sendTaskSuccess(taskToken, output);
    },
    sendTaskFailure(taskToken, error, cause) {
      taskTokens.sendTaskFailure(taskToken, error, cause);
    },
    sendTaskHeartbeat(taskToken) {
      taskTokens.sendTaskHeartbeat(taskToken);
    },
  };
}
