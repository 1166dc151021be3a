import type { Retrier } from '../../asl-types';
import { retryAllowed, retryDelaySeconds } from '../../errors/retry-delay';

describe('retry delays', () => {
  it.each<[string, Retrier, number, number]>([
    ['defaults to 1 s doubling: first retry', { ErrorEquals: ['E'] }, 0, 1],
    ['defaults to 1 s doubling: third retry', { ErrorEquals: ['E'] }, 2, 4],
    ['IntervalSeconds × BackoffRate^n', { ErrorEquals: ['E'], IntervalSeconds: 3, BackoffRate: 1.5 }, 2, 6.75],
    ['BackoffRate 1 keeps the interval', { ErrorEquals: ['E'], IntervalSeconds: 5, BackoffRate: 1 }, 4, 5],
    ['MaxDelaySeconds caps the delay', { ErrorEquals: ['E'], IntervalSeconds: 10, BackoffRate: 3, MaxDelaySeconds: 50 }, 3, 50],
  ])('%s', (_name, retrier, retriesSoFar, expected) => {
    // Act
    const delay = retryDelaySeconds(retrier, retriesSoFar, () => 0.5);
    // Assess
    expect(delay).toBeCloseTo(expected);
  });

  it('with JitterStrategy FULL waits a random share of the computed delay', () => {
    // Prepare
    const retrier: Retrier = { ErrorEquals: ['E'], IntervalSeconds: 4, BackoffRate: 2, JitterStrategy: 'FULL' };
    // Act
    const delays = [0, 0.25, 0.999].map((random) => retryDelaySeconds(retrier, 1, () => random));
    // Assess
    expect(delays).toEqual([0, 2, expect.closeTo(7.992)]);
  });

  it.each([
    [undefined, 2, true],
    [undefined, 3, false],
    [0, 0, false],
    [1, 0, true],
    [1, 1, false],
  ])('MaxAttempts %s after %s retries allows another: %s', (maxAttempts, retriesSoFar, expected) => {
    // Prepare
    const retrier: Retrier = { ErrorEquals: ['E'], ...(maxAttempts === undefined ? {} : { MaxAttempts: maxAttempts }) };
    // Act
    const allowed = retryAllowed(retrier, retriesSoFar);
    // Assess
    expect(allowed).toBe(expected);
  });
});
