import { requireEnv } from '../../config';
import { isUlid, ulidGenerator } from '../../ids';
import { thrownCode } from '../../testing/errors';

describe('ulidGenerator', () => {
  it('generates ULIDs that sort in creation order, even within one millisecond', () => {
    // Prepare
    const ids = ulidGenerator();
    // Act
    const generated = Array.from({ length: 1000 }, () => ids.next());
    // Assess
    expect(generated.every(isUlid)).toBe(true);
    expect([...generated].sort()).toEqual(generated);
    expect(new Set(generated).size).toBe(generated.length);
  });
});

describe('isUlid', () => {
  it.each([
    ['a canonical ULID', '01JH0000000000000000000P01', true],
    ['lower case', '01jh0000000000000000000p01', false],
    ['a letter Crockford excludes (I)', '01JH000000000000000000I001', false],
    ['25 characters', '01JH0000000000000000000P0', false],
    ['a timestamp beyond 48 bits', '8ZZZZZZZZZZZZZZZZZZZZZZZZZ', false],
  ])('judges %s', (_case, value, expected) => {
    // Act
    const valid = isUlid(value);
    // Assess
    expect(valid).toBe(expected);
  });
});

describe('requireEnv', () => {
  it('returns the trimmed value', () => {
    // Act
    const value = requireEnv('TABLE', { TABLE: ' products ' });
    // Assess
    expect(value).toBe('products');
  });

  it.each([{}, { TABLE: '' }, { TABLE: '  ' }])('fails with MISCONFIGURED when the variable is unset or blank (%j)', (env) => {
    // Act
    const code = thrownCode(() => requireEnv('TABLE', env));
    // Assess
    expect(code).toBe('MISCONFIGURED');
  });
});
