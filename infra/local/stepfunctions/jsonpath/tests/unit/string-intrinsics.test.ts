import type { Json } from '../../../../assembly/json';
import { evaluateIntrinsic, type PathScope } from '../..';
import { statesErrorOf } from './expect-states-error';

const SCOPE: PathScope = {
  context: { StateMachine: { Id: 'arn:aws:states:eu-west-1:123456789012:stateMachine:Saga', Name: 'Saga' } },
  variables: { who: 'variable' },
};
const evaluate = (expression: string, data: Json = {}) => evaluateIntrinsic(expression, data, SCOPE);

describe('States.Format', () => {
  // The developer guide's input, formatted with a literal template and with a template read from the input.
  const GUIDE_INPUT: Json = { name: 'Arnav', template: 'Hello, my name is {}.' };

  it.each(["States.Format('Hello, my name is {}.', $.name)", 'States.Format($.template, $.name)'])(
    'formats %s',
    (expression) => {
      // Act
      const value = evaluate(expression, GUIDE_INPUT);
      // Assess
      expect(value).toBe('Hello, my name is Arnav.');
    },
  );

  it.each<[string, Json, string]>([
    ['a string as it is', '', 'Formatting argument .'],
    ['null as null', null, 'Formatting argument null.'],
    ['an integer', 1, 'Formatting argument 1.'],
    ['a decimal', 1.1, 'Formatting argument 1.1.'],
    ['a boolean', true, 'Formatting argument true.'],
    ['a JSON string without touching it', '{"Arg1": 1, "Arg2": []}', 'Formatting argument {"Arg1": 1, "Arg2": []}.'],
    ['an object the way Java prints a map', { Arg1: 1, Arg2: [] }, 'Formatting argument {Arg1=1, Arg2=[]}.'],
    ['an array the way Java prints a list', [1, 'two', { three: 3 }], 'Formatting argument [1, two, {three=3}].'],
  ])('renders %s', (_, argument, expected) => {
    // Act
    const value = evaluate("States.Format('Formatting argument {}.', $.argument)", { argument });
    // Assess
    expect(value).toBe(expected);
  });

  it('renders the context object and variables', () => {
    // Act
    const value = evaluate("States.Format('{} by {}', $$.StateMachine, $who)");
    // Assess
    expect(value).toBe('{Id=arn:aws:states:eu-west-1:123456789012:stateMachine:Saga, Name=Saga} by variable');
  });

  it('keeps escaped braces and quotes as text instead of placeholders', () => {
    // Act
    const value = evaluate("States.Format('\\{\\} is not {}, it\\'s {}', 'a placeholder', 'text')");
    // Assess
    expect(value).toBe("{} is not a placeholder, it's text");
  });

  it('accepts a template without placeholders and no values', () => {
    // Act
    const value = evaluate("States.Format('plain')");
    // Assess
    expect(value).toBe('plain');
  });

  it.each<[string, string, Json]>([
    ['there are more placeholders than values', "States.Format('{} and {}', 'one')", {}],
    ['there are more values than placeholders', "States.Format('{}', 'one', 'two')", {}],
    ['the template is not a string', 'States.Format($.n, 1)', { n: 1 }],
    ['there is no template', 'States.Format()', {}],
  ])('fails with States.IntrinsicFailure when %s', (_, expression, data) => {
    // Act
    const error = statesErrorOf(() => evaluate(expression, data));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});

describe('States.StringSplit', () => {
  it.each<[string, Json, Json]>([
    [
      'States.StringSplit($.inputString, $.splitter)',
      { inputString: '1,2,3,4,5', splitter: ',' },
      ['1', '2', '3', '4', '5'],
    ],
    [
      'States.StringSplit($.inputString, $.splitter)',
      { inputString: 'This.is+a,test=string', splitter: '.+,=' },
      ['This', 'is', 'a', 'test', 'string'],
    ],
    ["States.StringSplit('a,,b,', ',')", {}, ['a', 'b']],
    ["States.StringSplit(',,', ',')", {}, []],
    ["States.StringSplit('no delimiter', ',')", {}, ['no delimiter']],
    ["States.StringSplit('', ',')", {}, []],
    [
      "States.StringSplit('arn:aws:states:eu-west-1:123456789012', ':')",
      {},
      ['arn', 'aws', 'states', 'eu-west-1', '123456789012'],
    ],
  ])('%s with %j → %j', (expression, data, expected) => {
    // Act
    const value = evaluate(expression, data);
    // Assess
    expect(value).toEqual(expected);
  });

  it.each<[string, string]>([
    ['the text is not a string', "States.StringSplit(1, ',')"],
    ['the delimiters are not a string', "States.StringSplit('a,b', 1)"],
    ['the delimiters are missing', "States.StringSplit('a,b')"],
  ])('fails with States.IntrinsicFailure when %s', (_, expression) => {
    // Act
    const error = statesErrorOf(() => evaluate(expression));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});

describe('States.UUID', () => {
  it('returns a new version 4 UUID on every call', () => {
    // Act
    const first = evaluate('States.UUID()');
    const second = evaluate('States.UUID()');
    // Assess
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });

  it('fails with States.IntrinsicFailure when given an argument', () => {
    // Act
    const error = statesErrorOf(() => evaluate("States.UUID('seed')"));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});
