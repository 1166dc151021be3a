import type { Json } from '../../../../assembly/json';
import { eventTypes, execute, single } from './support/harness';

describe('Wait state', () => {
  it.each<[string, Record<string, Json>, Json, 'JSONPath' | 'JSONata' | undefined]>([
    ['Seconds', { Seconds: 20 }, {}, undefined],
    ['SecondsPath', { SecondsPath: '$.delay' }, { delay: 20 }, undefined],
    ['Timestamp', { Timestamp: new Date(Date.now() + 20_000).toISOString().replace(/\.\d+Z$/, 'Z') }, {}, undefined],
    ['TimestampPath', { TimestampPath: '$.until' }, { until: new Date(Date.now() + 20_000).toISOString() }, undefined],
    ['a JSONata Seconds expression', { Seconds: '{% $states.input.delay %}' }, { delay: 20 }, 'JSONata'],
    ['a JSONata Timestamp expression', { Timestamp: '{% $states.input.until %}' }, { until: new Date(Date.now() + 20_000).toISOString() }, 'JSONata'],
  ])('waits by %s, scaled by timeScale', async (_name, fields, input, language) => {
    // Prepare
    const started = Date.now();
    // Act
    const result = await execute(single({ Type: 'Wait', ...fields }, language), input);
    // Assess
    expect(result.status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(10);
    expect(eventTypes(result)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'WaitStateExited', 'ExecutionSucceeded']);
  });

  it('does not wait for a timestamp in the past and passes its input on', async () => {
    // Act
    const result = await execute(single({ Type: 'Wait', Timestamp: '2001-01-01T00:00:00Z' }), { keep: true });
    // Assess
    expect(result.output).toEqual({ keep: true });
  });

  it('sleeps for the scaled time, not the stated one', async () => {
    // Prepare
    const started = Date.now();
    // Act
    await execute(single({ Type: 'Wait', Seconds: 100 }), {});
    // Assess
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(2000);
  });

  it.each<[string, Record<string, Json>, Json, string]>([
    ['a negative SecondsPath', { SecondsPath: '$.delay' }, { delay: -1 }, 'States.Runtime'],
    ['a fractional SecondsPath', { SecondsPath: '$.delay' }, { delay: 1.5 }, 'States.Runtime'],
    ['a TimestampPath that is not a timestamp', { TimestampPath: '$.until' }, { until: 'tomorrow' }, 'States.Runtime'],
    ['a missing SecondsPath', { SecondsPath: '$.delay' }, {}, 'States.Runtime'],
  ])('fails on %s', async (_name, fields, input, error) => {
    // Act
    const result = await execute(single({ Type: 'Wait', ...fields }), input);
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error });
  });

  it('fails with States.QueryEvaluationError when a JSONata Seconds is not a number', async () => {
    // Act
    const result = await execute(single({ Type: 'Wait', Seconds: '{% "soon" %}' }, 'JSONata'), {});
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
  });
});
