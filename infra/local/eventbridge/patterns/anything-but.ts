import { isJsonArray, isJsonObject, type Json, type JsonObject, preview } from '../../assembly/json';
import { invalidAt, type PatternPath } from './errors';
import { isJsonNumber, patternMicros, toMicros } from './numbers';
import { fold } from './string-operators';
import type { ValuePredicate } from './value-predicate';
import { matchesWildcard, parseWildcard } from './wildcard';

type StringTest = (value: string) => boolean;

const NESTED_OPERATORS = ['prefix', 'suffix', 'equals-ignore-case', 'wildcard'];

function isString(value: Json): value is string {
  return typeof value === 'string';
}

/**
 * `{"anything-but": ...}` matches any event value except the ones described, which may be one string or number, a list
 * of only strings or only numbers, or `{"prefix" | "suffix" | "equals-ignore-case" | "wildcard": string | string[]}`.
 * It needs a value to test: a missing field never matches it (see the evaluator). A value of another JSON type than
 * the excluded ones (null, a boolean, a number against strings) is "anything but" them, so it matches, as in
 * EventBridge where anything-but matches unless the value is proven to be excluded.
 *
 * Choices where the guide is silent or dated: the nested forms take a list as well as a single string for all four
 * operators (the guide shows lists for equals-ignore-case and wildcard; EventBridge's engine accepts them for prefix
 * and suffix too), and every list must be non-empty (an empty exclusion list is refused rather than guessed at).
 */
export function compileAnythingBut(operand: Json, path: PatternPath): ValuePredicate {
  if (isJsonObject(operand)) return notAny(stringExclusion(operand, path));
  const values = isJsonArray(operand) ? operand : [operand];
  if (values.length === 0) invalidAt(path, '"anything-but" list must not be empty');
  if (values.every(isString)) {
    const excluded = new Set(values);
    return notAny((value) => excluded.has(value));
  }
  if (values.every(isJsonNumber)) {
    const excluded = new Set(values.map((value) => patternMicros(value, path, '"anything-but"')));
    return (value) => {
      if (typeof value !== 'number') return true;
      const micros = toMicros(value);
      return micros === undefined || !excluded.has(micros);
    };
  }
  if (isJsonArray(operand)) {
    invalidAt(path, '"anything-but" list must hold only strings or only numbers (no mixed types, null or booleans)');
  }
  invalidAt(path, `"anything-but" must be a string, a number, a list of them, or an object, got ${preview(operand)}`);
}

function notAny(excluded: StringTest): ValuePredicate {
  return (value) => typeof value !== 'string' || !excluded(value);
}

function stringExclusion(operand: JsonObject, path: PatternPath): StringTest {
  const keys = Object.keys(operand);
  const [operator] = keys;
  if (operator === undefined) invalidAt(path, `"anything-but" object must name one of ${NESTED_OPERATORS.join(', ')}`);
  if (keys.length > 1) invalidAt(path, `only one key is allowed in an "anything-but" object, got ${keys.join(', ')}`);
  if (!NESTED_OPERATORS.includes(operator)) {
    invalidAt(path, `unsupported "anything-but" pattern "${operator}": use ${NESTED_OPERATORS.join(', ')}`);
  }
  const texts = stringList(operator, operand[operator], path);
  switch (operator) {
    case 'prefix':
    case 'suffix': {
      if (texts.includes('')) invalidAt(path, `"anything-but" ${operator} must not be empty`);
      return operator === 'prefix'
        ? (value) => texts.some((text) => value.startsWith(text))
        : (value) => texts.some((text) => value.endsWith(text));
    }
    case 'equals-ignore-case': {
      const folded = new Set(texts.map(fold));
      return (value) => folded.has(fold(value));
    }
    default: {
      const patterns = texts.map((text) => parseWildcard(text, path));
      return (value) => patterns.some((pieces) => matchesWildcard(pieces, value));
    }
  }
}

/** One string or a non-empty list of strings. */
function stringList(operator: string, operand: Json | undefined, path: PatternPath): readonly string[] {
  if (typeof operand === 'string') return [operand];
  if (isJsonArray(operand) && operand.length > 0 && operand.every(isString)) return operand;
  if (isJsonArray(operand) && operand.length === 0) {
    invalidAt(path, `"anything-but" ${operator} list must not be empty`);
  }
  invalidAt(path, `"anything-but" ${operator} must be a string or a list of strings`);
}
