import type { Json } from '../../../../assembly/json';
import { TaskTokenError } from '../../errors/interpreter-errors';
import { TaskTokenRegistry } from '../../task/task-tokens';
import { EXECUTION_ARN, engineFor, eventTypes, eventsOfType, eventually, FakeInvoker } from './support/harness';

const CALLBACK = 'arn:aws:states:::sqs:sendMessage.waitForTaskToken';

function callbackMachine(fields: Record<string, Json> = {}, language: 'JSONPath' | 'JSONata' = 'JSONPath'): Json {
  const message: Json = language === 'JSONata' ? { token: '{% $states.context.Task.Token %}' } : { 'token.$': '$$.Task.Token' };
  const state: Record<string, Json> = { Type: 'Task', Resource: CALLBACK, End: true, ...fields };
  state[language === 'JSONata' ? 'Arguments' : 'Parameters'] = { MessageBody: message };
  return { QueryLanguage: language, StartAt: 'AwaitApproval', States: { AwaitApproval: state } };
}

/** Starts an execution whose invoker records the delivered token; returns the engine, the result and the token. */
async function startWaiting(definition: Json, submitted: Json = { MessageId: 'm-1' }) {
  const invoker = new FakeInvoker({ [CALLBACK]: () => submitted });
  let token = 1;
  const engine = engineFor(definition, { invoker, newToken: () => `token-${token++}` });
  const result = engine.start({ executionArn: EXECUTION_ARN, name: 'run-1', input: { orderId: 'o-1' } });
  await eventually(() => invoker.requests.length > 0 && engine.taskTokens.isOpen('token-1'));
  return { engine, result, invoker };
}

function errorCode(act: () => void): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof TaskTokenError) return error.code;
    throw error;
  }
  return undefined;
}

describe('.waitForTaskToken', () => {
  it.each<['JSONPath' | 'JSONata']>([['JSONPath'], ['JSONata']])('(%s) delivers the token, then waits for SendTaskSuccess and outputs its JSON', async (language) => {
    // Prepare
    const { engine, result, invoker } = await startWaiting(callbackMachine({}, language));
    // Act
    engine.sendTaskSuccess('token-1', '{"approved":true}');
    // Assess
    const ended = await result;
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
    expect(invoker.requests[0]).toMatchObject({ integrationPattern: 'wait-for-task-token', taskToken: 'token-1', arguments: { MessageBody: { token: 'token-1' } } });
    expect(eventTypes(ended)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(eventsOfType(ended, 'TaskSubmitted')[0]?.taskSubmittedEventDetails).toMatchObject({ resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', output: '{"MessageId":"m-1"}' });
  });

  it('fails the task with the error and cause of SendTaskFailure', async () => {
    // Prepare
    const { engine, result } = await startWaiting(callbackMachine());
    // Act
    engine.sendTaskFailure('token-1', 'Payment.Declined', 'insufficient funds');
    // Assess
    const ended = await result;
    expect(ended).toMatchObject({ status: 'FAILED', error: 'Payment.Declined', cause: 'insufficient funds' });
    expect(eventTypes(ended)).toContain('TaskFailed');
  });

  it('keeps waiting while heartbeats arrive within HeartbeatSeconds', async () => {
    // Prepare: a heartbeat every 5 ms against HeartbeatSeconds 40 (40 ms), for well over 40 ms.
    const { engine, result } = await startWaiting(callbackMachine({ HeartbeatSeconds: 40, TimeoutSeconds: 10_000 }));
    // Act
    for (let beat = 0; beat < 16; beat += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      engine.sendTaskHeartbeat('token-1');
    }
    engine.sendTaskSuccess('token-1', '"late but alive"');
    // Assess
    expect(await result).toMatchObject({ status: 'SUCCEEDED', output: 'late but alive' });
  });

  it('times out with States.HeartbeatTimeout when no heartbeat arrives in time; the token is then closed', async () => {
    // Prepare
    const { engine, result } = await startWaiting(callbackMachine({ HeartbeatSeconds: 20 }));
    // Act
    const ended = await result;
    // Assess
    expect(ended).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect(eventsOfType(ended, 'TaskTimedOut')[0]?.taskTimedOutEventDetails?.error).toBe('States.HeartbeatTimeout');
    expect(errorCode(() => { engine.sendTaskSuccess('token-1', '{}'); })).toBe('TaskTimedOut');
  });

  it('times out with States.Timeout after TimeoutSeconds even with heartbeats', async () => {
    // Prepare
    const { engine, result } = await startWaiting(callbackMachine({ HeartbeatSeconds: 20, TimeoutSeconds: 30 }));
    const beats = setInterval(() => {
      if (engine.taskTokens.isOpen('token-1')) engine.sendTaskHeartbeat('token-1');
    }, 3);
    // Act
    const ended = await result;
    clearInterval(beats);
    // Assess
    expect(ended).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
  });

  it('accepts a callback that arrives before the request that carried the token has returned', async () => {
    // Prepare: the "service" calls back from inside the request, before it resolves (through a shared registry).
    const taskTokens = new TaskTokenRegistry();
    const invoker = new FakeInvoker({
      [CALLBACK]: (request) => {
        taskTokens.sendTaskSuccess(request.taskToken ?? '', '{"fast":true}');
        return { MessageId: 'm-1' };
      },
    });
    // Act
    const ended = await engineFor(callbackMachine(), { invoker, taskTokens }).start({ executionArn: EXECUTION_ARN, name: 'run-1', input: {} });
    // Assess
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: { fast: true } });
    expect(eventTypes(ended).indexOf('TaskSubmitted')).toBeLessThan(eventTypes(ended).indexOf('TaskSucceeded'));
  });

  it('records TaskSubmitFailed when the request carrying the token fails', async () => {
    // Prepare
    const invoker = new FakeInvoker();
    // Act
    const ended = await engineFor(callbackMachine(), { invoker }).start({ executionArn: EXECUTION_ARN, name: 'run-1', input: {} });
    // Assess
    expect(ended).toMatchObject({ status: 'FAILED', error: 'Test.UnknownResource' });
    expect(eventsOfType(ended, 'TaskSubmitFailed')[0]?.taskSubmitFailedEventDetails).toMatchObject({ error: 'Test.UnknownResource' });
  });

  it.each<[string, (engine: ReturnType<typeof engineFor>) => void, string]>([
    ['an unknown token', (engine) => { engine.sendTaskSuccess('token-999', '{}'); }, 'TaskDoesNotExist'],
    ['a malformed token', (engine) => { engine.sendTaskHeartbeat('not a token!'); }, 'InvalidToken'],
    ['output that is not JSON', (engine) => { engine.sendTaskSuccess('token-1', 'nope'); }, 'InvalidOutput'],
  ])('answers %s with %s', async (_name, act, code) => {
    // Prepare
    const { engine, result } = await startWaiting(callbackMachine());
    // Act
    const answered = errorCode(() => {
      act(engine);
    });
    // Assess
    expect(answered).toBe(code);
    engine.sendTaskSuccess('token-1', '{}');
    await result;
  });

  it('answers TaskTimedOut for a token whose task already succeeded', async () => {
    // Prepare
    const { engine, result } = await startWaiting(callbackMachine());
    engine.sendTaskSuccess('token-1', '{}');
    await result;
    // Act
    const code = errorCode(() => {
      engine.sendTaskSuccess('token-1', '{}');
    });
    // Assess
    expect(code).toBe('TaskTimedOut');
  });

  it('issues a new token for each retry of the task', async () => {
    // Prepare
    const { engine, result, invoker } = await startWaiting(callbackMachine({ Retry: [{ ErrorEquals: ['Try.Again'], IntervalSeconds: 1 }] }));
    // Act
    engine.sendTaskFailure('token-1', 'Try.Again', '');
    await eventually(() => engine.taskTokens.isOpen('token-2'));
    engine.sendTaskSuccess('token-2', '"second"');
    // Assess
    expect(await result).toMatchObject({ status: 'SUCCEEDED', output: 'second' });
    expect(invoker.requests.map((request) => request.taskToken)).toEqual(['token-1', 'token-2']);
  });
});
