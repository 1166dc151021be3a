import type { Json } from '../../../assembly/json';
import type { QueryLanguage, StateType } from '../asl-types';
import type { ExecutionContextInfo } from '../context-object';
import type { HistoryRecorder } from '../history/history-recorder';
import type { JsonTextCache } from '../history/json-text';
import type { TaskInvoker } from '../task/task-invoker';
import type { TaskTokenRegistry } from '../task/task-tokens';
import type { StateRun } from './state-run';
import type { Timers } from './timers';

/** Where a state goes next: `next` undefined ends its branch with `output`. */
export interface StateOutcome {
  readonly next: string | undefined;
  readonly output: Json;
}

/**
 * Runs one state type; resumable: it reads what an earlier attempt did from `run.active.progress`. A state that never
 * waits on anything (JSONPath Pass, Choice, Succeed) may complete synchronously, returning or throwing at once.
 */
export type StateHandler = (run: StateRun) => StateOutcome | Promise<StateOutcome>;

/** What every branch and state of one execution shares. */
export interface ExecutionServices {
  readonly info: ExecutionContextInfo;
  readonly machineLanguage: QueryLanguage;
  readonly region: string;
  readonly recorder: HistoryRecorder;
  /** JSON text of the values history events carry (one stringification for a value passed from state to state). */
  readonly jsonText: JsonTextCache;
  readonly timers: Timers;
  readonly invoker: TaskInvoker;
  readonly taskTokens: TaskTokenRegistry;
  readonly newToken: () => string;
  readonly random: () => number;
  readonly handlers: Readonly<Record<StateType, StateHandler>>;
  /** Persists the snapshot and the events recorded since the last checkpoint (a no-op without onCheckpoint). */
  checkpoint(): Promise<void>;
}
