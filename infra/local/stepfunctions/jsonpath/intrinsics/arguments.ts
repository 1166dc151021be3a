import { isJsonArray, isJsonObject, preview, type Json, type JsonObject } from '../../../assembly/json';
import { StatesError } from '../../states-error';
import type { IntrinsicCall } from './intrinsic-syntax';

/**
 * The error of a well-formed call given values it cannot work with (wrong count or type, out of range, over a limit).
 * The ASL spec and the developer guide's error table name it `States.IntrinsicFailure` ("within a Payload Template, the
 * attempt to invoke an Intrinsic Function failed"); unlike `States.Runtime`, a Catch on `States.ALL` catches it.
 */
export const INTRINSIC_FAILURE = 'States.IntrinsicFailure';

/** One intrinsic: its evaluated arguments in, its value out; `call` is there for States.Format's raw template. */
export type IntrinsicFunction = (args: readonly Json[], call: IntrinsicCall) => Json;

export function intrinsicFailure(name: string, reason: string): StatesError {
  return new StatesError(INTRINSIC_FAILURE, `Invalid arguments in ${name}: ${reason}`);
}

export function expectArgumentCount(name: string, args: readonly Json[], min: number, max = min): void {
  if (args.length >= min && args.length <= max) return;
  const expected = min === max ? `${min}` : `${min} to ${max}`;
  throw intrinsicFailure(name, `expected ${expected} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

/** The argument at `position` (already counted by expectArgumentCount). */
export function argument(args: readonly Json[], position: number): Json {
  const value = args[position];
  return value === undefined ? null : value;
}

export function stringArgument(name: string, args: readonly Json[], position: number): string {
  const value = argument(args, position);
  if (typeof value !== 'string')
    throw intrinsicFailure(name, `argument ${position + 1} must be a string, got ${preview(value)}`);
  return value;
}

export function arrayArgument(name: string, args: readonly Json[], position: number): readonly Json[] {
  const value = argument(args, position);
  if (!isJsonArray(value))
    throw intrinsicFailure(name, `argument ${position + 1} must be an array, got ${preview(value)}`);
  return value;
}

export function objectArgument(name: string, args: readonly Json[], position: number): JsonObject {
  const value = argument(args, position);
  if (!isJsonObject(value))
    throw intrinsicFailure(name, `argument ${position + 1} must be a JSON object, got ${preview(value)}`);
  return value;
}

export function booleanArgument(name: string, args: readonly Json[], position: number): boolean {
  const value = argument(args, position);
  if (typeof value !== 'boolean')
    throw intrinsicFailure(name, `argument ${position + 1} must be a boolean, got ${preview(value)}`);
  return value;
}

export function integerArgument(name: string, args: readonly Json[], position: number): number {
  const value = argument(args, position);
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw intrinsicFailure(name, `argument ${position + 1} must be an integer, got ${preview(value)}`);
  }
  return value;
}

/**
 * A number rounded to the nearest integer, halves upwards (Java's Math.round, which JavaScript's matches): the math
 * intrinsics round non-integer arguments, and AWS adds 1.49 + 1.5 as 1 + 2 and -1.5 + -1.51 as -1 + -2.
 */
export function roundedIntegerArgument(name: string, args: readonly Json[], position: number): number {
  const value = argument(args, position);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw intrinsicFailure(name, `argument ${position + 1} must be a number, got ${preview(value)}`);
  }
  return Math.round(value);
}

/** UTF-8 size of a value's JSON text, for the limits the guide states in bytes (the 256 KB payload quota). */
export function jsonByteSize(value: Json): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export const PAYLOAD_LIMIT_BYTES = 256 * 1024;

/** Deep equality of JSON values: objects compare by keys and values, regardless of key order. */
export function jsonEquals(left: Json, right: Json): boolean {
  if (left === right) return true;
  if (isJsonArray(left)) {
    return (
      isJsonArray(right) &&
      left.length === right.length &&
      left.every((each, at) => jsonEquals(each, right[at] ?? null))
    );
  }
  if (isJsonObject(left)) {
    if (!isJsonObject(right)) return false;
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.hasOwn(right, key) && jsonEquals(left[key] ?? null, right[key] ?? null))
    );
  }
  return false;
}
