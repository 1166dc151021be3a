import { type KeyObject, constants, verify } from 'node:crypto';

/**
 * Compact JWS decoding and RSA signature checking with node:crypto. Not jose: jose 6 is ESM-only, which this
 * repository's CommonJS build (tsc `node16`) and Jest 30 on Node 20 cannot load; the check itself is small.
 * HTTP API JWT authorizers accept only RSA-based algorithms.
 */

interface RsaAlgorithm {
  readonly digest: 'sha256' | 'sha384' | 'sha512';
  readonly padding: number;
  /** PSS salt length = digest length in bytes. */
  readonly saltLength?: number;
}

const RSA_ALGORITHMS: Readonly<Record<string, RsaAlgorithm>> = {
  RS256: { digest: 'sha256', padding: constants.RSA_PKCS1_PADDING },
  RS384: { digest: 'sha384', padding: constants.RSA_PKCS1_PADDING },
  RS512: { digest: 'sha512', padding: constants.RSA_PKCS1_PADDING },
  PS256: { digest: 'sha256', padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
  PS384: { digest: 'sha384', padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 },
  PS512: { digest: 'sha512', padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 },
};

export class InvalidTokenError extends Error {
  constructor(readonly description: string) {
    super(description);
    this.name = 'InvalidTokenError';
  }
}

export interface DecodedJwt {
  readonly algorithm: string;
  readonly keyId: string;
  readonly claims: Readonly<Record<string, unknown>>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

const parseJsonObject = (part: string): Record<string, unknown> | undefined => {
  if (!BASE64URL.test(part)) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** Splits and parses the token; throws InvalidTokenError when it is not an RSA-signed JWT with a key id. */
export const decodeJwt = (token: string): DecodedJwt => {
  const parts = token.split('.');
  const [headerPart, payloadPart, signaturePart] = parts;
  if (parts.length !== 3 || headerPart === undefined || payloadPart === undefined || signaturePart === undefined) {
    throw new InvalidTokenError('the token is not a valid JWT');
  }
  const header = parseJsonObject(headerPart);
  const claims = parseJsonObject(payloadPart);
  if (header === undefined || claims === undefined || !BASE64URL.test(signaturePart)) {
    throw new InvalidTokenError('the token is not a valid JWT');
  }
  const { alg, kid } = header;
  if (typeof alg !== 'string' || !(alg in RSA_ALGORITHMS)) {
    throw new InvalidTokenError(`signing method ${String(alg)} is invalid`);
  }
  if (typeof kid !== 'string' || kid === '') {
    throw new InvalidTokenError('the token has no key id (kid)');
  }
  return {
    algorithm: alg,
    keyId: kid,
    claims,
    signingInput: `${headerPart}.${payloadPart}`,
    signature: Buffer.from(signaturePart, 'base64url'),
  };
};

export const hasValidSignature = (jwt: DecodedJwt, key: KeyObject): boolean => {
  const algorithm = RSA_ALGORITHMS[jwt.algorithm];
  if (algorithm === undefined || key.asymmetricKeyType !== 'rsa') {
    return false;
  }
  return verify(
    algorithm.digest,
    Buffer.from(jwt.signingInput),
    { key, padding: algorithm.padding, ...(algorithm.saltLength === undefined ? {} : { saltLength: algorithm.saltLength }) },
    jwt.signature,
  );
};
