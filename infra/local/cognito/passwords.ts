import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { invalidPassword } from './cognito-errors';
import type { PasswordPolicy } from './user-pool-config';

/**
 * Password storage and the pool's password policy. Passwords are kept only as scrypt hashes (never logged, never in a
 * snapshot in clear), so a `.local/` directory shared by accident leaks no demo or developer password.
 */

/**
 * N = 2^12 (4 MiB, a few ms) rather than Node's 2^14: these are local demo and test passwords, hashed on every seed
 * and sign-in; the cost is stored with each hash, so raising it later keeps old hashes verifiable.
 */
const SCRYPT = { N: 4096, r: 8, p: 1, keyLength: 32 } as const;

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
  keyLength: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, { N: params.N, r: params.r, p: params.p }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** `scrypt$N$r$p$salt$hash` (base64): parameters travel with the hash, so old hashes verify after a cost change. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT, SCRYPT.keyLength);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(
    password,
    Buffer.from(salt, 'base64'),
    { N: Number(n), r: Number(r), p: Number(p) },
    expected.length,
  );
  return timingSafeEqual(key, expected);
}

/** The characters Cognito counts as symbols (Developer Guide, "Password requirements"); a space counts when inner. */
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;

function hasSymbol(password: string): boolean {
  return SYMBOL.test(password) || password.trim().includes(' ');
}

/** The first rule `password` breaks, worded as Cognito words it, or undefined when it conforms. */
export function passwordPolicyViolation(password: string, policy: PasswordPolicy): string | undefined {
  if (password.length < policy.minimumLength) return 'Password not long enough';
  if (policy.requireLowercase && !/[a-z]/.test(password)) return 'Password must have lowercase characters';
  if (policy.requireUppercase && !/[A-Z]/.test(password)) return 'Password must have uppercase characters';
  if (policy.requireNumbers && !/[0-9]/.test(password)) return 'Password must have numeric characters';
  if (policy.requireSymbols && !hasSymbol(password)) return 'Password must have symbol characters';
  return undefined;
}

/**
 * Cognito words the same violation differently per operation: SignUp and the new-password challenge say
 * "did not conform with policy", AdminCreateUser "did not conform with password policy", AdminSetUserPassword
 * "does not conform to policy".
 */
export type PolicyWording =
  | 'Password did not conform with policy'
  | 'Password did not conform with password policy'
  | 'Password does not conform to policy';

export function enforcePasswordPolicy(password: string, policy: PasswordPolicy, wording: PolicyWording): void {
  const violation = passwordPolicyViolation(password, policy);
  if (violation !== undefined) throw invalidPassword(`${wording}: ${violation}`);
}

const CLASSES = ['abcdefghijkmnopqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!#%&*+-=?@^_'] as const;

/** A temporary password that satisfies `policy`: one character of each class, then random ones, shuffled. */
export function generateTemporaryPassword(policy: PasswordPolicy): string {
  const length = Math.max(policy.minimumLength, 12);
  const all = CLASSES.join('');
  const characters = CLASSES.map((set) => set.charAt(randomInt(set.length)));
  while (characters.length < length) characters.push(all.charAt(randomInt(all.length)));
  for (let index = characters.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [characters[index], characters[other]] = [characters[other] ?? '', characters[index] ?? ''];
  }
  return characters.join('');
}
