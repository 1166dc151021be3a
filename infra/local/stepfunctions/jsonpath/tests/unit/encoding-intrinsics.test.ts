import type { Json } from '../../../../assembly/json';
import { evaluateIntrinsic, type PathScope } from '../..';
import { statesErrorOf } from './expect-states-error';

const SCOPE: PathScope = { context: {}, variables: {} };
const evaluate = (expression: string, data: Json = {}) => evaluateIntrinsic(expression, data, SCOPE);

describe('States.Base64Encode and States.Base64Decode', () => {
  it.each<[string, Json, Json]>([
    ['States.Base64Encode($.input)', { input: 'Data to encode' }, 'RGF0YSB0byBlbmNvZGU='],
    ['States.Base64Decode($.base64)', { base64: 'RGF0YSB0byBlbmNvZGU=' }, 'Data to encode'],
    ["States.Base64Encode('')", {}, ''],
    ["States.Base64Decode('')", {}, ''],
    ["States.Base64Encode('héllo €')", {}, 'aMOpbGxvIOKCrA=='],
    ["States.Base64Decode('aMOpbGxvIOKCrA==')", {}, 'héllo €'],
    ["States.Base64Decode('RGF0YSB0byBlbmNvZGU')", {}, 'Data to encode'],
    ["States.Base64Decode(States.Base64Encode('round trip'))", {}, 'round trip'],
  ])('%s → %j', (expression, data, expected) => {
    // Act
    const value = evaluate(expression, data);
    // Assess
    expect(value).toEqual(expected);
  });

  it('accepts an input of exactly 10,000 characters', () => {
    // Act
    const value = evaluate('States.Base64Encode($.text)', { text: 'a'.repeat(10_000) });
    // Assess
    expect(typeof value).toBe('string');
  });

  it.each<[string, string, Json]>([
    ['encoding more than 10,000 characters', 'States.Base64Encode($.text)', { text: 'a'.repeat(10_001) }],
    ['decoding more than 10,000 characters', 'States.Base64Decode($.text)', { text: 'QUFB'.repeat(2_501) }],
    ['encoding a number', 'States.Base64Encode(42)', {}],
    ['decoding an object', 'States.Base64Decode($)', {}],
    ['decoding text that is not Base64', "States.Base64Decode('not base64!')", {}],
    ['decoding a truncated quantum', "States.Base64Decode('QUFBQ')", {}],
    ['encoding without an argument', 'States.Base64Encode()', {}],
  ])('fail with States.IntrinsicFailure when %s', (_, expression, data) => {
    // Act
    const error = statesErrorOf(() => evaluate(expression, data));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});

describe('States.Hash', () => {
  it('hashes the developer guide example with SHA-1', () => {
    // Act
    const value = evaluate('States.Hash($.Data, $.Algorithm)', { Data: 'input data', Algorithm: 'SHA-1' });
    // Assess
    expect(value).toBe('aaff4a450a104cd177d28d18d74485e8cae074b7');
  });

  // The FIPS 180 / RFC 1321 test vectors for "abc".
  it.each<[string, string]>([
    ['MD5', '900150983cd24fb0d6963f7d28e17f72'],
    ['SHA-1', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['SHA-256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['SHA-384', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
    [
      'SHA-512',
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    ],
  ])('computes %s as lowercase hex', (algorithm, digest) => {
    // Act
    const value = evaluate(`States.Hash('abc', '${algorithm}')`);
    // Assess
    expect(value).toBe(digest);
  });

  it.each<[string, string, Json]>([
    ['the algorithm is not one of the five', "States.Hash('abc', 'SHA-224')", {}],
    ['the algorithm is spelled differently', "States.Hash('abc', 'sha256')", {}],
    ['the data is not a string', "States.Hash($.n, 'MD5')", { n: 1 }],
    ['the data has more than 10,000 characters', "States.Hash($.text, 'MD5')", { text: 'a'.repeat(10_001) }],
    ['the algorithm is missing', "States.Hash('abc')", {}],
  ])('fails with States.IntrinsicFailure when %s', (_, expression, data) => {
    // Act
    const error = statesErrorOf(() => evaluate(expression, data));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});
