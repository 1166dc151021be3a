import { isJsonObject, type Json, type JsonObject, type JsonPrimitive, preview } from '../../assembly/json';
import { compileAnythingBut } from './anything-but';
import { compileCidr } from './cidr';
import { invalidAt, type PatternPath } from './errors';
import { compileNumeric } from './numeric';
import { isJsonNumber, toMicros } from './numbers';
import { compileEqualsIgnoreCase, compilePrefix, compileSuffix, compileWildcard } from './string-operators';
import type { ValuePredicate } from './value-predicate';

/** A field's value list (`"state": ["running", {"prefix": "stop"}]`), compiled: the field matches if any entry does. */
export interface LeafMatcher {
  /** The list holds `{"exists": false}`: a field that is absent (or not a leaf) matches. */
  readonly acceptsAbsence: boolean;
  /** The list holds something other than `{"exists": false}`, which needs a value to match. */
  readonly needsValue: boolean;
  matches(value: JsonPrimitive): boolean;
}

/** The operators a match expression may name; EventBridge refuses any other. */
const OPERATORS: Readonly<Record<string, (operand: Json, path: PatternPath) => ValuePredicate>> = {
  prefix: compilePrefix,
  suffix: compileSuffix,
  'equals-ignore-case': compileEqualsIgnoreCase,
  wildcard: compileWildcard,
  'anything-but': compileAnythingBut,
  numeric: compileNumeric,
  cidr: compileCidr,
};

export function compileLeaf(values: readonly Json[], path: PatternPath): LeafMatcher {
  if (values.length === 0) invalidAt(path, 'empty arrays are not allowed: a field needs at least one value to match');
  const strings = new Set<string>();
  const micros = new Set<number>();
  const otherNumbers = new Set<number>();
  const literals = new Set<boolean | null>();
  const predicates: ValuePredicate[] = [];
  let acceptsAbsence = false;
  let acceptsAnyValue = false;
  let needsValue = false;
  for (const value of values) {
    needsValue ||= !(isJsonObject(value) && value.exists === false);
    if (typeof value === 'string') {
      strings.add(value);
    } else if (isJsonNumber(value)) {
      // Numbers match numerically (300 = 300.0 = 3e2) where comparable, else by exact value (e.g. account numbers).
      const comparable = toMicros(value);
      if (comparable === undefined) otherNumbers.add(value);
      else micros.add(comparable);
    } else if (value === null || typeof value === 'boolean') {
      literals.add(value);
    } else if (isJsonObject(value)) {
      const exists = existsOperand(value, path);
      if (exists === undefined) predicates.push(compileExpression(value, path));
      else if (exists) acceptsAnyValue = true;
      else acceptsAbsence = true;
    } else {
      const got = preview(value);
      invalidAt(path, `match values must be strings, numbers, true, false, null or match expressions, got ${got}`);
    }
  }
  return {
    acceptsAbsence,
    needsValue,
    matches(value) {
      if (acceptsAnyValue) return true;
      if (typeof value === 'string') {
        if (strings.has(value)) return true;
      } else if (typeof value === 'number') {
        const comparable = toMicros(value);
        if ((comparable !== undefined && micros.has(comparable)) || otherNumbers.has(value)) return true;
      } else if (literals.has(value)) {
        return true;
      }
      return predicates.some((predicate) => predicate(value));
    },
  };
}

/** A match expression names exactly one operator: `{"prefix": "a", "suffix": "b"}` is refused, not combined. */
function compileExpression(expression: JsonObject, path: PatternPath): ValuePredicate {
  const keys = Object.keys(expression);
  const [operator] = keys;
  if (operator === undefined) invalidAt(path, 'a match expression must name an operator, got {}');
  if (keys.length > 1) invalidAt(path, `only one operator is allowed in a match expression, got ${keys.join(', ')}`);
  const compile = Object.hasOwn(OPERATORS, operator) ? OPERATORS[operator] : undefined;
  if (compile === undefined) invalidAt(path, `unrecognized match type "${operator}"`);
  return compile(expression[operator] ?? null, path);
}

/** `{"exists": true | false}` → its flag; any other expression → undefined. */
function existsOperand(expression: JsonObject, path: PatternPath): boolean | undefined {
  if (!Object.hasOwn(expression, 'exists')) return undefined;
  if (Object.keys(expression).length > 1) {
    invalidAt(path, `only one operator is allowed in a match expression, got ${Object.keys(expression).join(', ')}`);
  }
  const flag = expression.exists;
  if (typeof flag !== 'boolean') invalidAt(path, `"exists" must be true or false, got ${preview(flag)}`);
  return flag;
}
