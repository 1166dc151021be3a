import { isJsonObject, type Json, preview } from '../../assembly/json';
import { invalidAt, type PatternPath } from './errors';
import type { ValuePredicate } from './value-predicate';
import { matchesWildcard, parseWildcard } from './wildcard';

/** Case folding for the `equals-ignore-case` forms: both sides lower-cased, locale-independent. */
export function fold(text: string): string {
  return text.toLowerCase();
}

/** `{"prefix": "us-"}` or `{"prefix": {"equals-ignore-case": "us-"}}`; strings only. */
export function compilePrefix(operand: Json, path: PatternPath): ValuePredicate {
  const { text, ignoreCase } = affixOperand('prefix', operand, path);
  if (!ignoreCase) return (value) => typeof value === 'string' && value.startsWith(text);
  const folded = fold(text);
  return (value) => typeof value === 'string' && fold(value).startsWith(folded);
}

/** `{"suffix": ".png"}` or `{"suffix": {"equals-ignore-case": ".png"}}`; strings only. */
export function compileSuffix(operand: Json, path: PatternPath): ValuePredicate {
  const { text, ignoreCase } = affixOperand('suffix', operand, path);
  if (!ignoreCase) return (value) => typeof value === 'string' && value.endsWith(text);
  const folded = fold(text);
  return (value) => typeof value === 'string' && fold(value).endsWith(folded);
}

function affixOperand(operator: string, operand: Json, path: PatternPath): { text: string; ignoreCase: boolean } {
  if (typeof operand === 'string') return { text: operand, ignoreCase: false };
  if (!isJsonObject(operand)) invalidAt(path, `"${operator}" must be a string or {"equals-ignore-case": string}`);
  const keys = Object.keys(operand);
  const [inner] = keys;
  if (inner !== 'equals-ignore-case') {
    const got = preview(inner ?? null);
    invalidAt(path, `unsupported "${operator}" pattern ${got}: only "equals-ignore-case" may be nested`);
  }
  if (keys.length > 1) invalidAt(path, `only one key is allowed in a "${operator}" expression`);
  const text = operand[inner];
  if (typeof text !== 'string') invalidAt(path, `"${operator}": "equals-ignore-case" must be a string`);
  return { text, ignoreCase: true };
}

/** `{"equals-ignore-case": "alice"}`; strings only. */
export function compileEqualsIgnoreCase(operand: Json, path: PatternPath): ValuePredicate {
  if (typeof operand !== 'string') invalidAt(path, '"equals-ignore-case" must be a string');
  const folded = fold(operand);
  return (value) => typeof value === 'string' && fold(value) === folded;
}

/** `{"wildcard": "dir/*.png"}`; strings only. */
export function compileWildcard(operand: Json, path: PatternPath): ValuePredicate {
  if (typeof operand !== 'string') invalidAt(path, '"wildcard" must be a string');
  const pieces = parseWildcard(operand, path);
  return (value) => typeof value === 'string' && matchesWildcard(pieces, value);
}
