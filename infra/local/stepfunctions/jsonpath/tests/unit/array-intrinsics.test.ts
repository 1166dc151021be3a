import type { Json } from '../../../../assembly/json';
import { evaluateIntrinsic, type PathScope } from '../..';
import { statesErrorOf } from './expect-states-error';

const SCOPE: PathScope = { context: {}, variables: {} };

// Inputs from the developer guide's examples for the array intrinsics.
const DATA: Json = {
  inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  lookingFor: 5,
  index: 5,
  duplicates: [1, 2, 3, 3, 3, 3, 3, 3, 4],
  Id: 123456,
  objects: [{ a: 1, b: [1] }, { b: [1], a: 1 }, { a: 2 }],
};

const evaluate = (expression: string, data: Json = DATA) => evaluateIntrinsic(expression, data, SCOPE);

describe('the array intrinsics', () => {
  it.each<[string, Json]>([
    ['States.Array($.Id)', [123456]],
    ["States.Array('a', 1, $.lookingFor)", ['a', 1, 5]],
    ['States.ArrayPartition($.inputArray, 4)', [[1, 2, 3, 4], [5, 6, 7, 8], [9]]],
    ['States.ArrayPartition($.inputArray, 9)', [[1, 2, 3, 4, 5, 6, 7, 8, 9]]],
    ['States.ArrayPartition($.inputArray, 20)', [[1, 2, 3, 4, 5, 6, 7, 8, 9]]],
    ['States.ArrayPartition(States.Array(), 2)', []],
    ['States.ArrayContains($.inputArray, $.lookingFor)', true],
    ['States.ArrayContains($.inputArray, 10)', false],
    ['States.ArrayContains($.objects, $.objects[1])', true],
    ["States.ArrayContains($.inputArray, '5')", false],
    ['States.ArrayRange(1, 9, 2)', [1, 3, 5, 7, 9]],
    ['States.ArrayRange(0, 10, 3)', [0, 3, 6, 9]],
    ['States.ArrayRange(5, 1, -2)', [5, 3, 1]],
    ['States.ArrayRange(1, 0, 1)', []],
    ['States.ArrayGetItem($.inputArray, $.index)', 6],
    ['States.ArrayGetItem($.inputArray, 0)', 1],
    ['States.ArrayLength($.inputArray)', 9],
    ['States.ArrayLength(States.Array())', 0],
    ['States.ArrayUnique($.duplicates)', [1, 2, 3, 4]],
    ['States.ArrayUnique($.objects)', [{ a: 1, b: [1] }, { a: 2 }]],
  ])('%s → %j', (expression, expected) => {
    // Act
    const value = evaluate(expression);
    // Assess
    expect(value).toEqual(expected);
  });

  it('builds a range of exactly 1000 items, the limit', () => {
    // Act
    const value = evaluate('States.ArrayRange(1, 1000, 1)');
    // Assess
    expect(value).toHaveLength(1000);
  });

  describe('fail with States.IntrinsicFailure', () => {
    it.each<[string, string, Json]>([
      ['ArrayPartition on something else than an array', 'States.ArrayPartition($.Id, 2)', DATA],
      ['ArrayPartition with a zero chunk size', 'States.ArrayPartition($.inputArray, 0)', DATA],
      ['ArrayPartition with a negative chunk size', 'States.ArrayPartition($.inputArray, -1)', DATA],
      ['ArrayPartition with a decimal chunk size', 'States.ArrayPartition($.inputArray, 1.5)', DATA],
      [
        'ArrayPartition over the 256 KB payload limit',
        'States.ArrayPartition($.big, 2)',
        { big: ['x'.repeat(256 * 1024)] },
      ],
      ['ArrayContains without its value', 'States.ArrayContains($.inputArray)', DATA],
      ['ArrayContains on an object', 'States.ArrayContains($.objects[0], 1)', DATA],
      ['ArrayRange with a zero step', 'States.ArrayRange(1, 9, 0)', DATA],
      ['ArrayRange with a decimal bound', 'States.ArrayRange(1.5, 9, 1)', DATA],
      ['ArrayRange with a string bound', "States.ArrayRange('1', 9, 1)", DATA],
      ['ArrayRange over 1000 items', 'States.ArrayRange(1, 1001, 1)', DATA],
      ['ArrayGetItem past the end', 'States.ArrayGetItem($.inputArray, 9)', DATA],
      ['ArrayGetItem with a negative index', 'States.ArrayGetItem($.inputArray, -1)', DATA],
      ['ArrayGetItem with a decimal index', 'States.ArrayGetItem($.inputArray, 1.5)', DATA],
      ['ArrayLength on a string', "States.ArrayLength('abc')", DATA],
      ['ArrayLength with two arguments', 'States.ArrayLength($.inputArray, $.inputArray)', DATA],
      ['ArrayUnique on null', 'States.ArrayUnique(null)', DATA],
    ])('%s', (_, expression, data) => {
      // Act
      const error = statesErrorOf(() => evaluate(expression, data));
      // Assess
      expect(error.error).toBe('States.IntrinsicFailure');
      expect(error.cause).toContain(`Invalid arguments in ${expression.slice(0, expression.indexOf('('))}`);
    });
  });
});
