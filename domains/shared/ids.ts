import { monotonicFactory } from 'ulid';

/** Where new ids come from. Production uses ULIDs; tests inject a predictable sequence. */
export interface IdGenerator {
  next(): string;
}

/**
 * ULIDs from a monotonic factory: ids generated in the same millisecond still sort in creation order,
 * which the catalog's `byCategory` index relies on.
 */
export const ulidGenerator = (): IdGenerator => {
  const nextUlid = monotonicFactory();
  return { next: () => nextUlid() };
};

/** Canonical (upper-case Crockford base32) ULID; the first character is at most 7 (48-bit timestamp). */
const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

export const isUlid = (value: string): boolean => ULID_PATTERN.test(value);
