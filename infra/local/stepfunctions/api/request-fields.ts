import type { JsonObject } from '../../assembly/json';
import { memberReaders, type MemberType } from '../../edge/json-members';
import { constraintViolation, serializationError } from '../step-functions-errors';

/**
 * Reading awsJson request members with the checks the Step Functions model makes before an operation runs: JSON
 * type (SerializationException), then presence, length and range (ValidationException naming the member).
 */
const WORDS: Readonly<Record<MemberType, string>> = {
  string: 'a string',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'a structure',
  list: 'a list',
};

export const { optionalString, requiredString, optionalInteger, optionalBoolean, optionalObject } = memberReaders({
  wrongType: (member, expected) => serializationError(`${member} must be ${WORDS[expected]}`),
  missing: (member) => constraintViolation(member, undefined, 'Member must not be null'),
});

/** A string member within the model's length bounds (counted in characters, as the model counts them). */
export function checkLength(member: string, value: string | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (value.length < min) throw constraintViolation(member, value, `Member must have length greater than or equal to ${min}`);
  if (value.length > max) throw constraintViolation(member, shorten(value), `Member must have length less than or equal to ${max}`);
}

/** `maxResults`: 0 (the default page size) to 1000. */
export function pageSize(input: JsonObject): number {
  const value = optionalInteger(input, 'maxResults') ?? 0;
  if (value < 0) throw constraintViolation('maxResults', value, 'Member must have value greater than or equal to 0');
  if (value > 1000) throw constraintViolation('maxResults', value, 'Member must have value less than or equal to 1000');
  return value === 0 ? 100 : value;
}

export function oneOfValues<T extends string>(member: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw constraintViolation(member, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  return value as T;
}

// Payloads of 256 KB would make unreadable messages; AWS abbreviates too.
function shorten(value: string): string {
  return value.length > 120 ? `${value.slice(0, 117)}...` : value;
}
