import type { StateType } from '../asl-types';
import type { StateHandler } from '../runtime/execution-services';
import type { StateRun } from '../runtime/state-run';
import { runChoiceState } from './choice-state';
import { runMapState } from './map-state';
import { runParallelState } from './parallel-state';
import { runFailState, runPassState, runSucceedState } from './simple-states';
import { runTaskState } from './task-state';
import { runWaitState } from './wait-state';

// Each handler is written for its own state interface; the branch runner dispatches on `Type`, which fixes it.
type AnyRun = StateRun<never>;

/** The handler for each state type. */
export const stateHandlers: Readonly<Record<StateType, StateHandler>> = {
  Task: (run) => runTaskState(run as AnyRun),
  Pass: (run) => runPassState(run as AnyRun),
  Choice: (run) => runChoiceState(run as AnyRun),
  Wait: (run) => runWaitState(run as AnyRun),
  Succeed: (run) => runSucceedState(run as AnyRun),
  Fail: (run) => runFailState(run as AnyRun),
  Parallel: (run) => runParallelState(run as AnyRun),
  Map: (run) => runMapState(run as AnyRun),
};
