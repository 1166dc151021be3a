import type { Json } from '../../../../assembly/json';
import type { PathScope } from '../../../jsonpath';
import { StatesError } from '../../../states-error';
import type { ChoiceRule } from '../../asl-types';
import { choiceRuleMatches } from '../../choice/choice-rules';

const input: Json = {
  name: 'basket',
  other: 'basket',
  later: 'zebra',
  count: 5,
  limit: 10,
  flag: true,
  nothing: null,
  at: '2024-05-01T10:00:00Z',
  before: '2024-04-30T10:00:00Z',
  notTime: '2024-05-01',
  items: [1, 2],
};
const scope: PathScope = { context: { State: { Name: 'Decide' } }, variables: { threshold: 5, tier: 'gold' } };

function matches(rule: Record<string, Json>): boolean {
  const choiceRule: ChoiceRule = { Next: 'X', ...rule };
  return choiceRuleMatches(choiceRule, input, scope);
}

describe('Choice Rules (JSONPath)', () => {
  it.each<[string, Record<string, Json>, boolean]>([
    ['StringEquals equal', { Variable: '$.name', StringEquals: 'basket' }, true],
    ['StringEquals different', { Variable: '$.name', StringEquals: 'Basket' }, false],
    ['StringEquals on a number is false', { Variable: '$.count', StringEquals: '5' }, false],
    ['StringLessThan', { Variable: '$.name', StringLessThan: 'car' }, true],
    ['StringGreaterThan', { Variable: '$.name', StringGreaterThan: 'car' }, false],
    ['StringLessThanEquals at equality', { Variable: '$.name', StringLessThanEquals: 'basket' }, true],
    ['StringGreaterThanEquals', { Variable: '$.later', StringGreaterThanEquals: 'zebra' }, true],
    ['StringMatches', { Variable: '$.name', StringMatches: 'bas*' }, true],
    ['NumericEquals', { Variable: '$.count', NumericEquals: 5 }, true],
    ['NumericEquals 5 vs 5.0', { Variable: '$.count', NumericEquals: 5.0 }, true],
    ['NumericLessThan', { Variable: '$.count', NumericLessThan: 5 }, false],
    ['NumericGreaterThan', { Variable: '$.count', NumericGreaterThan: 4.5 }, true],
    ['NumericLessThanEquals', { Variable: '$.count', NumericLessThanEquals: 5 }, true],
    ['NumericGreaterThanEquals', { Variable: '$.count', NumericGreaterThanEquals: 6 }, false],
    ['NumericEquals on a string is false', { Variable: '$.name', NumericEquals: 5 }, false],
    ['BooleanEquals', { Variable: '$.flag', BooleanEquals: true }, true],
    ['BooleanEquals on a string is false', { Variable: '$.name', BooleanEquals: true }, false],
    ['TimestampEquals', { Variable: '$.at', TimestampEquals: '2024-05-01T12:00:00+02:00' }, true],
    ['TimestampLessThan', { Variable: '$.before', TimestampLessThan: '2024-05-01T10:00:00Z' }, true],
    ['TimestampGreaterThan', { Variable: '$.at', TimestampGreaterThan: '2024-05-01T10:00:00Z' }, false],
    ['TimestampLessThanEquals', { Variable: '$.at', TimestampLessThanEquals: '2024-05-01T10:00:00Z' }, true],
    ['TimestampGreaterThanEquals', { Variable: '$.before', TimestampGreaterThanEquals: '2024-05-01T10:00:00Z' }, false],
    ['Timestamp… on a non-timestamp is false', { Variable: '$.notTime', TimestampEquals: '2024-05-01T00:00:00Z' }, false],
    ['IsNull true', { Variable: '$.nothing', IsNull: true }, true],
    ['IsNull false on a value', { Variable: '$.name', IsNull: true }, false],
    ['IsPresent on a present field', { Variable: '$.nothing', IsPresent: true }, true],
    ['IsPresent on a missing field', { Variable: '$.missing', IsPresent: true }, false],
    ['IsPresent false on a missing field', { Variable: '$.missing', IsPresent: false }, true],
    ['IsNumeric', { Variable: '$.count', IsNumeric: true }, true],
    ['IsNumeric false', { Variable: '$.name', IsNumeric: false }, true],
    ['IsString', { Variable: '$.name', IsString: true }, true],
    ['IsBoolean', { Variable: '$.flag', IsBoolean: true }, true],
    ['IsTimestamp', { Variable: '$.at', IsTimestamp: true }, true],
    ['IsTimestamp on a date only', { Variable: '$.notTime', IsTimestamp: true }, false],
  ])('%s', (_name, rule, expected) => {
    // Act
    const matched = matches(rule);
    // Assess
    expect(matched).toBe(expected);
  });

  it.each<[string, Record<string, Json>, boolean]>([
    ['StringEqualsPath', { Variable: '$.name', StringEqualsPath: '$.other' }, true],
    ['StringLessThanPath', { Variable: '$.name', StringLessThanPath: '$.later' }, true],
    ['NumericLessThanPath', { Variable: '$.count', NumericLessThanPath: '$.limit' }, true],
    ['NumericGreaterThanEqualsPath', { Variable: '$.count', NumericGreaterThanEqualsPath: '$.limit' }, false],
    ['BooleanEqualsPath', { Variable: '$.flag', BooleanEqualsPath: '$.flag' }, true],
    ['TimestampGreaterThanPath', { Variable: '$.at', TimestampGreaterThanPath: '$.before' }, true],
    ['a Path operand of another type', { Variable: '$.count', NumericEqualsPath: '$.name' }, false],
  ])('%s compares with a value from the input', (_name, rule, expected) => {
    // Act
    const matched = matches(rule);
    // Assess
    expect(matched).toBe(expected);
  });

  it.each<[string, Record<string, Json>, boolean]>([
    ['a variable as Variable', { Variable: '$threshold', NumericEquals: 5 }, true],
    ['a variable as Path operand', { Variable: '$.count', NumericEqualsPath: '$threshold' }, true],
    ['the context object', { Variable: '$$.State.Name', StringEquals: 'Decide' }, true],
  ])('reads %s', (_name, rule, expected) => {
    // Act
    const matched = matches(rule);
    // Assess
    expect(matched).toBe(expected);
  });

  it.each<[string, Record<string, Json>, boolean]>([
    ['And: all true', { And: [{ Variable: '$.count', NumericEquals: 5 }, { Variable: '$.flag', BooleanEquals: true }] }, true],
    ['And: one false', { And: [{ Variable: '$.count', NumericEquals: 5 }, { Variable: '$.flag', BooleanEquals: false }] }, false],
    ['Or: one true', { Or: [{ Variable: '$.count', NumericEquals: 1 }, { Variable: '$.flag', BooleanEquals: true }] }, true],
    ['Or: none true', { Or: [{ Variable: '$.count', NumericEquals: 1 }, { Variable: '$.flag', BooleanEquals: false }] }, false],
    ['Not', { Not: { Variable: '$.name', StringEquals: 'other' } }, true],
    [
      'nested And / Or / Not',
      { And: [{ Not: { Variable: '$.nothing', IsNull: false } }, { Or: [{ Variable: '$.missing', IsPresent: true }, { Variable: '$.count', NumericGreaterThan: 1 }] }] },
      true,
    ],
    ['IsPresent guarding a missing field in And', { And: [{ Variable: '$.missing', IsPresent: true }, { Variable: '$.missing', StringEquals: 'x' }] }, false],
  ])('%s', (_name, rule, expected) => {
    // Act
    const matched = matches(rule);
    // Assess
    expect(matched).toBe(expected);
  });

  it.each<[string, Record<string, Json>]>([
    ['a Variable that selects nothing', { Variable: '$.missing', StringEquals: 'x' }],
    ['IsNull on a missing field', { Variable: '$.missing', IsNull: true }],
    ['a Path operand that selects nothing', { Variable: '$.count', NumericEqualsPath: '$.missing' }],
  ])('fails with States.Runtime for %s', (_name, rule) => {
    // Act
    const act = () => matches(rule);
    // Assess
    expect(act).toThrow(StatesError);
    expect(act).toThrow(/States.Runtime/);
  });

  it('evaluates the same rule afresh on every input, by value and by path', () => {
    // Prepare
    const byValue: ChoiceRule = { Variable: '$.i', NumericLessThan: 3, Next: 'X' };
    const byPath: ChoiceRule = { Variable: '$.i', NumericLessThanPath: '$.limit', Next: 'X' };
    const inputs: Json[] = [{ i: 1, limit: 0 }, { i: 3, limit: 4 }, { i: 2, limit: 2 }];
    // Act
    const results = inputs.map((each) => [choiceRuleMatches(byValue, each, scope), choiceRuleMatches(byPath, each, scope)]);
    // Assess
    expect(results).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
  });
});
