import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../assembly/json';
import { sqsErrors } from './sqs-errors';

/**
 * Typed reads of an awsJson request body. A field of the wrong JSON type cannot come from an SDK; it is a
 * SerializationException. A required field that is absent is SQS's MissingParameter.
 */
export function optionalString(input: JsonObject, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(field, 'a string', value);
  return value;
}

export function requiredString(input: JsonObject, field: string): string {
  const value = optionalString(input, field);
  if (value === undefined) throw sqsErrors.missingParameter(field);
  return value;
}

export function optionalInteger(input: JsonObject, field: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(field, 'an integer', value);
  return value;
}

export function requiredInteger(input: JsonObject, field: string): number {
  const value = optionalInteger(input, field);
  if (value === undefined) throw sqsErrors.missingParameter(field);
  return value;
}

export function stringList(input: JsonObject, field: string): readonly string[] {
  const value = input[field];
  if (value === undefined || value === null) return [];
  if (!isJsonArray(value) || !value.every((item) => typeof item === 'string'))
    throw wrongType(field, 'a list of strings', value);
  return value.filter((item) => typeof item === 'string');
}

export function stringMap(input: JsonObject, field: string): Readonly<Record<string, string>> {
  const value = optionalObject(input, field) ?? {};
  const map: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw wrongType(`${field}.${key}`, 'a string', item);
    map[key] = item;
  }
  return map;
}

export function optionalObject(input: JsonObject, field: string): JsonObject | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) throw wrongType(field, 'an object', value);
  return value;
}

export function objectList(input: JsonObject, field: string): readonly JsonObject[] {
  const value = input[field];
  if (value === undefined || value === null) return [];
  if (!isJsonArray(value) || !value.every(isJsonObject)) throw wrongType(field, 'a list of objects', value);
  return value.filter(isJsonObject);
}

function wrongType(field: string, expected: string, value: Json): Error {
  return sqsErrors.serialization(`${field} must be ${expected}, got ${JSON.stringify(value)}`);
}
