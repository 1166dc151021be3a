import type { Json } from '../../../../assembly/json';
import { StatesError } from '../../../states-error';
import type { ExecutionCheckpoint } from '../../runtime/execution-run';
import { eventTypes, eventsOfType, execute, failingTimes, FakeInvoker, hanging, single } from './support/harness';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

function task(fields: Record<string, Json>, language?: 'JSONPath' | 'JSONata'): Json {
  return {
    ...(language ? { QueryLanguage: language } : {}),
    StartAt: 'Call',
    States: {
      Call: { Type: 'Task', Resource: LAMBDA, End: true, ...fields },
      ...('Catch' in fields ? { Recover: { Type: 'Pass', End: true } } : {}),
    },
  };
}

describe('Retry', () => {
  it('retries a failed attempt until it succeeds', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(2, 'Lambda.ServiceException', { ok: 1 }) });
    // Act
    const result = await execute(task({ Retry: [{ ErrorEquals: ['Lambda.ServiceException'], IntervalSeconds: 1 }] }), {}, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { ok: 1 } });
    expect(eventTypes(result).filter((type) => type.startsWith('Task'))).toEqual([
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
    ]);
  });

  it.each<[string, Json, number]>([
    ['MaxAttempts 0 never retries', [{ ErrorEquals: ['Boom'], MaxAttempts: 0 }], 1],
    ['MaxAttempts defaults to 3 retries', [{ ErrorEquals: ['Boom'], IntervalSeconds: 1 }], 4],
    ['MaxAttempts 1 retries once', [{ ErrorEquals: ['Boom'], MaxAttempts: 1 }], 2],
    ['a Retrier for another error does not retry', [{ ErrorEquals: ['Other'] }], 1],
    ['the first matching Retrier decides, not a later one', [{ ErrorEquals: ['Boom'], MaxAttempts: 1 }, { ErrorEquals: ['States.ALL'], MaxAttempts: 5 }], 2],
  ])('%s', async (_name, retry, attempts) => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(99, 'Boom') });
    // Act
    const result = await execute(task({ Retry: retry }), {}, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'Boom' });
    expect(invoker.requests).toHaveLength(attempts);
  });

  it('keeps one counter per Retrier', async () => {
    // Prepare: errors alternate A, B, A, B…; each Retrier allows one retry.
    const invoker = new FakeInvoker({
      [LAMBDA]: (_request, attempt) => {
        throw new StatesError(attempt % 2 === 1 ? 'A' : 'B', 'alternating');
      },
    });
    const retry = [{ ErrorEquals: ['A'], MaxAttempts: 1 }, { ErrorEquals: ['B'], MaxAttempts: 1 }];
    // Act
    const result = await execute(task({ Retry: retry }), {}, { invoker });
    // Assess: A, B (retry A), A (retry B), then the A Retrier is spent.
    expect(invoker.requests).toHaveLength(3);
    expect(result.error).toBe('A');
  });

  it('waits IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds', async () => {
    // Prepare
    const now = new Date('2024-01-01T00:00:00Z');
    const checkpoints: ExecutionCheckpoint[] = [];
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(4, 'Boom') });
    const retry = [{ ErrorEquals: ['Boom'], IntervalSeconds: 2, BackoffRate: 3, MaxDelaySeconds: 30, MaxAttempts: 4 }];
    // Act
    await execute(task({ Retry: retry }), {}, { invoker, now: () => now, onCheckpoint: (checkpoint) => void checkpoints.push(checkpoint) });
    // Assess: with timeScale 0.001 a delay of n seconds is n ms after the (frozen) clock.
    const delays = checkpoints.map((checkpoint) => checkpoint.snapshot.root?.active.retryWakeAt).filter((wakeAt) => wakeAt !== undefined);
    expect(delays.map((wakeAt) => wakeAt - now.getTime())).toEqual([2, 6, 18, 30]);
  });

  it('with JitterStrategy FULL waits a random share of the delay', async () => {
    // Prepare
    const now = new Date('2024-01-01T00:00:00Z');
    const checkpoints: ExecutionCheckpoint[] = [];
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(1, 'Boom') });
    const retry = [{ ErrorEquals: ['Boom'], IntervalSeconds: 8, JitterStrategy: 'FULL' }];
    // Act
    await execute(task({ Retry: retry }), {}, { invoker, now: () => now, random: () => 0.25, onCheckpoint: (checkpoint) => void checkpoints.push(checkpoint) });
    // Assess
    const wakeAt = checkpoints.map((checkpoint) => checkpoint.snapshot.root?.active.retryWakeAt).find((value) => value !== undefined);
    expect((wakeAt ?? 0) - now.getTime()).toBe(2);
  });

  it('counts retries in $$.State.RetryCount', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(2, 'Boom') });
    // Act
    await execute(task({ Parameters: { 'retry.$': '$$.State.RetryCount' }, Retry: [{ ErrorEquals: ['Boom'] }] }), {}, { invoker });
    // Assess
    expect(invoker.requests.map((request) => request.arguments)).toEqual([{ retry: 0 }, { retry: 1 }, { retry: 2 }]);
  });

  it('retries States.Timeout like any other error', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: (request, attempt) => (attempt === 1 ? hanging()(request, attempt) : 'second time') });
    // Act
    const result = await execute(task({ TimeoutSeconds: 5, Retry: [{ ErrorEquals: ['States.Timeout'], IntervalSeconds: 1 }] }), {}, { invoker });
    // Assess
    expect(result.output).toBe('second time');
    expect(eventTypes(result)).toContain('TaskTimedOut');
  });
});

describe('Catch', () => {
  it.each<[string, Record<string, Json>, Json]>([
    ['without ResultPath the error output replaces the input', {}, { Error: 'Boom', Cause: 'attempt 1 failed' }],
    ['ResultPath places the error output in the input', { ResultPath: '$.failure' }, { order: 1, failure: { Error: 'Boom', Cause: 'attempt 1 failed' } }],
    ['ResultPath null keeps the input', { ResultPath: null }, { order: 1 }],
  ])('JSONPath: %s', async (_name, catcherFields, expected) => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(9, 'Boom') });
    // Act
    const result = await execute(task({ Catch: [{ ErrorEquals: ['Boom'], Next: 'Recover', ...catcherFields }] }), { order: 1 }, { invoker });
    // Assess
    expect(result.output).toEqual(expected);
  });

  it('JSONata: without Output the error output is passed on', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(9, 'Boom') });
    // Act
    const result = await execute(task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }] }, 'JSONata'), {}, { invoker });
    // Assess
    expect(result.output).toEqual({ Error: 'Boom', Cause: 'attempt 1 failed' });
  });

  it('catches only after the retries are spent, and records TaskStateExited', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(9, 'Boom') });
    const fields = { Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2 }], Catch: [{ ErrorEquals: ['Boom'], Next: 'Recover' }] };
    // Act
    const result = await execute(task(fields), {}, { invoker });
    // Assess
    expect(invoker.requests).toHaveLength(3);
    expect(eventTypes(result).slice(-4)).toEqual(['TaskStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  });

  it('uses the first matching Catcher', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: failingTimes(9, 'Payment.Declined') });
    const definition: Json = {
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: LAMBDA,
          Catch: [
            { ErrorEquals: ['Payment.Declined'], Next: 'Declined' },
            { ErrorEquals: ['States.ALL'], Next: 'Broken' },
          ],
          End: true,
        },
        Declined: { Type: 'Pass', Result: 'declined', End: true },
        Broken: { Type: 'Pass', Result: 'broken', End: true },
      },
    };
    // Act
    const result = await execute(definition, {}, { invoker });
    // Assess
    expect(result.output).toBe('declined');
  });

  it('States.ALL does not catch States.Runtime: the execution fails', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => 'ok' });
    const fields = { Parameters: { 'id.$': '$.missing' }, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }] };
    // Act
    const result = await execute(task(fields), {}, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(invoker.requests).toHaveLength(0);
  });

  it.each<[string, string[], string]>([
    ['States.ALL does not catch States.DataLimitExceeded', ['States.ALL'], 'FAILED'],
    ['naming States.DataLimitExceeded catches it', ['States.DataLimitExceeded'], 'SUCCEEDED'],
  ])('%s', async (_name, errorEquals, status) => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => ({ blob: 'x'.repeat(270_000) }) });
    // Act
    const result = await execute(task({ Catch: [{ ErrorEquals: errorEquals, Next: 'Recover' }] }), {}, { invoker });
    // Assess
    expect(result.status).toBe(status);
    expect(eventsOfType(result, 'TaskFailed')[0]?.taskFailedEventDetails?.error).toBe('States.DataLimitExceeded');
  });

  it('States.TaskFailed catches task errors but not States.Timeout', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: hanging() });
    // Act
    const result = await execute(task({ TimeoutSeconds: 1, Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'Recover' }] }), {}, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
  });

  it('has no effect on a state that succeeds', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => 'fine' });
    // Act
    const result = await execute(task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }] }), {}, { invoker });
    // Assess
    expect(result.output).toBe('fine');
  });
});

describe('errors of states without Retry/Catch', () => {
  it.each<[string, Record<string, Json>, string, string]>([
    ['a Fail state with Error and Cause', { Type: 'Fail', Error: 'Order.Invalid', Cause: 'no lines' }, 'Order.Invalid', 'no lines'],
    ['a Fail state with ErrorPath and CausePath', { Type: 'Fail', ErrorPath: '$.code', CausePath: '$.why' }, 'E42', 'because'],
    ['a JSONata Fail state', { Type: 'Fail', QueryLanguage: 'JSONata', Error: '{% "X." & $states.input.code %}', Cause: 'static' }, 'X.E42', 'static'],
    ['a Fail state with an intrinsic CausePath', { Type: 'Fail', Error: 'E', CausePath: "States.Format('code {} {}', $.code, $.why)" }, 'E', 'code E42 because'],
  ])('%s fails the execution with its error and cause', async (_name, state, error, cause) => {
    // Act
    const result = await execute(single(state), { code: 'E42', why: 'because' });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error, cause });
    expect(eventTypes(result)).toEqual(['ExecutionStarted', 'FailStateEntered', 'ExecutionFailed']);
    expect(eventsOfType(result, 'ExecutionFailed')[0]?.executionFailedEventDetails).toEqual({ error, cause });
  });
});
