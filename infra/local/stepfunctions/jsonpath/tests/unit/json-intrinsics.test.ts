import type { Json } from '../../../../assembly/json';
import { evaluateIntrinsic, type PathScope } from '../..';
import { statesErrorOf } from './expect-states-error';

const SCOPE: PathScope = { context: {}, variables: {} };
const evaluate = (expression: string, data: Json = {}) => evaluateIntrinsic(expression, data, SCOPE);

describe('States.StringToJson', () => {
  it.each<[string, Json]>([
    ['{"foo": "bar"}', { foo: 'bar' }],
    ['[1, 2, "HelloWorld"]', [1, 2, 'HelloWorld']],
    ['"HelloWorld"', 'HelloWorld'],
    ['1.1', 1.1],
    ['true', true],
    ['null', null],
    ['', null],
    ['   ', null],
  ])('parses %j', (text, expected) => {
    // Act
    const value = evaluate('States.StringToJson($.escapedJsonString)', { escapedJsonString: text });
    // Assess
    expect(value).toEqual(expected);
  });

  it.each<[string, Json]>([
    ['the text is not JSON', { s: '{foo: bar}' }],
    ['the argument is not a string', { s: { foo: 'bar' } }],
  ])('fails with States.IntrinsicFailure when %s', (_, data) => {
    // Act
    const error = statesErrorOf(() => evaluate('States.StringToJson($.s)', data));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});

describe('States.JsonToString', () => {
  it.each<[Json, string]>([
    [{ foo: 'bar' }, '{"foo":"bar"}'],
    [{ Arg1: 1, Arg2: [] }, '{"Arg1":1,"Arg2":[]}'],
    [[1, 2, 'HelloWorld'], '[1,2,"HelloWorld"]'],
    ['HelloWorld', '"HelloWorld"'],
    [1.1, '1.1'],
    [null, 'null'],
  ])('renders %j as compact JSON text', (unescapedJson, expected) => {
    // Act
    const value = evaluate('States.JsonToString($.unescapedJson)', { unescapedJson: unescapedJson });
    // Assess
    expect(value).toBe(expected);
  });

  it('round-trips through States.StringToJson', () => {
    // Prepare
    const data = { value: { nested: [1, { deep: true }] } };
    // Act
    const value = evaluate('States.StringToJson(States.JsonToString($.value))', data);
    // Assess
    expect(value).toEqual(data.value);
  });

  it('fails with States.IntrinsicFailure without an argument', () => {
    // Act
    const error = statesErrorOf(() => evaluate('States.JsonToString()'));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});

describe('States.JsonMerge', () => {
  it('merges shallowly: a key in both takes the second value whole (the developer guide example)', () => {
    // Prepare
    const data = { json1: { a: { a1: 1, a2: 2 }, b: 2 }, json2: { a: { a3: 1, a4: 2 }, c: 3 } };
    // Act
    const value = evaluate('States.JsonMerge($.json1, $.json2, false)', data);
    // Assess
    expect(value).toEqual({ a: { a3: 1, a4: 2 }, b: 2, c: 3 });
  });

  it('keeps the first object key order and appends the new keys', () => {
    // Act
    const value = evaluate('States.JsonMerge($.x, $.y, false)', { x: { d: 3, b: 2 }, y: { c: 4, d: 5 } });
    // Assess
    expect(Object.entries(value as object)).toEqual([
      ['d', 5],
      ['b', 2],
      ['c', 4],
    ]);
  });

  it.each<[string, string, Json]>([
    ['deep merging is asked for', 'States.JsonMerge($.x, $.y, true)', { x: {}, y: {} }],
    ['the third argument is missing', 'States.JsonMerge($.x, $.y)', { x: {}, y: {} }],
    ['the third argument is not a boolean', "States.JsonMerge($.x, $.y, 'false')", { x: {}, y: {} }],
    ['an argument is an array', 'States.JsonMerge($.x, $.y, false)', { x: [], y: {} }],
    ['an argument is a string', "States.JsonMerge($.x, 'y', false)", { x: {} }],
  ])('fails with States.IntrinsicFailure when %s', (_, expression, data) => {
    // Act
    const error = statesErrorOf(() => evaluate(expression, data));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});
