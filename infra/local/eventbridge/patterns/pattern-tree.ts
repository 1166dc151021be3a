import { isJsonArray, isJsonObject, type Json, type JsonObject, preview } from '../../assembly/json';
import { invalidAt, type PatternPath } from './errors';
import { compileLeaf, type LeafMatcher } from './leaf';

/** A pattern object compiled once: every field must match, and, if it has `$or`, at least one alternative too. */
export interface PatternNode {
  readonly fields: readonly PatternField[];
  /** The `$or` alternatives at this level, each matched against the same event object; empty without `$or`. */
  readonly anyOf: readonly PatternNode[];
  /** Whether some condition below needs a value (anything but `{"exists": false}`); see the evaluator's arrays. */
  readonly needsValue: boolean;
}

export type PatternField =
  | { readonly key: string; readonly leaf: LeafMatcher; readonly node?: undefined }
  | { readonly key: string; readonly node: PatternNode; readonly leaf?: undefined };

const OR = '$or';

/**
 * Names EventBridge reserves for operators, refused as field names inside `$or` so that an alternative cannot be
 * mistaken for a match expression (`{"$or": [{"prefix": ...}, ...]}` is an error, not a field named "prefix").
 */
const RESERVED_IN_OR = new Set([
  'prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'exists', 'cidr',
  '=', '<', '<=', '>', '>=',
]);

export function compileRoot(pattern: Json): PatternNode {
  if (!isJsonObject(pattern)) invalidAt([], `the event pattern must be a JSON object, got ${preview(pattern)}`);
  return compileObject(pattern, [], false);
}

function compileObject(pattern: JsonObject, path: PatternPath, insideOr: boolean): PatternNode {
  const keys = Object.keys(pattern);
  if (keys.length === 0) invalidAt(path, 'empty objects are not allowed');
  const fields: PatternField[] = [];
  let anyOf: readonly PatternNode[] = [];
  for (const key of keys) {
    const value = pattern[key] ?? null;
    if (key === OR) {
      anyOf = compileOr(value, path);
      continue;
    }
    const fieldPath = [...path, key];
    if (insideOr && RESERVED_IN_OR.has(key)) {
      invalidAt(fieldPath, `"${key}" is a reserved operator name and cannot be used as a field name inside ${OR}`);
    }
    if (isJsonArray(value)) fields.push({ key, leaf: compileLeaf(value, fieldPath) });
    else if (isJsonObject(value)) fields.push({ key, node: compileObject(value, fieldPath, insideOr) });
    else invalidAt(fieldPath, `"${key}" must be an object or an array, got ${preview(value)}`);
  }
  const needsValue =
    fields.some((field) => (field.leaf ?? field.node).needsValue) ||
    anyOf.some((alternative) => alternative.needsValue);
  return { fields, anyOf, needsValue };
}

/** `"$or": [{...}, {...}, ...]`: at least two non-empty objects; may nest, and may sit at any level. */
function compileOr(value: Json, path: PatternPath): readonly PatternNode[] {
  const orPath = [...path, OR];
  if (!isJsonArray(value)) invalidAt(orPath, `${OR} must be an array of objects, got ${preview(value)}`);
  if (value.length < 2) invalidAt(orPath, `${OR} must hold at least 2 objects, got ${value.length}`);
  return value.map((alternative, index) => {
    const alternativePath = [...path, `${OR}[${index}]`];
    if (!isJsonObject(alternative)) {
      invalidAt(alternativePath, `only objects are allowed in ${OR}, got ${preview(alternative)}`);
    }
    return compileObject(alternative, alternativePath, true);
  });
}
