import type { Json } from '../../../../assembly/json';
import { applyResultPath } from '../..';
import { statesErrorOf } from './expect-states-error';

// The developer guide's ResultPath example: a state input and the greeting a Lambda function returns for it.
const INPUT: Json = {
  comment: 'This is a test of the input and output of a Task state.',
  details: 'Default example',
  who: 'AWS Step Functions',
};
const RESULT: Json = 'Hello, AWS Step Functions!';

describe('applyResultPath', () => {
  it.each<[string, string | null | undefined, Json]>([
    ['an absent ResultPath replaces the input with the result', undefined, RESULT],
    ['"$" replaces the input with the result', '$', RESULT],
    ['null discards the result and keeps the input', null, INPUT],
    ['"$.taskresult" adds the result to the input', '$.taskresult', { ...INPUT, taskresult: RESULT }],
    ['"$.details" overwrites an existing field', '$.details', { ...INPUT, details: RESULT }],
    [
      '"$.strings.lambdaresult" creates the objects along the way',
      '$.strings.lambdaresult',
      { ...INPUT, strings: { lambdaresult: RESULT } },
    ],
    ['bracket notation names a field the same way', "$['task result']", { ...INPUT, 'task result': RESULT }],
  ])('%s', (_, resultPath, expected) => {
    // Act
    const output = applyResultPath(INPUT, RESULT, resultPath);
    // Assess
    expect(output).toEqual(expected);
  });

  it('places error output under a Catch ResultPath next to the original input', () => {
    // Prepare
    const errorOutput = { Error: 'States.TaskFailed', Cause: 'boom' };
    // Act
    const output = applyResultPath({ orderId: 'o-1' }, errorOutput, '$.error-info');
    // Assess
    expect(output).toEqual({ orderId: 'o-1', 'error-info': errorOutput });
  });

  it('sets into an existing nested object without losing its other fields', () => {
    // Act
    const output = applyResultPath({ a: { keep: 1, b: { keep: 2 } } }, 3, '$.a.b.c');
    // Assess
    expect(output).toEqual({ a: { keep: 1, b: { keep: 2, c: 3 } } });
  });

  it('replaces an element of an existing array by index', () => {
    // Act
    const output = applyResultPath({ list: [1, 2, 3] }, 'x', '$.list[1]');
    // Assess
    expect(output).toEqual({ list: [1, 'x', 3] });
  });

  it('keeps the position of an overwritten field', () => {
    // Act
    const output = applyResultPath({ first: 1, second: 2, third: 3 }, 'x', '$.second');
    // Assess
    expect(Object.keys(output as object)).toEqual(['first', 'second', 'third']);
  });

  it('treats a __proto__ field as an ordinary field', () => {
    // Act
    const output = applyResultPath({}, { polluted: true }, "$['__proto__']");
    // Assess
    expect(Object.getOwnPropertyNames(output)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never mutates its arguments', () => {
    // Prepare
    const input = { a: { b: 1 }, list: [1, 2] };
    const result = { r: 1 };
    const before = JSON.stringify({ input, result });
    // Act
    applyResultPath(input, result, '$.a.c');
    applyResultPath(input, result, '$.list[0]');
    // Assess
    expect(JSON.stringify({ input, result })).toBe(before);
  });

  describe('fails with States.Runtime', () => {
    it.each<[string, Json, string]>([
      ['the input is a string', 'plain text', '$.result'],
      ['the input is an array', [1, 2], '$.result'],
      ['the input is null', null, '$.result'],
      ['a field on the way is a number', { a: 1 }, '$.a.b'],
      ['a field on the way is null', { a: null }, '$.a.b'],
      ['an index is out of bounds', { list: [1] }, '$.list[3]'],
      ['an index is used on an object', { list: {} }, '$.list[0]'],
    ])('when %s', (_, input, resultPath) => {
      // Act
      const error = statesErrorOf(() => applyResultPath(input, 'result', resultPath));
      // Assess
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toContain(`Unable to apply ResultPath '${resultPath}'`);
    });

    it.each(['$.a[*]', '$..a', '$.a[?(@.x)]', '$$.Execution.Id', '$variable', 'a.b'])(
      'when %s is not a Reference Path on the input',
      (resultPath) => {
        // Act
        const error = statesErrorOf(() => applyResultPath({}, 'result', resultPath));
        // Assess
        expect(error.error).toBe('States.Runtime');
      },
    );
  });
});
