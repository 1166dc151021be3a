import type { Json } from '../../../../assembly/json';
import { eventsOfType, execute, FakeInvoker, single } from './support/harness';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

describe('JSONata data flow', () => {
  it('Task: Arguments evaluate against $states.input; Output against $states.result', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: (request) => ({ Payload: { echoed: request.arguments } }) });
    const state = {
      Type: 'Task',
      Resource: LAMBDA,
      Arguments: { FunctionName: 'reserve', Payload: { orderId: '{% $states.input.order.id %}', lines: '{% $count($states.input.order.lines) %}' } },
      Output: { reservation: '{% $states.result.Payload.echoed %}', from: '{% $states.input.order.id %}' },
    };
    // Act
    const result = await execute(single(state, 'JSONata'), { order: { id: 'o-1', lines: [1, 2] } }, { invoker });
    // Assess
    expect(invoker.requests[0]?.arguments).toEqual({ FunctionName: 'reserve', Payload: { orderId: 'o-1', lines: 2 } });
    expect(result.output).toEqual({ reservation: { FunctionName: 'reserve', Payload: { orderId: 'o-1', lines: 2 } }, from: 'o-1' });
  });

  it.each<[string, Record<string, Json>, Json, Json]>([
    ['a Task without Output outputs its result', { Type: 'Task', Resource: LAMBDA }, { a: 1 }, { from: 'task' }],
    ['a Pass without Output outputs its input', { Type: 'Pass' }, { a: 1 }, { a: 1 }],
    ['Output may be a single expression', { Type: 'Pass', Output: '{% $states.input.a + 1 %}' }, { a: 1 }, 2],
    ['Output may be a literal', { Type: 'Pass', Output: { list: [1, 'two', null] } }, {}, { list: [1, 'two', null] }],
    ['a Succeed state applies Output', { Type: 'Succeed', Output: { done: '{% $states.input.a %}' } }, { a: 3 }, { done: 3 }],
    ['Output can read the context object', { Type: 'Pass', Output: '{% $states.context.State.Name %}' }, {}, 'S'],
  ])('%s', async (_name, state, input, expected) => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => ({ from: 'task' }) });
    // Act
    const result = await execute(single(state, 'JSONata'), input, { invoker });
    // Assess
    expect(result.output).toEqual(expected);
  });

  it('fails with States.QueryEvaluationError and records EvaluationFailed when an expression fails', async () => {
    // Prepare
    const state = { Type: 'Pass', Output: { total: '{% $states.input.price * $states.input.qty %}' } };
    // Act
    const result = await execute(single(state, 'JSONata'), { price: 'free', qty: 2 });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(eventsOfType(result, 'EvaluationFailed')[0]?.evaluationFailedEventDetails).toMatchObject({
      error: 'States.QueryEvaluationError',
      location: 'Output/total',
      state: 'S',
    });
  });

  it('lets a JSONata state run inside a JSONPath state machine', async () => {
    // Prepare
    const definition: Json = {
      StartAt: 'Path',
      States: {
        Path: { Type: 'Pass', Parameters: { 'n.$': '$.n' }, Next: 'Ata' },
        Ata: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input.n * 2 %}', End: true },
      },
    };
    // Act
    const result = await execute(definition, { n: 21 });
    // Assess
    expect(result.output).toBe(42);
  });
});
