import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../assembly/json';
import { memberReaders, type MemberType } from '../edge/json-members';
import { sqsErrors } from './sqs-errors';

/**
 * Typed reads of an awsJson request body. A field of the wrong JSON type cannot come from an SDK; it is a
 * SerializationException. A required field that is absent is SQS's MissingParameter.
 */
const WORDS: Readonly<Record<MemberType, string>> = {
  string: 'a string',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  list: 'a list',
};

export const { optionalString, requiredString, optionalInteger, requiredInteger, optionalObject } = memberReaders({
  wrongType: (field, expected, value) => wrongType(field, WORDS[expected], value),
  missing: (field) => sqsErrors.missingParameter(field),
});

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

export function objectList(input: JsonObject, field: string): readonly JsonObject[] {
  const value = input[field];
  if (value === undefined || value === null) return [];
  if (!isJsonArray(value) || !value.every(isJsonObject)) throw wrongType(field, 'a list of objects', value);
  return value.filter(isJsonObject);
}

function wrongType(field: string, expected: string, value: Json): Error {
  return sqsErrors.serialization(`${field} must be ${expected}, got ${JSON.stringify(value)}`);
}
