import type { Json } from '../../../../assembly/json';
import { EXECUTION_ARN, execute, FakeInvoker, single, STATE_MACHINE_ARN } from './support/harness';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

describe('JSONPath data flow', () => {
  it.each<[string, Record<string, Json>, Json, Json]>([
    ['InputPath selects the effective input', { InputPath: '$.order' }, { order: { id: 1 }, other: 2 }, { id: 1 }],
    ['InputPath null gives {}', { InputPath: null }, { a: 1 }, {}],
    ['Parameters build a new object with .$ fields', { Parameters: { 'id.$': '$.order.id', fixed: 'x' } }, { order: { id: 7 } }, { id: 7, fixed: 'x' }],
    ['Parameters read the context object', { Parameters: { 'state.$': '$$.State.Name' } }, {}, { state: 'S' }],
    ['Parameters call intrinsic functions', { Parameters: { 'greeting.$': "States.Format('Hi {}', $.name)" } }, { name: 'Ana' }, { greeting: 'Hi Ana' }],
    ['Result replaces the input by default', { Result: { r: 1 } }, { a: 1 }, { r: 1 }],
    ['ResultPath places the result inside the raw input', { Result: 'done', ResultPath: '$.status' }, { a: 1 }, { a: 1, status: 'done' }],
    ['ResultPath merges into the raw input even with InputPath', { InputPath: '$.a', Result: 'r', ResultPath: '$.b' }, { a: { x: 1 } }, { a: { x: 1 }, b: 'r' }],
    ['ResultPath null discards the result', { Result: 'ignored', ResultPath: null }, { a: 1 }, { a: 1 }],
    ['OutputPath filters the output', { Result: { keep: 1, drop: 2 }, OutputPath: '$.keep' }, {}, 1],
    ['OutputPath null gives {}', { OutputPath: null }, { a: 1 }, {}],
  ])('Pass: %s', async (_name, fields, input, expected) => {
    // Act
    const result = await execute(single({ Type: 'Pass', ...fields }), input);
    // Assess
    expect(result.output).toEqual(expected);
  });

  it('Task: InputPath → Parameters → ResultSelector → ResultPath → OutputPath, in that order', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: (request) => ({ Payload: { reserved: request.arguments }, StatusCode: 200 }) });
    const state = {
      Type: 'Task',
      Resource: LAMBDA,
      InputPath: '$.order',
      Parameters: { 'orderId.$': '$.id' },
      ResultSelector: { 'reservation.$': '$.Payload.reserved' },
      ResultPath: '$.stock',
      OutputPath: '$.stock.reservation',
    };
    // Act
    const result = await execute(single(state), { order: { id: 'o-1' }, customer: 'c-1' }, { invoker });
    // Assess
    expect(invoker.requests[0]?.arguments).toEqual({ orderId: 'o-1' });
    expect(result.output).toEqual({ orderId: 'o-1' });
  });

  it('Task without Parameters sends the effective input', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => 'ok' });
    // Act
    await execute(single({ Type: 'Task', Resource: LAMBDA, InputPath: '$.payload' }), { payload: { a: 1 } }, { invoker });
    // Assess
    expect(invoker.requests[0]?.arguments).toEqual({ a: 1 });
  });

  it('exposes the documented context object fields', async () => {
    // Prepare
    const state = { Type: 'Pass', Parameters: { 'context.$': '$$' } };
    // Act
    const result = await execute(single(state), { x: 1 });
    // Assess
    expect(result.output).toEqual({
      context: {
        Execution: { Id: EXECUTION_ARN, Input: { x: 1 }, Name: 'run-1', RoleArn: expect.stringContaining(':role/') as unknown, StartTime: expect.any(String) as unknown, RedriveCount: 0 },
        State: { EnteredTime: expect.any(String) as unknown, Name: 'S', RetryCount: 0 },
        StateMachine: { Id: STATE_MACHINE_ARN, Name: 'Checkout' },
      },
    });
  });

  it.each<[string, Record<string, Json>]>([
    ['an InputPath that selects nothing', { InputPath: '$.missing' }],
    ['a Parameters path that selects nothing', { Parameters: { 'a.$': '$.missing' } }],
    ['a ResultPath into a non-object', { Result: 1, ResultPath: '$.a.b' }],
    ['an OutputPath that selects nothing', { OutputPath: '$.missing' }],
  ])('fails the execution with States.Runtime on %s', async (_name, fields) => {
    // Act
    const result = await execute(single({ Type: 'Pass', ...fields }), { a: 'text' });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  it('fails with States.DataLimitExceeded when a state output exceeds 256 KiB', async () => {
    // Prepare
    const state = { Type: 'Pass', Parameters: { 'big.$': "States.ArrayRange(1, 1000, 1)", 'text.$': '$.text' } };
    // Act
    const result = await execute(single(state), { text: 'x'.repeat(262_000) });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});
