import type { Json } from '../../../../assembly/json';
import { StatesError } from '../../../states-error';
import { eventTypes, eventsOfType, execute, FakeInvoker } from './support/harness';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

function jsonPathMap(fields: Record<string, Json>, processor: Json = { StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } }): Json {
  return { StartAt: 'Each', States: { Each: { Type: 'Map', ItemProcessor: processor, End: true, ...fields } } };
}

const callItem: Json = { StartAt: 'Call', States: { Call: { Type: 'Task', Resource: LAMBDA, End: true } } };

describe('Map state', () => {
  it.each<[string, Record<string, Json>, Json, Json]>([
    ['iterates the input array by default', {}, [1, 2, 3], [1, 2, 3]],
    ['iterates ItemsPath', { ItemsPath: '$.lines' }, { lines: ['a', 'b'] }, ['a', 'b']],
    ['iterates an empty array', { ItemsPath: '$.lines' }, { lines: [] }, []],
    ['builds each input with ItemSelector and Map.Item', { ItemsPath: '$.lines', ItemSelector: { 'sku.$': '$$.Map.Item.Value.sku', 'at.$': '$$.Map.Item.Index', 'order.$': '$.orderId' } }, { orderId: 'o', lines: [{ sku: 'x' }, { sku: 'y' }] }, [{ sku: 'x', at: 0, order: 'o' }, { sku: 'y', at: 1, order: 'o' }]],
    ['accepts the legacy Parameters as ItemSelector', { ItemsPath: '$.lines', Parameters: { 'v.$': '$$.Map.Item.Value' } }, { lines: [7] }, [{ v: 7 }]],
    ['places the results with ResultPath', { ItemsPath: '$.lines', ResultPath: '$.results' }, { lines: [1] }, { lines: [1], results: [1] }],
    ['shapes the results with ResultSelector', { ResultSelector: { 'count.$': 'States.ArrayLength($)' } }, [1, 2], { count: 2 }],
  ])('JSONPath: %s', async (_name, fields, input, expected) => {
    // Act
    const result = await execute(jsonPathMap(fields), input);
    // Assess
    expect(result.output).toEqual(expected);
  });

  it('JSONata: Items and ItemSelector are expressions over $states', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          Items: '{% $states.input.lines %}',
          ItemSelector: { sku: '{% $states.context.Map.Item.Value.sku %}', position: '{% $states.context.Map.Item.Index + 1 %}' },
          ItemProcessor: { StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } },
          Output: { skus: '{% $states.result.sku %}' },
          End: true,
        },
      },
    };
    // Act
    const result = await execute(definition, { lines: [{ sku: 'a' }, { sku: 'b' }] });
    // Assess
    expect(result.output).toEqual({ skus: ['a', 'b'] });
  });

  it('keeps results in item order whatever order the iterations finish in', async () => {
    // Prepare
    const invoker = new FakeInvoker({
      [LAMBDA]: async (request) =>
        new Promise((resolve) => {
          setTimeout(() => {
            resolve(request.arguments);
          }, 30 - Number(request.arguments) * 10);
        }),
    });
    // Act
    const result = await execute(jsonPathMap({}, callItem), [0, 1, 2], { invoker });
    // Assess
    expect(result.output).toEqual([0, 1, 2]);
  });

  it.each<[string, Json]>([
    ['MaxConcurrency', jsonPathMap({ ItemsPath: '$.items', MaxConcurrency: 2 }, callItem)],
    ['MaxConcurrencyPath', jsonPathMap({ ItemsPath: '$.items', MaxConcurrencyPath: '$.limit' }, callItem)],
    [
      'a JSONata MaxConcurrency expression',
      {
        QueryLanguage: 'JSONata',
        StartAt: 'Each',
        States: { Each: { Type: 'Map', Items: '{% $states.input.items %}', MaxConcurrency: '{% $states.input.limit %}', ItemProcessor: callItem, End: true } },
      },
    ],
  ])('runs at most %s iterations at once', async (_name, definition) => {
    // Prepare
    let running = 0;
    let peak = 0;
    const invoker = new FakeInvoker({
      [LAMBDA]: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return null;
      },
    });
    // Act
    await execute(definition, { items: [1, 2, 3, 4, 5], limit: 2 }, { invoker });
    // Assess
    expect(peak).toBe(2);
  });

  it('records MapStateStarted with the length and one MapIteration… pair per item', async () => {
    // Act
    const result = await execute(jsonPathMap({}), ['a', 'b']);
    // Assess
    expect(eventsOfType(result, 'MapStateStarted')[0]?.mapStateStartedEventDetails).toEqual({ length: 2 });
    expect(eventsOfType(result, 'MapIterationStarted').map((event) => event.mapIterationStartedEventDetails)).toEqual([
      { name: 'Each', index: 0 },
      { name: 'Each', index: 1 },
    ]);
    expect(eventTypes(result).filter((type) => type.startsWith('Map'))).toEqual([
      'MapStateEntered',
      'MapStateStarted',
      'MapIterationStarted',
      'MapIterationStarted',
      'MapIterationSucceeded',
      'MapIterationSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
    ]);
  });

  it('fails with the failing iteration error and aborts the others when nothing is tolerated', async () => {
    // Prepare
    const invoker = new FakeInvoker({
      [LAMBDA]: (request) => {
        if (request.arguments === 'bad') throw new StatesError('Item.Invalid', 'bad item');
        return new Promise((resolve) => {
          setTimeout(() => {
            resolve('slow');
          }, 200);
        });
      },
    });
    // Act
    const result = await execute(jsonPathMap({}, callItem), ['slow', 'bad'], { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'Item.Invalid', cause: 'bad item' });
    expect(eventTypes(result)).toEqual(expect.arrayContaining(['MapIterationFailed', 'MapIterationAborted', 'TaskStateAborted', 'MapStateFailed']));
    expect(invoker.requests[0]?.signal.aborted).toBe(true);
  });

  it.each<[string, Record<string, Json>, string]>([
    ['ToleratedFailureCount 1 tolerates one failure', { ToleratedFailureCount: 1 }, 'SUCCEEDED'],
    ['ToleratedFailureCount 0 tolerates none', { ToleratedFailureCount: 0 }, 'FAILED'],
    ['ToleratedFailurePercentage 25 tolerates one failure in four', { ToleratedFailurePercentage: 25 }, 'SUCCEEDED'],
    ['ToleratedFailurePercentage 20 does not', { ToleratedFailurePercentage: 20 }, 'FAILED'],
    ['ToleratedFailureCountPath', { ToleratedFailureCountPath: '$.tolerate' }, 'SUCCEEDED'],
  ])('%s', async (_name, fields, status) => {
    // Prepare
    const invoker = new FakeInvoker({
      [LAMBDA]: (request) => {
        if (request.arguments === 3) throw new StatesError('Item.Invalid', 'three');
        return request.arguments;
      },
    });
    // Act
    const result = await execute(jsonPathMap({ ItemsPath: '$.items', ...fields }, callItem), { items: [1, 2, 3, 4], tolerate: 1 }, { invoker });
    // Assess
    expect(result.status).toBe(status);
    if (status === 'FAILED') expect(result.error).toBe('States.ExceedToleratedFailureThreshold');
    else expect(result.output).toEqual([1, 2, { Error: 'Item.Invalid', Cause: 'three' }, 4]);
  });

  it.each<[string, Json]>([
    ['ItemsPath selects an object', { items: { a: 1 } }],
    ['ItemsPath selects nothing', {}],
  ])('fails with States.Runtime when %s', async (_name, input) => {
    // Act
    const result = await execute(jsonPathMap({ ItemsPath: '$.items' }), input);
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  it('fails with States.QueryEvaluationError when JSONata Items is not an array', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Each',
      States: { Each: { Type: 'Map', Items: '{% "text" %}', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } },
    };
    // Act
    const result = await execute(definition, {});
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
  });

  it('catches an iteration failure with the Map state Catch', async () => {
    // Prepare
    const invoker = new FakeInvoker();
    const definition: Json = {
      StartAt: 'Each',
      States: {
        Each: { Type: 'Map', ItemProcessor: callItem, Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Handle' }], ItemsPath: '$.items', End: true },
        Handle: { Type: 'Pass', End: true },
      },
    };
    // Act
    const result = await execute(definition, { items: [1] }, { invoker });
    // Assess
    expect(result.output).toEqual({ items: [1], error: { Error: 'Test.UnknownResource', Cause: LAMBDA } });
  });
});
