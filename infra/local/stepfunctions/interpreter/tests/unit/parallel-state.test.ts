import type { Json } from '../../../../assembly/json';
import { StatesError } from '../../../states-error';
import { eventTypes, execute, FakeInvoker } from './support/harness';

const SLOW = 'arn:aws:states:::lambda:invoke';
const FAILING = 'arn:aws:states:::dynamodb:putItem';

function parallel(fields: Record<string, Json>, branches: Json[]): Json {
  return { StartAt: 'Both', States: { Both: { Type: 'Parallel', Branches: branches, End: true, ...fields } } };
}

// State names are unique across a whole state machine, branches included.
const passBranch = (result: Json): Json => ({ StartAt: `Pass ${JSON.stringify(result)}`, States: { [`Pass ${JSON.stringify(result)}`]: { Type: 'Pass', Result: result, End: true } } });
const taskBranch = (resource: string): Json => ({ StartAt: `Call ${resource}`, States: { [`Call ${resource}`]: { Type: 'Task', Resource: resource, End: true } } });
const echoBranch = (name: string): Json => ({ StartAt: name, States: { [name]: { Type: 'Pass', End: true } } });

describe('Parallel state', () => {
  it('outputs the branch outputs in branch order', async () => {
    // Act
    const result = await execute(parallel({}, [passBranch('first'), passBranch('second')]), {});
    // Assess
    expect(result.output).toEqual(['first', 'second']);
  });

  it('gives every branch the same input, after InputPath and Parameters', async () => {
    // Prepare
    const branches = [echoBranch('Left'), echoBranch('Right')];
    // Act
    const result = await execute(parallel({ InputPath: '$.order', Parameters: { 'id.$': '$.id' } }, branches), { order: { id: 'o-1' } });
    // Assess
    expect(result.output).toEqual([{ id: 'o-1' }, { id: 'o-1' }]);
  });

  it('JSONata: Arguments feed the branches and Output reads $states.result', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Arguments: { n: '{% $states.input.n %}' },
          Branches: [
            { StartAt: 'Double', States: { Double: { Type: 'Pass', Output: '{% $states.input.n * 2 %}', End: true } } },
            { StartAt: 'Square', States: { Square: { Type: 'Pass', Output: '{% $states.input.n * $states.input.n %}', End: true } } },
          ],
          Output: { sum: '{% $sum($states.result) %}' },
          End: true,
        },
      },
    };
    // Act
    const result = await execute(definition, { n: 3 });
    // Assess
    expect(result.output).toEqual({ sum: 15 });
  });

  it('records ParallelStateStarted and ParallelStateSucceeded around the branches', async () => {
    // Act
    const result = await execute(parallel({}, [passBranch(1)]), {});
    // Assess
    expect(eventTypes(result)).toEqual([
      'ExecutionStarted',
      'ParallelStateEntered',
      'ParallelStateStarted',
      'PassStateEntered',
      'PassStateExited',
      'ParallelStateSucceeded',
      'ParallelStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('fails with the failing branch error, stops the other branches and records ParallelStateFailed', async () => {
    // Prepare
    const invoker = new FakeInvoker({
      [SLOW]: (request) =>
        new Promise((resolve) => {
          setTimeout(() => {
            resolve(request.signal.aborted ? 'aborted' : 'done');
          }, 300);
        }),
      [FAILING]: () => {
        throw new StatesError('DynamoDB.ConditionalCheckFailedException', 'condition failed');
      },
    });
    // Act
    const result = await execute(parallel({}, [taskBranch(SLOW), taskBranch(FAILING)]), {}, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'DynamoDB.ConditionalCheckFailedException', cause: 'condition failed' });
    expect(eventTypes(result)).toEqual(expect.arrayContaining(['TaskFailed', 'TaskStateAborted', 'ParallelStateFailed']));
    expect(invoker.requestsFor(SLOW)[0]?.signal.aborted).toBe(true);
  });

  it('lets the Parallel state Catch a branch failure', async () => {
    // Prepare
    const invoker = new FakeInvoker();
    const definition: Json = {
      StartAt: 'Both',
      States: {
        Both: { Type: 'Parallel', Branches: [passBranch('ok'), taskBranch(FAILING)], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Fallback' }], End: true },
        Fallback: { Type: 'Pass', Result: 'compensated', End: true },
      },
    };
    // Act
    const result = await execute(definition, {}, { invoker });
    // Assess
    expect(result.output).toBe('compensated');
  });

  it('retries the whole Parallel state', async () => {
    // Prepare
    let calls = 0;
    const invoker = new FakeInvoker({
      [FAILING]: () => {
        calls += 1;
        if (calls === 1) throw new StatesError('Transient', 'once');
        return 'second';
      },
    });
    // Act
    const result = await execute(parallel({ Retry: [{ ErrorEquals: ['Transient'], IntervalSeconds: 1 }] }, [passBranch('p'), taskBranch(FAILING)]), {}, { invoker });
    // Assess
    expect(result.output).toEqual(['p', 'second']);
    expect(eventTypes(result).filter((type) => type === 'ParallelStateStarted')).toHaveLength(2);
  });
});
