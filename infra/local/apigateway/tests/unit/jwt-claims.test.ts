import { parseGroups } from '../../../../../domains/shared/http/access';
import { flattenClaims, tokenScopes } from '../../jwt-claims';

describe('flattenClaims', () => {
  it('renders claims the way the HTTP API JWT authorizer delivers them', () => {
    // Prepare
    const claims = {
      sub: 'user-123',
      exp: 1787996002,
      email_verified: true,
      'cognito:groups': ['admin', 'customers'],
      nickname: null,
      address: { country: 'JP' },
    };
    // Act
    const flattened = flattenClaims(claims);
    // Assess
    expect(flattened).toEqual({
      sub: 'user-123',
      exp: '1787996002',
      email_verified: 'true',
      'cognito:groups': '[admin customers]',
      address: '{"country":"JP"}',
    });
  });

  it('produces a groups claim that domains/shared/http/access.ts parses back', () => {
    // Act
    const flattened = flattenClaims({ 'cognito:groups': ['admin', 'customers'] });
    // Assess
    expect(parseGroups(flattened['cognito:groups'])).toEqual(['admin', 'customers']);
  });

  it('renders an empty array as []', () => {
    // Act
    const flattened = flattenClaims({ 'cognito:groups': [] });
    // Assess
    expect(flattened).toEqual({ 'cognito:groups': '[]' });
  });
});

describe('tokenScopes', () => {
  it('splits the space-separated scope claim of Cognito access tokens', () => {
    // Act
    const scopes = tokenScopes({ scope: 'orders/read  orders/write' });
    // Assess
    expect(scopes).toEqual(['orders/read', 'orders/write']);
  });

  it('prefers scp to scope', () => {
    // Act
    const scopes = tokenScopes({ scp: ['a', 'b'], scope: 'ignored' });
    // Assess
    expect(scopes).toEqual(['a', 'b']);
  });

  it('returns undefined for a token without scopes, such as a Cognito ID token', () => {
    // Act
    const scopes = tokenScopes({ sub: 'u1', aud: 'client' });
    // Assess
    expect(scopes).toBeUndefined();
  });
});
