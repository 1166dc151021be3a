import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../assembly/json';

/** The JSON type a request member should have had. */
export type MemberType = 'string' | 'integer' | 'boolean' | 'object' | 'list';

/** How a service words the two ways a member can be wrong before any of its own checks run. */
export interface MemberErrors {
  /** A member of another JSON type: SDKs never send one, so services answer their serialization/validation error. */
  wrongType(field: string, expected: MemberType, value: Json): Error;
  /** A required member that is absent (or null). */
  missing(field: string): Error;
}

/** Typed reads of an awsJson request body's members; absent and null read as undefined. */
export interface MemberReaders {
  readonly optionalString: (input: JsonObject, field: string) => string | undefined;
  readonly requiredString: (input: JsonObject, field: string) => string;
  readonly optionalInteger: (input: JsonObject, field: string) => number | undefined;
  readonly requiredInteger: (input: JsonObject, field: string) => number;
  readonly optionalBoolean: (input: JsonObject, field: string) => boolean | undefined;
  readonly optionalObject: (input: JsonObject, field: string) => JsonObject | undefined;
  readonly optionalList: (input: JsonObject, field: string) => readonly Json[] | undefined;
}

/**
 * The readers every emulated awsJson service uses, worded by its own errors. `emptyStringIsMissing`: services (Cognito)
 * whose models give required strings a minimum length of 1 report `""` as missing too.
 */
export function memberReaders(errors: MemberErrors, options: { readonly emptyStringIsMissing?: boolean } = {}): MemberReaders {
  const present = (input: JsonObject, field: string): Json | undefined => {
    const value = input[field];
    return value === null ? undefined : value;
  };
  const typed = <T extends Json>(input: JsonObject, field: string, expected: MemberType, is: (value: Json) => value is T): T | undefined => {
    const value = present(input, field);
    if (value === undefined) return undefined;
    if (!is(value)) throw errors.wrongType(field, expected, value);
    return value;
  };
  const isString = (value: Json): value is string => typeof value === 'string';
  const isInteger = (value: Json): value is number => typeof value === 'number' && Number.isInteger(value);
  const isBoolean = (value: Json): value is boolean => typeof value === 'boolean';
  const readers: MemberReaders = {
    optionalString: (input, field) => typed(input, field, 'string', isString),
    requiredString: (input, field) => {
      const value = readers.optionalString(input, field);
      if (value === undefined || (options.emptyStringIsMissing === true && value === '')) throw errors.missing(field);
      return value;
    },
    optionalInteger: (input, field) => typed(input, field, 'integer', isInteger),
    requiredInteger: (input, field) => {
      const value = readers.optionalInteger(input, field);
      if (value === undefined) throw errors.missing(field);
      return value;
    },
    optionalBoolean: (input, field) => typed(input, field, 'boolean', isBoolean),
    optionalObject: (input, field) => typed(input, field, 'object', isJsonObject),
    optionalList: (input, field) => typed(input, field, 'list', isJsonArray),
  };
  return readers;
}

/** An awsJson request body: `{}` when empty, undefined when it is not JSON or not an object (the service's error). */
export function parseJsonObjectBody(body: Buffer): JsonObject | undefined {
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
