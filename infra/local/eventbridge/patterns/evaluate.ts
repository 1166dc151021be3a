import { isJsonArray, isJsonObject, type Json, type JsonObject, type JsonPrimitive } from '../../assembly/json';
import type { LeafMatcher } from './leaf';
import type { PatternNode } from './pattern-tree';

/**
 * Matches a compiled pattern against any JSON object (an EventBridge event, a Lambda filter record, ...).
 *
 * EventBridge looks at an event as leaf fields: a path of object keys to a string, number, boolean or null, where an
 * array contributes each of its elements (nested arrays flattened) under the same path. So:
 * - a pattern leaf matches when any of the field's values matches any entry of the list;
 * - a field is absent when it has no leaf value: missing, an object (not a leaf), or an empty array;
 * - conditions on objects inside an array must all hold in one element ("array consistency"): `{"a": {"x": [1],
 *   "y": [2]}}` does not match `{"a": [{"x": 1}, {"y": 2}]}`.
 *
 * Known edge where this differs from EventBridge's rule-expansion engine: under an array of objects, a `$or` whose
 * alternatives mix value conditions with `{"exists": false}`-only alternatives (or a value list mixing both) is
 * evaluated per element, while EventBridge checks such absence against the whole array.
 */
export function nodeMatches(node: PatternNode, object: JsonObject | undefined): boolean {
  for (const field of node.fields) {
    const value = object !== undefined && Object.hasOwn(object, field.key) ? object[field.key] : undefined;
    const matched = field.leaf === undefined ? childMatches(field.node, value) : leafMatches(field.leaf, value);
    if (!matched) return false;
  }
  return node.anyOf.length === 0 || node.anyOf.some((alternative) => nodeMatches(alternative, object));
}

/**
 * A nested pattern object against the event's value at that key. Across an array of objects, a sub-pattern that
 * needs values must hold in one element; one made only of `{"exists": false}` means "absent from the event", so it
 * must hold in every element, as in EventBridge where any element carrying the field makes it present.
 */
function childMatches(node: PatternNode, value: Json | undefined): boolean {
  if (isJsonObject(value)) return nodeMatches(node, value);
  if (!isJsonArray(value)) return nodeMatches(node, undefined);
  const elements = objectsIn(value);
  if (elements.length === 0) return nodeMatches(node, undefined);
  return node.needsValue
    ? elements.some((element) => nodeMatches(node, element))
    : elements.every((element) => nodeMatches(node, element));
}

function leafMatches(leaf: LeafMatcher, value: Json | undefined): boolean {
  if (value === undefined || isJsonObject(value)) return leaf.acceptsAbsence;
  if (!isJsonArray(value)) return leaf.matches(value);
  const values = primitivesIn(value);
  return values.length === 0 ? leaf.acceptsAbsence : values.some((element) => leaf.matches(element));
}

function objectsIn(array: readonly Json[], into: JsonObject[] = []): JsonObject[] {
  for (const element of array) {
    if (isJsonObject(element)) into.push(element);
    else if (isJsonArray(element)) objectsIn(element, into);
  }
  return into;
}

function primitivesIn(array: readonly Json[], into: JsonPrimitive[] = []): JsonPrimitive[] {
  for (const element of array) {
    if (isJsonArray(element)) primitivesIn(element, into);
    else if (!isJsonObject(element)) into.push(element);
  }
  return into;
}
