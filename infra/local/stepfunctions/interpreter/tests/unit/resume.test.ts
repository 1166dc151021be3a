import type { Json } from '../../../../assembly/json';
import { StatesError } from '../../../states-error';
import { ExecutionSuspended } from '../../errors/interpreter-errors';
import type { HistoryEvent } from '../../history/history-event';
import type { ExecutionSnapshot } from '../../runtime/snapshot';
import { EXECUTION_ARN, engineFor, eventTypes, eventually, execute, FakeInvoker, hanging } from './support/harness';
import { assertContinuous, runUntilCheckpoint } from './support/interrupt';

const LAMBDA = 'arn:aws:states:::lambda:invoke';
const CALLBACK = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

const progressOf = (snapshot: ExecutionSnapshot) => snapshot.root?.active.progress;
const text = (value: Json): string => (typeof value === 'string' ? value : JSON.stringify(value));

const waitThenPass: Json = {
  QueryLanguage: 'JSONata',
  StartAt: 'Remember',
  States: {
    Remember: { Type: 'Pass', Assign: { orderId: '{% $states.input.orderId %}' }, Next: 'Pause' },
    Pause: { Type: 'Wait', Seconds: 60, Next: 'Finish' },
    Finish: { Type: 'Pass', Output: { orderId: '{% $orderId %}', status: 'DONE' }, End: true },
  },
};

describe('resuming an execution from its last checkpoint', () => {
  it('continues a Wait and produces the same output and a continuous history as an uninterrupted run', async () => {
    // Prepare
    const uninterrupted = await execute(waitThenPass, { orderId: 'o-1' });
    const persisted = await runUntilCheckpoint(waitThenPass, { orderId: 'o-1' }, (snapshot) => progressOf(snapshot)?.kind === 'wait');
    // Act
    const resumed = await engineFor(waitThenPass).resume(persisted.snapshot, persisted.history);
    // Assess
    expect(resumed.output).toEqual(uninterrupted.output);
    expect(eventTypes(resumed)).toEqual(eventTypes(uninterrupted));
    assertContinuous(resumed.events);
  });

  it('keeps the Wait wake-up instant: a restart after the instant does not wait again', async () => {
    // Prepare
    const persisted = await runUntilCheckpoint(waitThenPass, { orderId: 'o-1' }, (snapshot) => progressOf(snapshot)?.kind === 'wait');
    const later = new Date(Date.now() + 10 * 60_000);
    const started = Date.now();
    // Act
    const resumed = await engineFor(waitThenPass, { now: () => later }).resume(persisted.snapshot, persisted.history);
    // Assess
    expect(resumed.status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('waits for the callback of a delivered task token without sending the request again', async () => {
    // Prepare
    const definition: Json = {
      StartAt: 'Approve',
      States: { Approve: { Type: 'Task', Resource: CALLBACK, Parameters: { 'token.$': '$$.Task.Token' }, HeartbeatSeconds: 600, End: true } },
    };
    const first = new FakeInvoker({ [CALLBACK]: () => ({ StatusCode: 202 }) });
    const delivered = (snapshot: ExecutionSnapshot) => {
      const progress = progressOf(snapshot);
      return progress?.kind === 'task' && progress.tokenDelivered === true;
    };
    const persisted = await runUntilCheckpoint(definition, {}, delivered, { invoker: first, newToken: () => 'token-A' });
    const second = new FakeInvoker({ [CALLBACK]: () => ({ StatusCode: 202 }) });
    const engine = engineFor(definition, { invoker: second });
    // Act
    const resumed = engine.resume(persisted.snapshot, persisted.history);
    await eventually(() => engine.taskTokens.isOpen('token-A'));
    engine.sendTaskSuccess('token-A', '{"approved":true}');
    // Assess
    const ended = await resumed;
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
    expect(second.requests).toHaveLength(0);
    expect(eventTypes(ended).filter((type) => type === 'TaskSubmitted')).toHaveLength(1);
    assertContinuous(ended.events);
  });

  it('sends a request that was in flight again (at-least-once), without recording it twice', async () => {
    // Prepare
    const definition: Json = { StartAt: 'Charge', States: { Charge: { Type: 'Task', Resource: LAMBDA, Parameters: { amount: 5 }, End: true } } };
    const persisted = await runUntilCheckpoint(definition, {}, (snapshot) => progressOf(snapshot)?.kind === 'task', {
      invoker: new FakeInvoker({ [LAMBDA]: hanging() }),
    });
    const second = new FakeInvoker({ [LAMBDA]: () => ({ charged: true }) });
    // Act
    const ended = await engineFor(definition, { invoker: second }).resume(persisted.snapshot, persisted.history);
    // Assess
    expect(ended.output).toEqual({ charged: true });
    expect(second.requests.map((request) => request.arguments)).toEqual([{ amount: 5 }]);
    expect(eventTypes(ended)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
  });

  it('finishes a Map without running the iterations that had already finished', async () => {
    // Prepare
    const definition: Json = {
      StartAt: 'Each',
      States: { Each: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { StartAt: 'Call', States: { Call: { Type: 'Task', Resource: LAMBDA, End: true } } }, End: true } },
    };
    const first = new FakeInvoker({ [LAMBDA]: (request) => (request.arguments === 'c' ? hanging()(request, 1) : `${text(request.arguments)}!`) });
    const persisted = await runUntilCheckpoint(definition, ['a', 'b', 'c', 'd'], (snapshot) => {
      const progress = progressOf(snapshot);
      return progress?.kind === 'map' && progress.children[2]?.status === 'running' && progress.children[2].branch.active.progress !== undefined;
    }, { invoker: first });
    const second = new FakeInvoker({ [LAMBDA]: (request) => `${text(request.arguments)}!` });
    // Act
    const ended = await engineFor(definition, { invoker: second }).resume(persisted.snapshot, persisted.history);
    // Assess
    expect(ended.output).toEqual(['a!', 'b!', 'c!', 'd!']);
    expect(second.requests.map((request) => request.arguments)).toEqual(['c', 'd']);
    assertContinuous(ended.events);
  });

  it('continues a pending retry interval and keeps the retry counters', async () => {
    // Prepare
    const definition: Json = {
      StartAt: 'Call',
      States: { Call: { Type: 'Task', Resource: LAMBDA, Parameters: { 'retry.$': '$$.State.RetryCount' }, Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 30, MaxAttempts: 2 }], End: true } },
    };
    const first = new FakeInvoker({
      [LAMBDA]: () => {
        throw new StatesError('Flaky', 'first attempt');
      },
    });
    const persisted = await runUntilCheckpoint(definition, {}, (snapshot) => snapshot.root?.active.retryWakeAt !== undefined, { invoker: first });
    const second = new FakeInvoker({ [LAMBDA]: (request) => request.arguments });
    // Act
    const ended = await engineFor(definition, { invoker: second }).resume(persisted.snapshot, persisted.history);
    // Assess
    expect(ended.output).toEqual({ retry: 1 });
  });

  it('suspends for a graceful shutdown without ending the execution, and resumes from the last checkpoint', async () => {
    // Prepare
    const history: HistoryEvent[] = [];
    let last: ExecutionSnapshot | undefined;
    const engine = engineFor(waitThenPass, {
      onCheckpoint: ({ snapshot, events }) => {
        history.push(...events);
        last = snapshot;
      },
    });
    const running = engine.start({ executionArn: EXECUTION_ARN, name: 'run-1', input: { orderId: 'o-1' } });
    await eventually(() => last !== undefined && progressOf(last)?.kind === 'wait');
    // Act
    await engine.suspend();
    const resumed = await engineFor(waitThenPass).resume(last as ExecutionSnapshot, history);
    // Assess
    await expect(running).rejects.toBeInstanceOf(ExecutionSuspended);
    expect(eventTypes(history)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'WaitStateEntered']);
    expect(resumed.output).toEqual({ orderId: 'o-1', status: 'DONE' });
    assertContinuous(resumed.events);
  });

  it('refuses a history that does not end where the snapshot was taken', async () => {
    // Prepare
    const persisted = await runUntilCheckpoint(waitThenPass, { orderId: 'o-1' }, (snapshot) => progressOf(snapshot)?.kind === 'wait');
    // Act
    const act = engineFor(waitThenPass).resume(persisted.snapshot, persisted.history.slice(0, -1));
    // Assess
    await expect(act).rejects.toThrow(/snapshot was taken at event/);
  });

  it('refuses a snapshot of an execution that has ended', async () => {
    // Prepare
    const finals: ExecutionSnapshot[] = [];
    await execute(waitThenPass, { orderId: 'o-1' }, { onCheckpoint: ({ snapshot }) => void finals.push(snapshot) });
    const final = finals.at(-1) as ExecutionSnapshot;
    // Act
    const act = engineFor(waitThenPass).resume(final, []);
    // Assess
    expect(final.status).toBe('SUCCEEDED');
    await expect(act).rejects.toThrow(/only running executions resume/);
  });
});
