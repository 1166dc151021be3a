/** JSON as it appears in a CloudFormation template, before and after intrinsic functions are resolved. */
export type JsonPrimitive = string | number | boolean | null;
export type Json = JsonPrimitive | readonly Json[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: Json;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isJsonArray(value: unknown): value is readonly Json[] {
  return Array.isArray(value);
}

/** Parses a file's text; JSON.parse only ever yields JSON values, so the assertion is exact. */
export function parseJson(text: string): Json {
  return JSON.parse(text) as Json;
}

/** A short rendering of a value for error messages (templates can hold very long strings). */
export function preview(value: unknown, max = 80): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Joins a property path: `Environment` + `Variables` → `Environment.Variables`; array indexes as `[0]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}
