import type { Retrier } from '../../asl-types';
import { errorEqualsMatches, matchingCatcher, matchingRetrier } from '../../errors/error-matching';

describe('ErrorEquals matching', () => {
  it.each([
    [['Custom.Error'], 'Custom.Error', true],
    [['Custom.Error'], 'custom.error', false],
    [['States.ALL'], 'Lambda.ServiceException', true],
    [['States.ALL'], 'States.Timeout', true],
    [['States.ALL'], 'States.Runtime', false],
    [['States.ALL'], 'States.DataLimitExceeded', false],
    [['States.DataLimitExceeded'], 'States.DataLimitExceeded', true],
    [['States.Runtime'], 'States.Runtime', false],
    [['States.TaskFailed'], 'Lambda.Unknown', true],
    [['States.TaskFailed'], 'States.HeartbeatTimeout', true],
    [['States.TaskFailed'], 'States.Timeout', false],
    [['States.Timeout'], 'States.HeartbeatTimeout', false],
    [['A', 'B'], 'B', true],
  ])('%j names %s: %s', (errorEquals, error, expected) => {
    // Act
    const matched = errorEqualsMatches(errorEquals, error);
    // Assess
    expect(matched).toBe(expected);
  });

  it('uses the first Retrier that names the error, in definition order', () => {
    // Prepare
    const retriers: Retrier[] = [{ ErrorEquals: ['Other'] }, { ErrorEquals: ['Flaky'], MaxAttempts: 5 }, { ErrorEquals: ['States.ALL'] }];
    // Act
    const match = matchingRetrier(retriers, 'Flaky');
    // Assess
    expect(match?.index).toBe(1);
  });

  it('finds no Retrier when none names the error', () => {
    // Act
    const match = matchingRetrier([{ ErrorEquals: ['Other'] }], 'Flaky');
    // Assess
    expect(match).toBeUndefined();
  });

  it('uses the first matching Catcher', () => {
    // Prepare
    const catchers = [
      { ErrorEquals: ['Specific'], Next: 'A' },
      { ErrorEquals: ['States.ALL'], Next: 'B' },
    ];
    // Act
    const specific = matchingCatcher(catchers, 'Specific');
    const other = matchingCatcher(catchers, 'Anything');
    // Assess
    expect([specific?.Next, other?.Next]).toEqual(['A', 'B']);
  });
});
