import type { JsonObject } from '../../../assembly/json';
import { StatesError, runtimeError } from '../../states-error';
import type { MapState, ParallelState, TaskState } from '../asl-types';
import { matchingCatcher, matchingRetrier } from '../errors/error-matching';
import { BranchCancelled } from '../errors/interpreter-errors';
import { retryAllowed, retryDelaySeconds } from '../errors/retry-delay';
import { recordEvaluationFailure } from './branch-run';
import type { StateOutcome } from './execution-services';
import type { StateRun } from './state-run';

/**
 * Runs attempts of a Task, Parallel or Map state under its Retry and Catch fields. A failed attempt is retried by the
 * first Retrier naming its error while that Retrier has attempts left (after IntervalSeconds × BackoffRate^n, capped
 * and jittered); otherwise the first matching Catcher transitions with the error output; otherwise the error fails
 * the branch. A pending retry interval is part of the snapshot, so a restart keeps waiting for the same instant.
 */
export async function withRetryAndCatch(
  run: StateRun<TaskState | ParallelState | MapState>,
  attempt: () => Promise<StateOutcome>,
): Promise<StateOutcome> {
  const active = run.active;
  const retriers = run.state.Retry ?? [];
  while (active.retryCounts.length < retriers.length) active.retryCounts.push(0);
  for (;;) {
    if (active.retryWakeAt !== undefined) {
      await run.exec.timers.sleepUntil(active.retryWakeAt, run.signal);
      active.retryWakeAt = undefined;
    }
    try {
      return await attempt();
    } catch (thrown) {
      if (thrown instanceof BranchCancelled || run.signal.aborted) throw thrown;
      const error = thrown instanceof StatesError ? thrown : runtimeError(thrown instanceof Error ? thrown.message : String(thrown));
      recordEvaluationFailure(run, error);
      active.progress = undefined;
      const match = matchingRetrier(retriers, error.error);
      const retriesSoFar = match ? (active.retryCounts[match.index] ?? 0) : 0;
      if (match && retryAllowed(match.retrier, retriesSoFar)) {
        active.retryCounts[match.index] = retriesSoFar + 1;
        active.retryWakeAt = run.exec.timers.wakeAfter(retryDelaySeconds(match.retrier, retriesSoFar, run.exec.random));
        await run.checkpoint();
        continue;
      }
      const catcher = matchingCatcher(run.state.Catch, error.error);
      if (!catcher) throw error;
      const errorOutput: JsonObject = { Error: error.error, Cause: error.cause };
      const completion = await run.flow.caught(run.env(), catcher, errorOutput);
      return run.exit(catcher.Next, completion);
    }
  }
}
