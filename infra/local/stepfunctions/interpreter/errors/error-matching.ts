import type { Catcher, Retrier } from '../asl-types';
import { ErrorNames } from './interpreter-errors';

/**
 * Whether an ErrorEquals list names `error`. `States.ALL` matches every error except the terminal ones
 * (`States.Runtime`, `States.DataLimitExceeded`); `States.TaskFailed` matches every error except those and
 * `States.Timeout`. `States.Runtime` always fails the execution, so nothing matches it; `States.DataLimitExceeded`
 * is matched only by name.
 */
export function errorEqualsMatches(errorEquals: readonly string[], error: string): boolean {
  if (error === ErrorNames.runtime) return false;
  const terminal = error === ErrorNames.dataLimitExceeded;
  return errorEquals.some((name) => {
    if (name === error) return true;
    if (name === ErrorNames.all) return !terminal;
    if (name === ErrorNames.taskFailed) return !terminal && error !== ErrorNames.timeout;
    return false;
  });
}

/** The first Retrier (in definition order) that names the error, with its index for the retry counters. */
export function matchingRetrier(retriers: readonly Retrier[] | undefined, error: string): { retrier: Retrier; index: number } | undefined {
  const index = (retriers ?? []).findIndex((retrier) => errorEqualsMatches(retrier.ErrorEquals, error));
  const retrier = retriers?.[index];
  return retrier === undefined ? undefined : { retrier, index };
}

export function matchingCatcher(catchers: readonly Catcher[] | undefined, error: string): Catcher | undefined {
  return (catchers ?? []).find((catcher) => errorEqualsMatches(catcher.ErrorEquals, error));
}
