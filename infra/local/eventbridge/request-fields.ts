import { memberReaders, type MemberType } from '../edge/json-members';
import { constraintViolation, serializationError } from './eventbridge-errors';

/**
 * Reading awsJson request members with the checks AWS's model makes before an operation runs: JSON type (a
 * SerializationException), then presence, length and pattern (a ValidationException naming the member).
 */
const WORDS: Readonly<Record<MemberType, string>> = {
  string: 'a string',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'a structure',
  list: 'a list',
};

export const { optionalString, requiredString, optionalInteger, optionalBoolean, optionalObject, optionalList } = memberReaders({
  wrongType: (field, expected) => serializationError(`${field} must be ${WORDS[expected]}`),
  // AWS names the missing member in lower camel case (`name`), whatever the wire name (`Name`).
  missing: (field) => constraintViolation(lowerFirst(field), undefined, 'Member must not be null'),
});

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
