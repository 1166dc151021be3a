import { isJsonObject, type JsonObject } from '../../assembly/json';
import { constraintViolation, serializationError } from '../step-functions-errors';

/**
 * Reading awsJson request members with the checks the Step Functions model makes before an operation runs: JSON
 * type (SerializationException), then presence, length and range (ValidationException naming the member).
 */
export function optionalString(input: JsonObject, member: string): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw serializationError(`${member} must be a string`);
  return value;
}

export function requiredString(input: JsonObject, member: string): string {
  const value = optionalString(input, member);
  if (value === undefined) throw constraintViolation(member, undefined, 'Member must not be null');
  return value;
}

export function optionalInteger(input: JsonObject, member: string): number | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw serializationError(`${member} must be an integer`);
  return value;
}

export function optionalBoolean(input: JsonObject, member: string): boolean | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw serializationError(`${member} must be a boolean`);
  return value;
}

export function optionalObject(input: JsonObject, member: string): JsonObject | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) throw serializationError(`${member} must be a structure`);
  return value;
}

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
