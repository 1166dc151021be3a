import { generateTemporaryPassword, hashPassword, passwordPolicyViolation, verifyPassword } from '../../passwords';
import { DEFAULT_PASSWORD_POLICY } from '../../user-pool-config';

const POLICY = { ...DEFAULT_PASSWORD_POLICY, minimumLength: 12 };

describe('passwordPolicyViolation', () => {
  it.each([
    ['Ab1!', 'Password not long enough'],
    ['ABCDEFGHIJ1!', 'Password must have lowercase characters'],
    ['abcdefghij1!', 'Password must have uppercase characters'],
    ['Abcdefghijk!', 'Password must have numeric characters'],
    ['Abcdefghijk1', 'Password must have symbol characters'],
  ])('rejects %s with “%s”', (password, reason) => {
    // Act
    const violation = passwordPolicyViolation(password, POLICY);
    // Assess
    expect(violation).toBe(reason);
  });

  it('counts an inner space as a symbol but not a trailing one', () => {
    // Act
    const inner = passwordPolicyViolation('Abcdef ghijk1', POLICY);
    const trailing = passwordPolicyViolation('Abcdefghijk1 ', POLICY);
    // Assess
    expect(inner).toBeUndefined();
    expect(trailing).toBe('Password must have symbol characters');
  });

  it('accepts what a relaxed policy does not require', () => {
    // Act
    const violation = passwordPolicyViolation('password', {
      ...POLICY,
      minimumLength: 8,
      requireUppercase: false,
      requireNumbers: false,
      requireSymbols: false,
    });
    // Assess
    expect(violation).toBeUndefined();
  });
});

describe('generateTemporaryPassword', () => {
  it('always satisfies the policy it is generated for', () => {
    // Act
    const passwords = Array.from({ length: 50 }, () => generateTemporaryPassword({ ...POLICY, minimumLength: 16 }));
    // Assess
    expect(passwords.map((password) => passwordPolicyViolation(password, { ...POLICY, minimumLength: 16 }))).toEqual(
      passwords.map(() => undefined),
    );
  });
});

describe('hashPassword', () => {
  it('stores a salted scrypt hash that verifies only the same password', async () => {
    // Act
    const [first, second] = await Promise.all([hashPassword('Correct-Horse-42'), hashPassword('Correct-Horse-42')]);
    // Assess
    expect(first).toMatch(/^scrypt\$4096\$8\$1\$/);
    expect(first).not.toContain('Correct-Horse-42');
    expect(first).not.toBe(second);
    await expect(verifyPassword('Correct-Horse-42', first)).resolves.toBe(true);
    await expect(verifyPassword('Correct-Horse-43', first)).resolves.toBe(false);
  });
});
