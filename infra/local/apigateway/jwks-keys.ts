import { type JsonWebKey, type KeyObject, createPublicKey } from 'node:crypto';

/** Finds the public key an issuer signs with under a key id; undefined when the issuer has no such key. */
export type SigningKeyResolver = (issuer: string, keyId: string) => Promise<KeyObject | undefined>;

export interface JwksKeyResolverOptions {
  /** Where an issuer publishes its keys. Default: `<issuer>/.well-known/jwks.json`, Cognito's location. */
  readonly jwksUrl?: (issuer: string) => string;
  /** API Gateway may cache an issuer's public keys for two hours. */
  readonly maxAgeMs?: number;
  /** An unknown key id refetches the set (key rotation), but no more often than this. */
  readonly refetchCooldownMs?: number;
  readonly fetchTimeoutMs?: number;
  readonly now?: () => number;
}

export class SigningKeysUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`could not fetch the signing keys at ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'SigningKeysUnavailableError';
  }
}

interface CachedKeySet {
  readonly keys: ReadonlyMap<string, KeyObject>;
  readonly fetchedAt: number;
}

const isJwk = (value: unknown): value is JsonWebKey & { kid: string } =>
  typeof value === 'object' && value !== null && typeof (value as { kid?: unknown }).kid === 'string';

/** Only RSA signing keys matter to the authorizer; anything else in the set is skipped, not fatal. */
const toKeyMap = (document: unknown): Map<string, KeyObject> => {
  const entries = (document as { keys?: unknown } | null)?.keys;
  const keys = new Map<string, KeyObject>();
  for (const jwk of Array.isArray(entries) ? (entries as unknown[]) : []) {
    if (isJwk(jwk) && jwk.kty === 'RSA' && (jwk.use === undefined || jwk.use === 'sig')) {
      try {
        keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
      } catch {
        // A malformed key cannot verify anything; the token it signed fails as "no matching key".
      }
    }
  }
  return keys;
};

/** Fetches each issuer's JWKS on first use and caches it; concurrent first requests share one fetch. */
export const createJwksKeyResolver = (options: JwksKeyResolverOptions = {}): SigningKeyResolver => {
  const jwksUrl = options.jwksUrl ?? ((issuer: string): string => `${issuer.replace(/\/+$/, '')}/.well-known/jwks.json`);
  const maxAgeMs = options.maxAgeMs ?? 2 * 60 * 60 * 1000;
  const refetchCooldownMs = options.refetchCooldownMs ?? 30_000;
  const fetchTimeoutMs = options.fetchTimeoutMs ?? 5_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Promise<CachedKeySet>>();

  const fetchKeySet = async (issuer: string): Promise<CachedKeySet> => {
    const url = jwksUrl(issuer);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(fetchTimeoutMs) });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      return { keys: toKeyMap(await response.json()), fetchedAt: now() };
    } catch (error: unknown) {
      throw new SigningKeysUnavailableError(url, error);
    }
  };

  const load = (issuer: string): Promise<CachedKeySet> => {
    const pending = fetchKeySet(issuer);
    cache.set(issuer, pending);
    // A failed fetch is not cached: the next request tries again (the local Cognito may still be starting).
    void pending.catch(() => {
      if (cache.get(issuer) === pending) {
        cache.delete(issuer);
      }
    });
    return pending;
  };

  return async (issuer, keyId) => {
    const cached = cache.get(issuer);
    let keySet = await (cached ?? load(issuer));
    if (now() - keySet.fetchedAt > maxAgeMs || (!keySet.keys.has(keyId) && now() - keySet.fetchedAt > refetchCooldownMs)) {
      keySet = await load(issuer);
    }
    return keySet.keys.get(keyId);
  };
};
