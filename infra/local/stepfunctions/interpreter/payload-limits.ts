import type { Json } from '../../assembly/json';
import { StatesError } from '../states-error';
import { ErrorNames } from './errors/interpreter-errors';

/** Step Functions' quota for a state's input, output, task arguments and results: 256 KiB of UTF-8 JSON. */
export const PAYLOAD_LIMIT_BYTES = 256 * 1024;

/** Variables: one value, one state's Assign, and all stored variables of an execution (developer guide quotas). */
export const VARIABLE_LIMIT_BYTES = 256 * 1024;
export const ASSIGN_LIMIT_BYTES = 256 * 1024;
export const TOTAL_VARIABLES_LIMIT_BYTES = 10 * 1024 * 1024;

/**
 * Sizes of objects already measured: values flow unchanged through most states (a Pass without Parameters, OutputPath
 * `$`) and are never mutated (every step builds new values), so an object's size is computed once.
 */
const measured = new WeakMap<object, number>();

export function jsonBytes(value: Json): number {
  if (typeof value !== 'object' || value === null) return Buffer.byteLength(JSON.stringify(value), 'utf8');
  const known = measured.get(value);
  if (known !== undefined) return known;
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  measured.set(value, bytes);
  return bytes;
}

/** Throws `States.DataLimitExceeded` when `value` is over the payload quota; `what` says which payload it is. */
export function assertPayloadWithinLimit(value: Json, what: string): void {
  assertPayloadSizeWithinLimit(jsonBytes(value), what);
}

/** The same check for a payload whose size is already known. */
export function assertPayloadSizeWithinLimit(bytes: number, what: string): void {
  if (bytes > PAYLOAD_LIMIT_BYTES) {
    throw new StatesError(
      ErrorNames.dataLimitExceeded,
      `${what} has a size of ${bytes} bytes, exceeding the maximum of ${PAYLOAD_LIMIT_BYTES} bytes.`,
    );
  }
}
