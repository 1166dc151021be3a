import type { Json } from '../../../../assembly/json';
import { evaluateIntrinsic, isIntrinsic, type PathScope } from '../..';
import { statesErrorOf } from './expect-states-error';

const SCOPE: PathScope = { context: { Execution: { Id: 'exec-1' } }, variables: { greeting: 'hi', list: [10, 20] } };
const DATA: Json = {
  name: 'Ada',
  'a,b': 'comma',
  'a)b': 'paren',
  items: [{ x: 1 }, { x: 2 }],
  ImageRecipe: { Arn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/my-recipe/1.2.3' },
};

const evaluate = (expression: string) => evaluateIntrinsic(expression, DATA, SCOPE);

describe('isIntrinsic', () => {
  it.each<[string, boolean]>([
    ["States.Format('{}', $.x)", true],
    ['States.UUID()', true],
    ['States.Array ($.x)', true],
    ['$.x', false],
    ['$$.Execution.Id', false],
    ['$variable', false],
    ['States.Format', false],
    ['Format($.x)', false],
    ['states.Format($.x)', false],
  ])('%s → %s', (expression, expected) => {
    // Act
    const intrinsic = isIntrinsic(expression);
    // Assess
    expect(intrinsic).toBe(expected);
  });
});

describe('the intrinsic call syntax', () => {
  it.each<[string, string, Json]>([
    ['a string literal', "States.Array('text')", ['text']],
    ['an escaped quote', "States.Array('It\\'s')", ["It's"]],
    ['escaped braces', "States.Array('\\{\\}')", ['{}']],
    ['an escaped backslash', "States.Array('a\\\\b')", ['a\\b']],
    ['commas and parentheses inside a string', "States.Array('a, (b)')", ['a, (b)']],
    ['integers and decimals', 'States.Array(1, -2, 3.5, 1e3)', [1, -2, 3.5, 1000]],
    ['true, false and null', 'States.Array(true, false, null)', [true, false, null]],
    ['no arguments', 'States.Array()', []],
    ['spaces around arguments', "States.Array(  'a' ,  $.name  )", ['a', 'Ada']],
    ['a data path', 'States.Array($.name)', ['Ada']],
    ['a context path', 'States.Array($$.Execution.Id)', ['exec-1']],
    ['variable paths', 'States.Array($greeting, $list[1])', ['hi', 20]],
    ['bracketed names holding a comma and a parenthesis', "States.Array($['a,b'], $['a)b'])", ['comma', 'paren']],
    ['a filter query', 'States.Array($.items[?(@.x > 1)])', [[{ x: 2 }]]],
    ['a nested call', "States.Array(States.Format('{}!', $.name))", ['Ada!']],
  ])('accepts %s', (_, expression, expected) => {
    // Act
    const value = evaluate(expression);
    // Assess
    expect(value).toEqual(expected);
  });

  it('evaluates the developer guide nine-function example (with one placeholder per value)', () => {
    // Prepare
    const part = (index: number) =>
      `States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), ${index})`;
    // Act
    const value = evaluate(`States.Format('{}.{}', ${part(0)}, ${part(1)})`);
    // Assess
    expect(value).toBe('1.2');
  });

  it('accepts ten intrinsic functions in one field', () => {
    // Prepare
    const expression = `${'States.Array('.repeat(10)}1${')'.repeat(10)}`;
    // Act
    const value = evaluate(expression);
    // Assess
    expect(JSON.stringify(value)).toBe(`${'['.repeat(10)}1${']'.repeat(10)}`);
  });

  describe('rejects with States.Runtime', () => {
    it.each<[string, string]>([
      ['an open escape', "States.Array('a\\nb')"],
      ['an unclosed string', "States.Array('abc)"],
      ['a missing closing parenthesis', "States.Array('a'"],
      ['text after the call', "States.Array('a') x"],
      ['a missing comma', "States.Array('a' 'b')"],
      ['a trailing comma', "States.Array('a',)"],
      ['a bare word', 'States.Array(abc)'],
      ['a double-quoted string', 'States.Array("a")'],
      ['a malformed path', 'States.Array($.a[)'],
      ['an unknown function', 'States.Concat($.name)'],
      ['eleven intrinsic functions in one field', `${'States.Array('.repeat(11)}1${')'.repeat(11)}`],
    ])('%s', (_, expression) => {
      // Act
      const error = statesErrorOf(() => evaluate(expression));
      // Assess
      expect(error.error).toBe('States.Runtime');
    });

    it('a path argument that matches nothing', () => {
      // Act
      const error = statesErrorOf(() => evaluate("States.Format('{}', $.missing)"));
      // Assess
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toContain("Invalid path '$.missing'");
    });
  });
});
