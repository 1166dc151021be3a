import { createHash } from 'node:crypto';

/**
 * Physical names and ids for resources the template does not name. CloudFormation makes them random; locally they are
 * derived from a hash of stack and logical id, so they are the same on every start — state persisted under `.local/`
 * (tables, users of a pool, executions of a state machine) stays attached to the same resource across restarts.
 */
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MIXED_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const alphabets = { upper: UPPER_ALNUM, lower: LOWER_ALNUM, mixed: MIXED_ALNUM, hex: '0123456789abcdef' };

/** `length` characters of `alphabet` picked from the hash of `seed` (chained hashes when one is not long enough). */
export function stableToken(seed: string, length: number, alphabet: string): string {
  let token = '';
  let block = createHash('sha256').update(seed).digest();
  while (token.length < length) {
    for (const byte of block) {
      if (token.length === length) break;
      token += alphabet.charAt(byte % alphabet.length);
    }
    block = createHash('sha256').update(block).digest();
  }
  return token;
}

const SUFFIX_LENGTH = 12;

/**
 * CloudFormation's generated name shape `<stack>-<logicalId>-<SUFFIX>`, shortened to the type's limit the way
 * CloudFormation does it: the suffix is kept whole, stack name and logical id are truncated.
 */
export function generatedName(stackName: string, logicalId: string, maxLength: number): string {
  const suffix = stableToken(`${stackName}/${logicalId}`, SUFFIX_LENGTH, UPPER_ALNUM);
  const budget = maxLength - SUFFIX_LENGTH - 2;
  if (stackName.length + logicalId.length <= budget) return `${stackName}-${logicalId}-${suffix}`;
  const stackShare = Math.min(stackName.length, Math.max(Math.floor(budget / 2), budget - logicalId.length));
  const logicalShare = budget - stackShare;
  return `${stackName.slice(0, stackShare)}-${logicalId.slice(0, logicalShare)}-${suffix}`;
}

/** `<logicalId>-<suffix>`: the shape some services use without the stack name (Step Functions state machines). */
export function generatedShortName(stackName: string, logicalId: string, maxLength: number): string {
  const suffix = stableToken(`${stackName}/${logicalId}`, SUFFIX_LENGTH, MIXED_ALNUM);
  return `${logicalId.slice(0, maxLength - SUFFIX_LENGTH - 1)}-${suffix}`;
}

/** A UUID-shaped id (8-4-4-4-12 hex) derived from `seed`. */
export function stableUuid(seed: string): string {
  const hex = stableToken(seed, 32, alphabets.hex);
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}
