import { readFileSync } from 'node:fs';
import { createPrivateKey, sign } from 'node:crypto';
import * as path from 'node:path';

interface StoredPoolKeys {
  readonly access: { readonly kid: string; readonly privateKeyPem: string };
}

const decodePart = (part: string | undefined): Record<string, unknown> =>
  JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
const encodePart = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * The same access token, with the same claims and signed by the pool's own key (read from the key store the
 * globalSetup gave the local cloud), re-timed: issued `issuedSecondsAgo` ago, valid for `lifetimeSeconds`. With a
 * lifetime shorter than its age, it is a genuine token that has expired.
 */
export function retimedCopyOf(
  accessToken: string,
  userPoolId: string,
  times: { readonly issuedSecondsAgo: number; readonly lifetimeSeconds: number },
): string {
  const keyDir = process.env.LOCAL_SIGNING_KEY_DIR;
  if (!keyDir) throw new Error('LOCAL_SIGNING_KEY_DIR is not set: run through `npm run test:integration`');
  const keys = JSON.parse(readFileSync(path.join(keyDir, `${userPoolId}.json`), 'utf8')) as StoredPoolKeys;
  const [header, payload] = accessToken.split('.');
  const claims = decodePart(payload);
  const nowSeconds = Math.floor(Date.now() / 1000);
  const issuedAt = nowSeconds - times.issuedSecondsAgo;
  const retimed = { ...claims, iat: issuedAt, auth_time: issuedAt, exp: issuedAt + times.lifetimeSeconds };
  const signingInput = `${encodePart({ ...decodePart(header), kid: keys.access.kid })}.${encodePart(retimed)}`;
  const signature = sign('RSA-SHA256', Buffer.from(signingInput), createPrivateKey(keys.access.privateKeyPem));
  return `${signingInput}.${signature.toString('base64url')}`;
}
