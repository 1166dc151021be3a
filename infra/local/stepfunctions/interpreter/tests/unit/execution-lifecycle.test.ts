import type { Json } from '../../../../assembly/json';
import type { HistoryEvent } from '../../history/history-event';
import { EXECUTION_ARN, engineFor, eventTypes, eventsOfType, eventually, execute } from './support/harness';

const waiting: Json = { StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 3600, End: true } } };

describe('execution lifecycle', () => {
  it('records ExecutionStarted with the input and role, and ExecutionSucceeded with the output', async () => {
    // Act
    const result = await engineFor({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }).start({
      executionArn: EXECUTION_ARN,
      name: 'run-1',
      input: { a: 1 },
      roleArn: 'arn:aws:iam::123456789012:role/saga',
    });
    // Assess
    expect(result.events[0]).toMatchObject({
      id: 1,
      previousEventId: 0,
      type: 'ExecutionStarted',
      executionStartedEventDetails: { input: '{"a":1}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::123456789012:role/saga' },
    });
    expect(result.events.at(-1)).toMatchObject({ type: 'ExecutionSucceeded', executionSucceededEventDetails: { output: '{"a":1}' } });
  });

  it('stamps events with the injected clock, in seconds', async () => {
    // Prepare
    const now = new Date('2024-06-01T12:00:00.250Z');
    // Act
    const result = await execute({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, {}, { now: () => now });
    // Assess
    expect(result.events.map((event) => event.timestamp)).toEqual(result.events.map(() => now.getTime() / 1000));
    expect(result.startDate).toBe('2024-06-01T12:00:00.250Z');
  });

  it('stops an execution: running states are aborted, then ExecutionAborted', async () => {
    // Prepare
    const engine = engineFor(waiting);
    const running = engine.start({ executionArn: EXECUTION_ARN, name: 'run-1', input: {} });
    await eventually(() => engine.isRunning(EXECUTION_ARN));
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Act
    const stopped = await engine.stop(EXECUTION_ARN, 'Operator.Cancelled', 'customer asked');
    // Assess
    expect(stopped).toMatchObject({ status: 'ABORTED', error: 'Operator.Cancelled', cause: 'customer asked' });
    expect(eventTypes(await running)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'WaitStateAborted', 'ExecutionAborted']);
    expect(engine.isRunning(EXECUTION_ARN)).toBe(false);
  });

  it('answers a stop for an execution it is not running with undefined', async () => {
    // Act
    const stopped = await engineFor(waiting).stop('arn:aws:states:eu-west-1:123456789012:execution:Checkout:other');
    // Assess
    expect(stopped).toBeUndefined();
  });

  it('times the execution out after the top-level TimeoutSeconds', async () => {
    // Act
    const result = await execute({ TimeoutSeconds: 30, StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 3600, End: true } } });
    // Assess
    expect(result).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(eventTypes(result)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'WaitStateAborted', 'ExecutionTimedOut']);
  });

  it('fails an execution whose input exceeds 256 KiB', async () => {
    // Act
    const result = await execute({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, { blob: 'x'.repeat(270_000) });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });

  it('refuses to start an execution that is already running', async () => {
    // Prepare
    const engine = engineFor(waiting);
    const first = engine.start({ executionArn: EXECUTION_ARN, name: 'run-1', input: {} });
    // Act
    const second = engine.start({ executionArn: EXECUTION_ARN, name: 'run-1', input: {} });
    // Assess
    await expect(second).rejects.toThrow(/already running/);
    await engine.stop(EXECUTION_ARN);
    await first;
  });

  it('reports every event to onEvent as it is recorded', async () => {
    // Prepare
    const seen: [string, HistoryEvent][] = [];
    // Act
    const result = await execute({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, {}, { onEvent: (arn, event) => void seen.push([arn, event]) });
    // Assess
    expect(seen.map(([, event]) => event)).toEqual(result.events);
    expect(new Set(seen.map(([arn]) => arn))).toEqual(new Set([EXECUTION_ARN]));
  });

  it('delivers checkpoints one at a time and in order, their events adding up to the whole history', async () => {
    // Prepare
    let inFlight = 0;
    let overlapped = false;
    const persisted: HistoryEvent[] = [];
    const definition: Json = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'L1', States: { L1: { Type: 'Pass', Next: 'L2' }, L2: { Type: 'Wait', Seconds: 1, End: true } } },
            { StartAt: 'R1', States: { R1: { Type: 'Pass', Next: 'R2' }, R2: { Type: 'Wait', Seconds: 2, End: true } } },
          ],
          End: true,
        },
      },
    };
    // Act
    const result = await execute(definition, {}, {
      onCheckpoint: async ({ events }) => {
        inFlight += 1;
        overlapped ||= inFlight > 1;
        await new Promise((resolve) => setTimeout(resolve, 1));
        persisted.push(...events);
        inFlight -= 1;
      },
    });
    // Assess
    expect(overlapped).toBe(false);
    expect(persisted).toEqual(result.events);
  });

  it('chains each branch history through previousEventId', async () => {
    // Prepare
    const definition: Json = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
            { StartAt: 'Right', States: { Right: { Type: 'Pass', End: true } } },
          ],
          End: true,
        },
      },
    };
    // Act
    const result = await execute(definition, {});
    // Assess
    const started = eventsOfType(result, 'ParallelStateStarted')[0];
    const entered = eventsOfType(result, 'PassStateEntered');
    expect(entered.map((event) => event.previousEventId)).toEqual([started?.id, started?.id]);
    for (const event of eventsOfType(result, 'PassStateExited')) {
      const enteredFor = entered.find((candidate) => candidate.stateEnteredEventDetails?.name === event.stateExitedEventDetails?.name);
      expect(event.previousEventId).toBe(enteredFor?.id);
    }
  });

  it('rejects an invalid definition when the engine is created, listing the problems', () => {
    // Act
    const act = () => engineFor({ StartAt: 'Missing', States: { P: { Type: 'Pass', End: true } } });
    // Assess
    expect(act).toThrow(/Invalid state machine definition/);
  });
});
