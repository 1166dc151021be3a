import type { Json } from '../../../../assembly/json';
import { eventsOfType, execute, FakeInvoker } from './support/harness';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

describe('workflow variables', () => {
  it('JSONata: assignments of one state all read the values from before it, and so does Output', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { x: 1, y: 10 }, Next: 'Swap' },
        Swap: { Type: 'Pass', Assign: { x: '{% $y %}', y: '{% $x %}' }, Output: { x: '{% $x %}', y: '{% $y %}' }, Next: 'Read' },
        Read: { Type: 'Pass', Output: { x: '{% $x %}', y: '{% $y %}', before: '{% $states.input %}' }, End: true },
      },
    };
    // Act
    const result = await execute(definition);
    // Assess
    expect(result.output).toEqual({ x: 10, y: 1, before: { x: 1, y: 10 } });
  });

  it('JSONata: Assign reads $states.result and $states.input of a Task', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => ({ Payload: { paymentId: 'p-9' } }) });
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Pay',
      States: {
        Pay: { Type: 'Task', Resource: LAMBDA, Assign: { paymentId: '{% $states.result.Payload.paymentId %}', orderId: '{% $states.input.orderId %}' }, Next: 'Use' },
        Use: { Type: 'Pass', Output: '{% $orderId & "/" & $paymentId %}', End: true },
      },
    };
    // Act
    const result = await execute(definition, { orderId: 'o-1' }, { invoker });
    // Assess
    expect(result.output).toBe('o-1/p-9');
  });

  it('JSONPath: Assign reads the selected result as $ and variables as $name', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => ({ Payload: { total: 30 }, StatusCode: 200 }) });
    const definition: Json = {
      StartAt: 'Price',
      States: {
        Price: {
          Type: 'Task',
          Resource: LAMBDA,
          ResultSelector: { 'total.$': '$.Payload.total' },
          Assign: { 'total.$': '$.total', currency: 'EUR' },
          ResultPath: null,
          Next: 'Use',
        },
        Use: { Type: 'Pass', Parameters: { 'total.$': '$total', 'currency.$': '$currency', 'input.$': '$' }, End: true },
      },
    };
    // Act
    const result = await execute(definition, { orderId: 'o-1' }, { invoker });
    // Assess
    expect(result.output).toEqual({ total: 30, currency: 'EUR', input: { orderId: 'o-1' } });
  });

  it('JSONPath: a Pass state Assign reads its result, a Wait state its input', async () => {
    // Prepare
    const definition: Json = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Result: { r: 'result' }, ResultPath: '$.res', Assign: { 'fromPass.$': '$.r' }, Next: 'W' },
        W: { Type: 'Wait', Seconds: 0, Assign: { 'fromWait.$': '$.res.r' }, Next: 'Out' },
        Out: { Type: 'Pass', Parameters: { 'p.$': '$fromPass', 'w.$': '$fromWait' }, End: true },
      },
    };
    // Act
    const result = await execute(definition, {});
    // Assess
    expect(result.output).toEqual({ p: 'result', w: 'result' });
  });

  it('records the assigned variables on the state-exited event, as JSON text', async () => {
    // Prepare
    const definition: Json = { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Assign: { n: 1, s: 'x', o: { k: [true] } }, End: true } } };
    // Act
    const result = await execute(definition);
    // Assess
    expect(eventsOfType(result, 'PassStateExited')[0]?.stateExitedEventDetails).toMatchObject({
      assignedVariables: { n: '1', s: '"x"', o: '{"k":[true]}' },
      assignedVariablesDetails: { truncated: false },
    });
  });

  it('lets Map iterations read outer variables, keeps their own variables apart, and never changes outer ones', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { factor: 10 }, Next: 'Each' },
        Each: {
          Type: 'Map',
          Items: '{% $states.input.items %}',
          ItemProcessor: {
            StartAt: 'Remember',
            States: {
              Remember: { Type: 'Pass', Assign: { mine: '{% $states.input %}' }, Next: 'Compute' },
              Compute: { Type: 'Pass', Output: '{% $mine * $factor %}', End: true },
            },
          },
          Next: 'After',
        },
        After: { Type: 'Pass', Output: { results: '{% $states.input %}', factor: '{% $factor %}', mineOutside: '{% $exists($mine) %}' }, End: true },
      },
    };
    // Act
    const result = await execute(definition, { items: [1, 2, 3] });
    // Assess
    expect(result.output).toEqual({ results: [10, 20, 30], factor: 10, mineOutside: false });
  });

  it('lets Parallel branches read outer variables; the Parallel state itself assigns in the outer scope', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { base: 'b' }, Next: 'Both' },
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'L', States: { L: { Type: 'Pass', Output: '{% $base & "-left" %}', End: true } } },
            { StartAt: 'R', States: { R: { Type: 'Pass', Output: '{% $base & "-right" %}', End: true } } },
          ],
          Assign: { joined: '{% $join($states.result, "+") %}' },
          Next: 'After',
        },
        After: { Type: 'Pass', Output: '{% $joined %}', End: true },
      },
    };
    // Act
    const result = await execute(definition);
    // Assess
    expect(result.output).toBe('b-left+b-right');
  });

  it('JSONata Catch: Assign and Output read $states.errorOutput', async () => {
    // Prepare
    const invoker = new FakeInvoker();
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: LAMBDA,
          Catch: [{ ErrorEquals: ['States.ALL'], Assign: { failure: '{% $states.errorOutput.Error %}' }, Output: { handled: '{% $states.errorOutput.Cause %}' }, Next: 'After' }],
          End: true,
        },
        After: { Type: 'Pass', Output: { failure: '{% $failure %}', output: '{% $states.input %}' }, End: true },
      },
    };
    // Act
    const result = await execute(definition, {}, { invoker });
    // Assess
    expect(result.output).toEqual({ failure: 'Test.UnknownResource', output: { handled: LAMBDA } });
  });

  it('JSONPath Catch: Assign reads the error output as $', async () => {
    // Prepare
    const definition: Json = {
      StartAt: 'Call',
      States: {
        Call: { Type: 'Task', Resource: LAMBDA, Catch: [{ ErrorEquals: ['States.ALL'], Assign: { 'failure.$': '$.Error' }, ResultPath: '$.error', Next: 'After' }], End: true },
        After: { Type: 'Pass', Parameters: { 'failure.$': '$failure', 'cause.$': '$.error.Cause' }, End: true },
      },
    };
    // Act
    const result = await execute(definition, {});
    // Assess
    expect(result.output).toEqual({ failure: 'Test.UnknownResource', cause: LAMBDA });
  });

  it('fails with States.DataLimitExceeded when a variable exceeds 256 KiB', async () => {
    // Prepare
    const definition: Json = { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Assign: { big: '{% $pad("", 270000, "x") %}' }, End: true } } };
    // Act
    const result = await execute(definition);
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});
