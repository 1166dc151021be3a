import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A key as kept between runs: its id and the PKCS#8 PEM of the private key (the public half is derived). */
export interface StoredSigningKey {
  readonly kid: string;
  readonly privateKeyPem: string;
}

/** Cognito signs ID and access tokens with different keys of the pool, both published in its JWKS. */
export interface StoredPoolKeys {
  readonly id: StoredSigningKey;
  readonly access: StoredSigningKey;
}

/** Where pool keys live: in memory for tests, under `.local/` for `npm start` so issued tokens outlive a restart. */
export interface SigningKeyStore {
  load(poolId: string): Promise<StoredPoolKeys | undefined>;
  save(poolId: string, keys: StoredPoolKeys): Promise<void>;
}

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The JWKS entry, shaped like Cognito's: `alg`, `e`, `kid`, `kty`, `n`, `use`. */
  readonly jwk: JsonWebKey;
}

export interface PoolKeys {
  readonly id: SigningKey;
  readonly access: SigningKey;
}

export function inMemoryKeyStore(): SigningKeyStore {
  const keys = new Map<string, StoredPoolKeys>();
  return {
    load: (poolId) => Promise.resolve(keys.get(poolId)),
    save: (poolId, poolKeys) => {
      keys.set(poolId, poolKeys);
      return Promise.resolve();
    },
  };
}

/** One `<poolId>.json` per pool in `directory`, readable by the owner only (it holds private keys). */
export function directoryKeyStore(directory: string): SigningKeyStore {
  const fileOf = (poolId: string): string => path.join(directory, `${poolId}.json`);
  return {
    async load(poolId) {
      try {
        return JSON.parse(await fs.readFile(fileOf(poolId), 'utf8')) as StoredPoolKeys;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async save(poolId, keys) {
      await fs.mkdir(directory, { recursive: true });
      // Write then rename: a crash mid-write never leaves a truncated key file that would fail the next start.
      const partial = `${fileOf(poolId)}.${String(process.pid)}.tmp`;
      await fs.writeFile(partial, JSON.stringify(keys, null, 2), { mode: 0o600 });
      await fs.rename(partial, fileOf(poolId));
    },
  };
}

function newStoredKey(): Promise<StoredSigningKey> {
  return new Promise((resolve, reject) => {
    generateKeyPair('rsa', { modulusLength: 2048, publicExponent: 0x10001 }, (error, publicKey, privateKey) => {
      if (error) {
        reject(error);
        return;
      }
      // Cognito's key ids are base64 strings ending in '='; a digest of the public key gives the same look, stably.
      const kid = createHash('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('base64');
      resolve({ kid, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
    });
  });
}

function signingKey(stored: StoredSigningKey): SigningKey {
  const privateKey = createPrivateKey(stored.privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  const { e, n, kty } = publicKey.export({ format: 'jwk' });
  return { kid: stored.kid, privateKey, publicKey, jwk: { alg: 'RS256', e, kid: stored.kid, kty, n, use: 'sig' } };
}

/** The pool's keys from `store`, generated (and saved) the first time the pool is seen. */
export async function loadOrCreatePoolKeys(poolId: string, store: SigningKeyStore): Promise<PoolKeys> {
  let stored = await store.load(poolId);
  if (stored === undefined) {
    const [id, access] = await Promise.all([newStoredKey(), newStoredKey()]);
    stored = { id, access };
    await store.save(poolId, stored);
  }
  return { id: signingKey(stored.id), access: signingKey(stored.access) };
}
