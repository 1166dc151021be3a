import type { Json } from '../../../assembly/json';
import { pathExists, selectPath, type PathScope } from '../../jsonpath';
import { runtimeError } from '../../states-error';
import type { ChoiceRule } from '../asl-types';
import { CHOICE_OPERATORS } from '../definition/query-language';
import { parseTimestamp } from '../timestamps';
import { stringMatches } from './string-matches';

/**
 * Evaluates a JSONPath Choice Rule (a data-test expression or And/Or/Not) against the state's effective input.
 * A comparison between values of the wrong types is false; a Variable (or `…Path` operand) that selects nothing is
 * `States.Runtime`, except for IsPresent, which exists to ask exactly that.
 */
export function choiceRuleMatches(rule: ChoiceRule, input: Json, scope: PathScope): boolean {
  if (rule.And !== undefined) return rule.And.every((inner) => choiceRuleMatches(inner, input, scope));
  if (rule.Or !== undefined) return rule.Or.some((inner) => choiceRuleMatches(inner, input, scope));
  if (rule.Not !== undefined) return !choiceRuleMatches(rule.Not, input, scope);
  const variable = rule.Variable;
  if (typeof variable !== 'string') throw runtimeError('A Choice Rule needs a Variable, And, Or or Not');
  const comparison = comparisonOf(rule);
  const { operator, operand, viaPath } = comparison;
  if (operator === 'IsPresent') return pathExists(variable, input, scope) === operand;
  const value = selectPath(variable, input, scope);
  const expected = viaPath ? selectPath(operand as string, input, scope) : operand;
  return compare(comparison, value, expected);
}

type Order = (a: number) => boolean;
const ORDERS: Readonly<Record<string, Order>> = {
  Equals: (a) => a === 0,
  LessThan: (a) => a < 0,
  GreaterThan: (a) => a > 0,
  LessThanEquals: (a) => a <= 0,
  GreaterThanEquals: (a) => a >= 0,
};

interface Comparison {
  readonly operator: string;
  readonly operand: Json;
  readonly viaPath: boolean;
  /** For the ordered comparisons (String…, Numeric…, Timestamp…): the family and the order within it. */
  readonly family: 'String' | 'Numeric' | 'Timestamp' | undefined;
  readonly order: Order | undefined;
}

// A rule's comparison is looked up among every operator name: once per rule, not on every evaluation.
const comparisons = new WeakMap<ChoiceRule, Comparison>();

function comparisonOf(rule: ChoiceRule): Comparison {
  let comparison = comparisons.get(rule);
  if (comparison === undefined) {
    comparison = findComparison(rule);
    comparisons.set(rule, comparison);
  }
  return comparison;
}

function findComparison(rule: ChoiceRule): Comparison {
  for (const operator of CHOICE_OPERATORS) {
    const family = (['String', 'Numeric', 'Timestamp'] as const).find((prefix) => operator.startsWith(prefix));
    const order = family === undefined ? undefined : ORDERS[operator.slice(family.length)];
    const literal = rule[operator];
    if (literal !== undefined) return { operator, operand: literal as Json, viaPath: false, family, order };
    const path = rule[`${operator}Path`];
    if (typeof path === 'string') return { operator, operand: path, viaPath: true, family, order };
  }
  throw runtimeError(`The Choice Rule on ${String(rule.Variable)} has no comparison operator`);
}

function compare(comparison: Comparison, value: Json, expected: Json): boolean {
  const { operator, family, order } = comparison;
  switch (operator) {
    case 'IsNull':
      return (value === null) === expected;
    case 'IsNumeric':
      return (typeof value === 'number') === expected;
    case 'IsString':
      return (typeof value === 'string') === expected;
    case 'IsBoolean':
      return (typeof value === 'boolean') === expected;
    case 'IsTimestamp':
      return (parseTimestamp(value) !== undefined) === expected;
    case 'BooleanEquals':
      return typeof value === 'boolean' && typeof expected === 'boolean' && value === expected;
    case 'StringMatches':
      return typeof value === 'string' && typeof expected === 'string' && stringMatches(value, expected);
  }
  if (family === undefined || order === undefined) throw runtimeError(`Unknown Choice Rule operator ${operator}`);
  if (family === 'String') {
    return typeof value === 'string' && typeof expected === 'string' && order(value < expected ? -1 : value > expected ? 1 : 0);
  }
  if (family === 'Numeric') {
    return typeof value === 'number' && typeof expected === 'number' && order(Math.sign(value - expected));
  }
  const left = parseTimestamp(value);
  const right = parseTimestamp(expected);
  return left !== undefined && right !== undefined && order(Math.sign(left - right));
}
