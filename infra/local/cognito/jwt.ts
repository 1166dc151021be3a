import { sign, verify } from 'node:crypto';
import type { SigningKey } from './signing-keys';

/**
 * Compact RS256 JWS with node:crypto. jose is ESM-only and the project compiles to CommonJS (Jest cannot require
 * it), while signing and checking one RSA signature is a few lines — so the local Cognito needs no JWT library.
 */

export type JwtClaims = Readonly<Record<string, unknown>>;

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Header `{ kid, alg }` exactly as Cognito writes it (no `typ`). */
export function signJwt(claims: JwtClaims, key: SigningKey): string {
  const signingInput = `${encode({ kid: key.kid, alg: 'RS256' })}.${encode(claims)}`;
  return `${signingInput}.${sign('RSA-SHA256', Buffer.from(signingInput), key.privateKey).toString('base64url')}`;
}

function decodeJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of `token` when it is an RS256 JWS signed by one of `keys` (matched by `kid`); undefined otherwise. */
export function verifiedClaims(token: string, keys: readonly SigningKey[]): JwtClaims | undefined {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) return undefined;
  const protectedHeader = decodeJson(header);
  const key = keys.find((candidate) => candidate.kid === protectedHeader?.kid);
  if (key === undefined || protectedHeader?.alg !== 'RS256') return undefined;
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    key.publicKey,
    Buffer.from(signature, 'base64url'),
  );
  return valid ? decodeJson(payload) : undefined;
}
