import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalidParameter, notAuthorized } from './cognito-errors';
import { DEFAULT_AUTH_FLOWS, type UserPoolClientConfig } from './user-pool-config';

/**
 * App-client rules every client-facing operation applies: a client generated with a secret must prove it
 * (`SECRET_HASH`), and a sign-in flow must be one the client enables.
 */

/**
 * `SECRET_HASH = Base64(HMAC-SHA256(clientSecret, username + clientId))`
 * (Developer Guide, "Computing secret hash values").
 */
export function checkSecretHash(client: UserPoolClientConfig, username: string, secretHash: string | undefined): void {
  if (client.clientSecret === undefined) return;
  const expected = createHmac('sha256', client.clientSecret)
    .update(username + client.clientId)
    .digest();
  const given = Buffer.from(secretHash ?? '', 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw notAuthorized(`Unable to verify secret hash for client ${client.clientId}`);
  }
}

/** `USER_PASSWORD_AUTH` is allowed by `ALLOW_USER_PASSWORD_AUTH` or the legacy value of the same name. */
const ENABLING_FLOWS: Readonly<Record<string, readonly string[]>> = {
  USER_PASSWORD_AUTH: ['ALLOW_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH'],
  REFRESH_TOKEN_AUTH: ['ALLOW_REFRESH_TOKEN_AUTH'],
};

export function requireAuthFlow(client: UserPoolClientConfig, flow: 'USER_PASSWORD_AUTH' | 'REFRESH_TOKEN_AUTH'): void {
  const flows = client.explicitAuthFlows ?? DEFAULT_AUTH_FLOWS;
  // Clients configured with only legacy values could always refresh; AWS gates refresh only on ALLOW_* clients.
  const legacyOnly = flows.length > 0 && flows.every((value) => !value.startsWith('ALLOW_'));
  if (flow === 'REFRESH_TOKEN_AUTH' && legacyOnly) return;
  if (!(ENABLING_FLOWS[flow] ?? []).some((value) => flows.includes(value))) {
    throw invalidParameter(`${flow} flow not enabled for this client`);
  }
}
