import type { Retrier } from '../asl-types';

const DEFAULT_INTERVAL_SECONDS = 1;
const DEFAULT_BACKOFF_RATE = 2;
const DEFAULT_MAX_ATTEMPTS = 3;

/** Whether a Retrier that has already retried `retriesSoFar` times allows one more attempt (MaxAttempts 0: never). */
export function retryAllowed(retrier: Retrier, retriesSoFar: number): boolean {
  return retriesSoFar < (retrier.MaxAttempts ?? DEFAULT_MAX_ATTEMPTS);
}

/**
 * Seconds to wait before retry number `retriesSoFar + 1`: IntervalSeconds × BackoffRate^retriesSoFar, capped by
 * MaxDelaySeconds; with JitterStrategy FULL, a uniformly random share of that (`random` in [0, 1)).
 */
export function retryDelaySeconds(retrier: Retrier, retriesSoFar: number, random: () => number): number {
  const interval = retrier.IntervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  const backoff = retrier.BackoffRate ?? DEFAULT_BACKOFF_RATE;
  let delay = interval * backoff ** retriesSoFar;
  if (retrier.MaxDelaySeconds !== undefined) delay = Math.min(delay, retrier.MaxDelaySeconds);
  if (retrier.JitterStrategy === 'FULL') delay = random() * delay;
  return delay;
}
