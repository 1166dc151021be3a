import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../assembly/json';
import { constraintViolation, serializationError } from './eventbridge-errors';

/**
 * Reading awsJson request members with the checks AWS's model makes before an operation runs: JSON type (a
 * SerializationException), then presence, length and pattern (a ValidationException naming the member).
 */
export function optionalString(input: JsonObject, name: string): string | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw serializationError(`${name} must be a string`);
  return value;
}

export function requiredString(input: JsonObject, name: string, member = lowerFirst(name)): string {
  const value = optionalString(input, name);
  if (value === undefined) throw constraintViolation(member, undefined, 'Member must not be null');
  return value;
}

export function optionalInteger(input: JsonObject, name: string): number | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw serializationError(`${name} must be an integer`);
  return value;
}

export function optionalBoolean(input: JsonObject, name: string): boolean | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw serializationError(`${name} must be a boolean`);
  return value;
}

export function optionalObject(input: JsonObject, name: string): JsonObject | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) throw serializationError(`${name} must be a structure`);
  return value;
}

export function optionalList(input: JsonObject, name: string): readonly Json[] | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (!isJsonArray(value)) throw serializationError(`${name} must be a list`);
  return value;
}

export function checkLength(member: string, value: string, min: number, max: number): void {
  if (value.length < min) {
    throw constraintViolation(member, value, `Member must have length greater than or equal to ${min}`);
  }
  if (value.length > max) {
    throw constraintViolation(member, value, `Member must have length less than or equal to ${max}`);
  }
}

export function checkPattern(member: string, value: string, pattern: RegExp): void {
  if (!pattern.test(value)) {
    throw constraintViolation(member, value, `Member must satisfy regular expression pattern: ${patternText(pattern)}`);
  }
}

export function checkRange(member: string, value: number, min: number, max: number): void {
  if (value < min) {
    throw constraintViolation(member, String(value), `Member must have value greater than or equal to ${min}`);
  }
  if (value > max) {
    throw constraintViolation(member, String(value), `Member must have value less than or equal to ${max}`);
  }
}

/** `^[\.\-_A-Za-z0-9]+$` → `[\.\-_A-Za-z0-9]+`, as AWS prints its model patterns. */
function patternText(pattern: RegExp): string {
  return pattern.source.replace(/^\^/, '').replace(/\$$/, '');
}

function lowerFirst(name: string): string {
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

// Built from strings so their source reads exactly as AWS prints the model's patterns in messages.
/** Rule, target and archive names: `[\.\-_A-Za-z0-9]+`. */
export const NAME_PATTERN = new RegExp('^[\\.\\-_A-Za-z0-9]+$');
/** Bus names: `[/\.\-_A-Za-z0-9]+`. */
export const BUS_NAME_PATTERN = new RegExp('^[/\\.\\-_A-Za-z0-9]+$');
/** A bus named by name or ARN, as every operation's `EventBusName` accepts. */
export const BUS_NAME_OR_ARN_PATTERN = new RegExp(
  '^(arn:aws[\\w-]*:events:[a-z]{2}-[a-z]+-[\\w-]+:[0-9]{12}:event-bus/)?[/\\.\\-_A-Za-z0-9]+$',
);
