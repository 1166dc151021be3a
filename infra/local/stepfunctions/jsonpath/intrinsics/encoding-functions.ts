import { createHash } from 'node:crypto';
import { expectArgumentCount, intrinsicFailure, stringArgument, type IntrinsicFunction } from './arguments';

/** The input size the encoding and hash intrinsics accept, in characters. */
export const ENCODING_INPUT_LIMIT = 10_000;

/** The algorithms States.Hash (and JSONata's $hash) name, mapped to Node's digest names. */
export const HASH_ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

// Standard Base64 alphabet; padding may be left off, as AWS accepts unpadded input.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function limitedString(name: string, args: Parameters<IntrinsicFunction>[0], position: number): string {
  const value = stringArgument(name, args, position);
  const characters = Array.from(value).length; // code points, not UTF-16 units
  if (characters > ENCODING_INPUT_LIMIT) {
    throw intrinsicFailure(name, `the input has ${characters} characters, more than ${ENCODING_INPUT_LIMIT}`);
  }
  return value;
}

/** Intrinsics for data encoding and decoding, and for hash calculation. */
export const ENCODING_FUNCTIONS: Readonly<Record<string, IntrinsicFunction>> = {
  /** (string) → its UTF-8 bytes in Base64. */
  'States.Base64Encode': (args) => {
    const name = 'States.Base64Encode';
    expectArgumentCount(name, args, 1);
    return Buffer.from(limitedString(name, args, 0), 'utf8').toString('base64');
  },

  /** (Base64 string) → the UTF-8 text it encodes. */
  'States.Base64Decode': (args) => {
    const name = 'States.Base64Decode';
    expectArgumentCount(name, args, 1);
    const encoded = limitedString(name, args, 0);
    // Node's decoder skips what it does not understand; Step Functions refuses text that is not Base64.
    if (!BASE64.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) {
      throw intrinsicFailure(name, `'${encoded.slice(0, 40)}' is not valid Base64`);
    }
    return Buffer.from(encoded, 'base64').toString('utf8');
  },

  /** (string, algorithm) → the hex digest of its UTF-8 bytes; algorithms MD5, SHA-1, SHA-256, SHA-384, SHA-512. */
  'States.Hash': (args) => {
    const name = 'States.Hash';
    expectArgumentCount(name, args, 2);
    const data = limitedString(name, args, 0);
    const algorithm = stringArgument(name, args, 1);
    const digest = HASH_ALGORITHMS[algorithm];
    if (digest === undefined) {
      throw intrinsicFailure(
        name,
        `the algorithm must be one of ${Object.keys(HASH_ALGORITHMS).join(', ')}, got '${algorithm}'`,
      );
    }
    return createHash(digest).update(data, 'utf8').digest('hex');
  },
};
