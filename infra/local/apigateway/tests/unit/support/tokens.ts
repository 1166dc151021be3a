import { type JsonWebKey, type KeyObject, generateKeyPairSync, sign } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test tokens signed the way Cognito signs them (RS256, `kid` header) and an issuer serving their JWKS at
 * `<issuer>/.well-known/jwks.json`. node:crypto rather than jose: jose 6 is ESM-only and Jest here cannot load it.
 */

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicJwk: JsonWebKey;
}

export const newSigningKey = (kid: string): SigningKey => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
};

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export const signJwt = (
  key: SigningKey,
  claims: Readonly<Record<string, unknown>>,
  header: Readonly<Record<string, unknown>> = {},
): string => {
  const signingInput = `${base64url({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header })}.${base64url(claims)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key.privateKey).toString('base64url')}`;
};

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** A Cognito-like access token for `issuer`, valid for an hour unless `claims` say otherwise. */
export const accessTokenClaims = (issuer: string, clientId: string, claims: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => ({
  sub: 'a1b2c3d4-0000-4000-8000-000000000001',
  'cognito:groups': ['admin', 'customers'],
  iss: issuer,
  client_id: clientId,
  origin_jti: 'f1e2d3c4',
  event_id: 'e5f6a7b8',
  token_use: 'access',
  scope: 'aws.cognito.signin.user.admin',
  auth_time: nowSeconds() - 10,
  exp: nowSeconds() + 3600,
  iat: nowSeconds() - 10,
  jti: 'j1k2l3m4',
  username: 'alice',
  ...claims,
});

export interface JwksIssuer {
  /** `http://127.0.0.1:<port>/us-east-1_localpool`, the way the local Cognito names its pools' issuers. */
  readonly issuer: string;
  /** How often the key set was fetched (caching). */
  readonly fetches: () => number;
  close(): Promise<void>;
}

export const startJwksIssuer = async (keys: readonly SigningKey[]): Promise<JwksIssuer> => {
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    if (request.url?.endsWith('/.well-known/jwks.json') === true) {
      fetches += 1;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: keys.map((key) => key.publicJwk) }));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    issuer: `http://127.0.0.1:${port}/us-east-1_localpool`,
    fetches: () => fetches,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
};
