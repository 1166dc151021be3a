import { isJsonArray, type Json, preview } from '../../assembly/json';
import { invalidAt, type PatternPath } from './errors';
import { NUMERIC_LIMIT, isJsonNumber, patternMicros, toMicros } from './numbers';
import type { ValuePredicate } from './value-predicate';

const LIMIT_MICROS = NUMERIC_LIMIT * 1e6;
const OPERATORS = ['=', '<', '<=', '>', '>='];

interface Bound {
  readonly micros: number;
  readonly open: boolean;
}

/**
 * `{"numeric": [...]}`: `["=", n]`, `["<" | "<=", n]`, `[">" | ">=", n]` or a range
 * `[">" | ">=", low, "<" | "<=", high]` (lower bound first, as EventBridge requires). A one-sided comparison is
 * bounded by the documented limits on its other side, so EventBridge refuses `[">", 5e9]`: the range would be empty.
 * Only JSON numbers in the event can match.
 */
export function compileNumeric(operand: Json, path: PatternPath): ValuePredicate {
  if (!isJsonArray(operand)) invalidAt(path, '"numeric" must be an array');
  const terms = operand;
  const operator = terms[0];
  if (typeof operator !== 'string') {
    invalidAt(path, `"numeric" must start with one of ${OPERATORS.join(' ')}, got ${preview(operator)}`);
  }
  const first = numberAfter(operator, terms[1], path);
  let lower: Bound = { micros: -LIMIT_MICROS, open: false };
  let upper: Bound = { micros: LIMIT_MICROS, open: false };
  let used = 2;
  switch (operator) {
    case '=':
      lower = { micros: first, open: false };
      upper = lower;
      break;
    case '<':
    case '<=':
      upper = { micros: first, open: operator === '<' };
      break;
    case '>':
    case '>=':
      lower = { micros: first, open: operator === '>' };
      if (terms.length > 2) {
        upper = upperBound(terms[2], terms[3], path);
        used = 4;
      }
      break;
    default:
      invalidAt(path, `unrecognized numeric operator "${operator}" (use one of ${OPERATORS.join(' ')})`);
  }
  if (terms.length > used) invalidAt(path, `too many elements in numeric expression ${preview(operand)}`);
  if (operator !== '=' && lower.micros >= upper.micros) {
    invalidAt(path, `numeric range ${preview(operand)} is empty: the lower bound must be less than the upper bound`);
  }
  return inRange(lower, upper);
}

function upperBound(operator: Json | undefined, value: Json | undefined, path: PatternPath): Bound {
  if (operator !== '<' && operator !== '<=') {
    invalidAt(path, `a numeric range's upper bound must use "<" or "<=", got ${preview(operator)}`);
  }
  return { micros: numberAfter(operator, value, path), open: operator === '<' };
}

function numberAfter(operator: string, value: Json | undefined, path: PatternPath): number {
  if (!OPERATORS.includes(operator)) {
    invalidAt(path, `unrecognized numeric operator "${operator}" (use one of ${OPERATORS.join(' ')})`);
  }
  if (!isJsonNumber(value)) {
    invalidAt(path, `numeric operator "${operator}" must be followed by a number, got ${preview(value)}`);
  }
  return patternMicros(value, path, `numeric operator "${operator}"`);
}

function inRange(lower: Bound, upper: Bound): ValuePredicate {
  return (value) => {
    if (typeof value !== 'number') return false;
    const micros = toMicros(value);
    if (micros === undefined) return false;
    const aboveLower = lower.open ? micros > lower.micros : micros >= lower.micros;
    const belowUpper = upper.open ? micros < upper.micros : micros <= upper.micros;
    return aboveLower && belowUpper;
  };
}
