import type { Json } from '../../../assembly/json';

/**
 * A running execution as JSON: enough to continue it in another process. The interpreter mutates one such tree as it
 * runs and hands out a deep copy at every checkpoint, together with the history events recorded since the previous
 * one (persist both atomically). Instants are milliseconds of the engine's clock.
 *
 * Concurrent branches may checkpoint at any await of another branch, so every history event is recorded in the same
 * synchronous step as the snapshot change it announces (a transition, a finished attempt, a started iteration): a
 * resumed execution never records an event twice.
 */
export interface ExecutionSnapshot {
  readonly version: 1;
  readonly executionArn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly roleArn: string;
  readonly input: Json;
  readonly startTime: string;
  /** When the execution-level TimeoutSeconds ends, if the definition sets one. */
  readonly timeoutAt?: number;
  /** The id of the last history event this snapshot accounts for. */
  readonly lastEventId: number;
  readonly status: ExecutionStatus;
  /** While RUNNING: the top-level states' branch. */
  readonly root?: BranchSnapshot;
  readonly output?: Json;
  readonly error?: string;
  readonly cause?: string;
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** One sequence of states being run: the top level, a Parallel branch or a Map iteration. */
export interface BranchSnapshot {
  /** The branch's latest history event: the next event's previousEventId. */
  lastEventId: number;
  /** The variables this branch's scope assigned (outer scopes live in the enclosing branches). */
  variables: Record<string, Json>;
  active: ActiveState;
  /** Set when the branch's last state has exited: its output. */
  ended?: { output: Json };
}

/** The state a branch is in, from just before it is entered until it transitions. */
export interface ActiveState {
  name: string;
  /** The state's raw input. */
  input: Json;
  /** Set once `…StateEntered` is recorded. */
  enteredTime?: string;
  /** Retries made so far, one counter per Retrier. */
  retryCounts: number[];
  /** A retry waiting for its interval: when it fires. */
  retryWakeAt?: number;
  /** What the current attempt has done so far. */
  progress?: StateProgress;
}

export type StateProgress = TaskProgress | WaitProgress | ParallelProgress | MapProgress;

export interface TaskProgress {
  kind: 'task';
  /** The effective arguments, kept so a restarted attempt sends exactly the same request. */
  arguments: Json;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  deadline?: number;
  heartbeatDeadline?: number;
  taskToken?: string;
  /** For .waitForTaskToken: the request carrying the token was delivered (TaskSubmitted recorded). */
  tokenDelivered?: boolean;
  /** The attempt succeeded (TaskSucceeded recorded) with this raw result. */
  result?: Json;
}

export interface WaitProgress {
  kind: 'wait';
  wakeAt: number;
}

export interface ParallelProgress {
  kind: 'parallel';
  children: ChildRun[];
  /** ParallelStateSucceeded/Failed is recorded. */
  outcomeRecorded?: boolean;
}

export interface MapProgress {
  kind: 'map';
  items: Json[];
  maxConcurrency: number;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
  children: ChildRun[];
  /** MapStateSucceeded/Failed is recorded. */
  outcomeRecorded?: boolean;
}

/** A Parallel branch or Map iteration, from not started to finished. */
export type ChildRun =
  | { status: 'pending' }
  | { status: 'running'; branch: BranchSnapshot }
  | { status: 'succeeded'; output: Json }
  | { status: 'failed'; error: string; cause: string };

export function newBranch(startAt: string, input: Json, lastEventId: number): BranchSnapshot {
  return { lastEventId, variables: {}, active: { name: startAt, input, retryCounts: [] } };
}
