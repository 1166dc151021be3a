import type { JwtAuthorization } from './http-api-model';
import { flattenClaims, tokenScopes } from './jwt-claims';
import { type SigningKeyResolver, SigningKeysUnavailableError, createJwksKeyResolver } from './jwks-keys';
import { type DecodedJwt, InvalidTokenError, decodeJwt, hasValidSignature } from './jwt-token';

/**
 * The HTTP API JWT authorizer ("Controlling access to HTTP APIs with JWT authorizers"): read the token from the
 * identity source (with or without `Bearer `), check its RSA signature against the issuer's published keys, then
 * `iss`, `aud` — or `client_id` when the token has no `aud` —, `exp`, `nbf`, `iat`, and the route's scopes.
 */

/** Where identity sources are read from: lower-cased header names, decoded query parameters. */
export interface IdentitySources {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
}

export type JwtAuthorizerOutcome =
  | {
      readonly authorized: true;
      /** For `requestContext.authorizer.jwt.claims`, every value a string. */
      readonly claims: Readonly<Record<string, string>>;
      /** The token's scopes on routes that require scopes; null on other routes, as API Gateway sends it. */
      readonly scopes: readonly string[] | null;
    }
  | {
      readonly authorized: false;
      /** 401 for a missing or invalid token, 403 for a valid token without a required scope. */
      readonly status: 401 | 403;
      readonly wwwAuthenticate: string;
      /** Why, for the request log line (the client sees only the header). */
      readonly reason: string;
    };

export type JwtVerifier = (identity: IdentitySources, authorization: JwtAuthorization) => Promise<JwtAuthorizerOutcome>;

export interface JwtAuthorizerOptions {
  /** Default: each issuer's JWKS at `<issuer>/.well-known/jwks.json`, fetched once and cached. */
  readonly signingKeys?: SigningKeyResolver;
  /** Epoch milliseconds. */
  readonly now?: () => number;
}

const scopeParameter = (authorization: JwtAuthorization): string => `scope="${(authorization.scopes ?? []).join(' ')}"`;

/** The shape API Gateway documents: `Bearer scope="" error="invalid_token" error_description="…"`. */
const denied = (authorization: JwtAuthorization, description: string): JwtAuthorizerOutcome => ({
  authorized: false,
  status: 401,
  wwwAuthenticate: `Bearer ${scopeParameter(authorization)} error="invalid_token" error_description="${description}"`,
  reason: description,
});

/** No credentials at all: RFC 6750 §3.1 says to name no error then. */
const missingToken = (authorization: JwtAuthorization): JwtAuthorizerOutcome => ({
  authorized: false,
  status: 401,
  wwwAuthenticate: `Bearer ${scopeParameter(authorization)}`,
  reason: 'the token is missing',
});

const insufficientScope = (authorization: JwtAuthorization): JwtAuthorizerOutcome => ({
  authorized: false,
  status: 403,
  wwwAuthenticate: `Bearer ${scopeParameter(authorization)} error="insufficient_scope" error_description="the token does not have a required scope"`,
  reason: 'the token does not have a required scope',
});

const readIdentitySource = (source: string, identity: IdentitySources): string | undefined => {
  const header = /^\$request\.header\.(.+)$/.exec(source)?.[1];
  if (header !== undefined) {
    return identity.headers[header.toLowerCase()];
  }
  const parameter = /^\$request\.querystring\.(.+)$/.exec(source)?.[1];
  return parameter === undefined ? undefined : identity.query[parameter];
};

/** The token, or undefined when any identity source is absent (API Gateway then answers 401 at once). */
const tokenFrom = (authorization: JwtAuthorization, identity: IdentitySources): string | undefined => {
  const values = authorization.identitySource.map((source) => readIdentitySource(source, identity)?.trim());
  const [first] = values;
  if (first === undefined || first === '' || values.some((value) => value === undefined || value === '')) {
    return undefined;
  }
  const token = first.replace(/^bearer(\s+|$)/i, '').trim();
  return token === '' ? undefined : token;
};

const hasValidAudience = (claims: Readonly<Record<string, unknown>>, audience: readonly string[]): boolean => {
  const { aud, client_id: clientId } = claims;
  if (aud !== undefined) {
    const audiences: unknown[] = Array.isArray(aud) ? aud : [aud];
    return audiences.some((value) => typeof value === 'string' && audience.includes(value));
  }
  return typeof clientId === 'string' && audience.includes(clientId);
};

/** The claim checks in the documented order; the first failure's description, or undefined when all hold. */
const claimProblem = (jwt: DecodedJwt, authorization: JwtAuthorization, nowSeconds: number): string | undefined => {
  const { iss, exp, nbf, iat } = jwt.claims;
  if (iss !== authorization.issuer) {
    return 'the token does not have a valid issuer';
  }
  if (!hasValidAudience(jwt.claims, authorization.audience)) {
    return 'the token does not have a valid audience';
  }
  if (typeof exp !== 'number' || exp <= nowSeconds) {
    return 'the token has expired';
  }
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds)) {
    return 'the token is not valid yet';
  }
  if (iat !== undefined && (typeof iat !== 'number' || iat > nowSeconds)) {
    return 'the token was issued in the future';
  }
  return undefined;
};

export const createJwtAuthorizer = (options: JwtAuthorizerOptions = {}): JwtVerifier => {
  const signingKeys = options.signingKeys ?? createJwksKeyResolver();
  const now = options.now ?? Date.now;

  return async (identity, authorization) => {
    const token = tokenFrom(authorization, identity);
    if (token === undefined) {
      return missingToken(authorization);
    }
    let jwt: DecodedJwt;
    try {
      jwt = decodeJwt(token);
    } catch (error: unknown) {
      if (error instanceof InvalidTokenError) {
        return denied(authorization, error.description);
      }
      throw error;
    }
    let key;
    try {
      key = await signingKeys(authorization.issuer, jwt.keyId);
    } catch (error: unknown) {
      if (error instanceof SigningKeysUnavailableError) {
        return { ...denied(authorization, 'the issuer signing keys could not be fetched'), reason: error.message };
      }
      throw error;
    }
    if (key === undefined) {
      return denied(authorization, 'the token key id (kid) matches no key of the issuer');
    }
    if (!hasValidSignature(jwt, key)) {
      return denied(authorization, 'the token signature is invalid');
    }
    const problem = claimProblem(jwt, authorization, now() / 1000);
    if (problem !== undefined) {
      return denied(authorization, problem);
    }
    const requiredScopes = authorization.scopes ?? [];
    const scopes = tokenScopes(jwt.claims) ?? [];
    if (requiredScopes.length > 0 && !scopes.some((scope) => requiredScopes.includes(scope))) {
      return insufficientScope(authorization);
    }
    return { authorized: true, claims: flattenClaims(jwt.claims), scopes: requiredScopes.length > 0 ? scopes : null };
  };
};
