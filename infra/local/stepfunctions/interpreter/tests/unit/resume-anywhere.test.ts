import type { Json } from '../../../../assembly/json';
import type { HistoryEvent } from '../../history/history-event';
import type { ExecutionResult } from '../../runtime/execution-run';
import type { ExecutionSnapshot } from '../../runtime/snapshot';
import { engineFor, execute, FakeInvoker } from './support/harness';
import { assertContinuous } from './support/interrupt';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

interface Persisted {
  readonly snapshot: ExecutionSnapshot;
  readonly history: HistoryEvent[];
}

/** Every checkpoint of one uninterrupted run, each with the history persisted up to it. */
async function everyCheckpoint(definition: Json, input: Json): Promise<{ result: ExecutionResult; checkpoints: Persisted[] }> {
  const history: HistoryEvent[] = [];
  const checkpoints: Persisted[] = [];
  const result = await execute(definition, input, {
    invoker: echoInvoker(),
    onCheckpoint: ({ snapshot, events }) => {
      history.push(...events);
      if (snapshot.status === 'RUNNING') checkpoints.push({ snapshot, history: [...history] });
    },
  });
  return { result, checkpoints };
}

function echoInvoker(): FakeInvoker {
  return new FakeInvoker({ [LAMBDA]: (request) => ({ echoed: request.arguments }) });
}

function typeCounts(events: readonly HistoryEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}

const definitions: [string, Json, Json][] = [
  [
    'JSONPath: Task, Wait, Parallel of Maps',
    {
      StartAt: 'Price',
      States: {
        Price: { Type: 'Task', Resource: LAMBDA, Parameters: { 'order.$': '$.order' }, ResultSelector: { 'total.$': '$.echoed.order.total' }, ResultPath: '$.price', Next: 'Pause' },
        Pause: { Type: 'Wait', Seconds: 2, Next: 'Fan' },
        Fan: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Lines', States: { Lines: { Type: 'Map', ItemsPath: '$.order.lines', MaxConcurrency: 2, ItemProcessor: { StartAt: 'Reserve', States: { Reserve: { Type: 'Task', Resource: LAMBDA, End: true } } }, End: true } } },
            { StartAt: 'Note', States: { Note: { Type: 'Pass', Result: 'noted', Next: 'Breathe' }, Breathe: { Type: 'Wait', Seconds: 1, End: true } } },
          ],
          End: true,
        },
      },
    },
    { order: { total: 12, lines: ['a', 'b', 'c'] } },
  ],
  [
    'JSONata: variables, Choice loop, Map with ItemSelector',
    {
      QueryLanguage: 'JSONata',
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { round: 0 }, Next: 'Loop' },
        Loop: { Type: 'Choice', Choices: [{ Condition: '{% $round < 3 %}', Next: 'Work' }], Default: 'Each' },
        Work: { Type: 'Task', Resource: LAMBDA, Arguments: { round: '{% $round %}' }, Assign: { round: '{% $round + 1 %}' }, Next: 'Loop' },
        Each: {
          Type: 'Map',
          Items: '{% [1, 2, 3] %}',
          ItemSelector: { n: '{% $states.context.Map.Item.Value * $round %}' },
          ItemProcessor: { StartAt: 'Square', States: { Square: { Type: 'Pass', Output: '{% $states.input.n * $states.input.n %}', End: true } } },
          End: true,
        },
      },
    },
    {},
  ],
];

describe('resuming from any checkpoint', () => {
  it.each(definitions)('%s: every checkpoint resumes to the same output, with no event lost or repeated', async (_name, definition, input) => {
    // Prepare
    const { result, checkpoints } = await everyCheckpoint(definition, input);
    // Act
    const resumed = await Promise.all(checkpoints.map(({ snapshot, history }) => engineFor(definition, { invoker: echoInvoker() }).resume(snapshot, history)));
    // Assess
    expect(checkpoints.length).toBeGreaterThan(10);
    for (const ended of resumed) {
      expect(ended.output).toEqual(result.output);
      expect(typeCounts(ended.events)).toEqual(typeCounts(result.events));
      assertContinuous(ended.events);
    }
  });
});
