import { createHash, randomBytes } from 'node:crypto';
import { notAuthorized } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { DEFAULT_TOKEN_VALIDITY_SECONDS, type UserPoolClientConfig } from './user-pool-config';
import type { UserPool, UserRecord } from './user-pool-model';
import type { SignInEvent } from './tokens';

/**
 * Refresh tokens are opaque to clients (Cognito's are encrypted JWTs nobody but the pool can read), so locally they are
 * random strings; the state keeps only their hash with the sign-in they continue.
 */

const hashOf = (token: string): string => createHash('sha256').update(token).digest('base64url');

export function issueRefreshToken(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  user: UserRecord,
  signIn: SignInEvent,
): string {
  const now = context.clock.now().getTime();
  for (const [hash, record] of context.state.refreshTokens) {
    if (record.expiresAt <= now) context.state.refreshTokens.delete(hash);
  }
  const token = randomBytes(96).toString('base64url');
  const validity = client.refreshTokenValiditySeconds ?? DEFAULT_TOKEN_VALIDITY_SECONDS.refresh;
  context.state.refreshTokens.set(hashOf(token), {
    tokenHash: hashOf(token),
    poolId: pool.id,
    clientId: client.clientId,
    username: user.username,
    ...signIn,
    expiresAt: now + validity * 1000,
  });
  return token;
}

/** The user and sign-in a refresh token continues; a token of another client is as invalid as a made-up one. */
export function redeemRefreshToken(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  token: string,
): { readonly user: UserRecord; readonly signIn: SignInEvent } {
  const record = context.state.refreshTokens.get(hashOf(token));
  if (record === undefined || record.clientId !== client.clientId) throw notAuthorized('Invalid Refresh Token');
  if (record.expiresAt <= context.clock.now().getTime()) throw notAuthorized('Refresh Token has expired');
  const user = pool.find(record.username);
  if (user === undefined) throw notAuthorized('Invalid Refresh Token');
  if (!user.enabled) throw notAuthorized('User is disabled.');
  return { user, signIn: { originJti: record.originJti, eventId: record.eventId, authTime: record.authTime } };
}
