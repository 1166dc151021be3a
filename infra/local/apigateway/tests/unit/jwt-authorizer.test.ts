import type { JwtAuthorization } from '../../http-api-model';
import { type IdentitySources, type JwtVerifier, createJwtAuthorizer } from '../../jwt-authorizer';
import { type JwksIssuer, type SigningKey, accessTokenClaims, newSigningKey, nowSeconds, signJwt, startJwksIssuer } from './support/tokens';

const CLIENT_ID = '5kek0i61pgkokoob4fsm9fo9it';

describe('createJwtAuthorizer', () => {
  let key: SigningKey;
  let otherKey: SigningKey;
  let issuer: JwksIssuer;
  let authorization: JwtAuthorization;
  let verify: JwtVerifier;

  beforeAll(async () => {
    key = newSigningKey('key-1');
    // Same kid, different key pair: a forged token that claims to come from the issuer.
    otherKey = newSigningKey('key-1');
    issuer = await startJwksIssuer([key]);
    authorization = { type: 'JWT', issuer: issuer.issuer, audience: [CLIENT_ID], identitySource: ['$request.header.Authorization'] };
    verify = createJwtAuthorizer();
  });

  afterAll(async () => {
    await issuer.close();
  });

  const bearer = (token: string): IdentitySources => ({ headers: { authorization: `Bearer ${token}` }, query: {} });
  const token = (claims: Readonly<Record<string, unknown>> = {}, signer: SigningKey = key): string =>
    signJwt(signer, accessTokenClaims(issuer.issuer, CLIENT_ID, claims));

  it('accepts a valid access token and hands on its claims as strings, scopes null', async () => {
    // Act
    const outcome = await verify(bearer(token()), authorization);
    // Assess
    expect(outcome).toEqual({
      authorized: true,
      scopes: null,
      claims: expect.objectContaining({
        sub: 'a1b2c3d4-0000-4000-8000-000000000001',
        'cognito:groups': '[admin customers]',
        client_id: CLIENT_ID,
        token_use: 'access',
        exp: expect.stringMatching(/^\d+$/) as unknown,
      }) as unknown,
    });
  });

  it('accepts the token without the Bearer prefix', async () => {
    // Act
    const outcome = await verify({ headers: { authorization: token() }, query: {} }, authorization);
    // Assess
    expect(outcome.authorized).toBe(true);
  });

  it('reads a query-string identity source', async () => {
    // Prepare
    const fromQuery: JwtAuthorization = { ...authorization, identitySource: ['$request.querystring.access_token'] };
    // Act
    const outcome = await verify({ headers: {}, query: { access_token: token() } }, fromQuery);
    // Assess
    expect(outcome.authorized).toBe(true);
  });

  it('accepts an ID token by its aud claim', async () => {
    // Prepare
    const idToken = token({ client_id: undefined, aud: CLIENT_ID, token_use: 'id', scope: undefined });
    // Act
    const outcome = await verify(bearer(idToken), authorization);
    // Assess
    expect(outcome.authorized).toBe(true);
  });

  it('judges aud and not client_id when a token has both', async () => {
    // Act
    const outcome = await verify(bearer(token({ aud: 'another-client' })), authorization);
    // Assess
    expect(outcome).toMatchObject({ authorized: false, status: 401 });
  });

  it.each([
    ['a missing token', (): IdentitySources => ({ headers: {}, query: {} }), 'Bearer scope=""'],
    ['an empty bearer', (): IdentitySources => bearer(''), 'Bearer scope=""'],
  ])('refuses %s with 401 and a bare challenge', async (_case, identity, challenge) => {
    // Act
    const outcome = await verify(identity(), authorization);
    // Assess
    expect(outcome).toEqual({ authorized: false, status: 401, wwwAuthenticate: challenge, reason: 'the token is missing' });
  });

  it.each([
    ['a wrong issuer', (): string => token({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_other' }), 'the token does not have a valid issuer'],
    ['a wrong audience', (): string => token({ client_id: 'someone-else' }), 'the token does not have a valid audience'],
    ['an expired token', (): string => token({ exp: nowSeconds() - 1 }), 'the token has expired'],
    ['a token without exp', (): string => token({ exp: undefined }), 'the token has expired'],
    ['a token not valid yet', (): string => token({ nbf: nowSeconds() + 600 }), 'the token is not valid yet'],
    ['a token issued in the future', (): string => token({ iat: nowSeconds() + 600 }), 'the token was issued in the future'],
    ['a forged signature', (): string => token({}, otherKey), 'the token signature is invalid'],
    ['an unknown key id', (): string => signJwt(key, accessTokenClaims(issuer.issuer, CLIENT_ID), { kid: 'key-9' }), 'the token key id (kid) matches no key of the issuer'],
    ['an HMAC-signed token', (): string => signJwt(key, accessTokenClaims(issuer.issuer, CLIENT_ID), { alg: 'HS256' }), 'signing method HS256 is invalid'],
    ['garbage', (): string => 'not-a-jwt', 'the token is not a valid JWT'],
  ])('refuses %s with 401 and says why in www-authenticate', async (_case, makeToken, description) => {
    // Act
    const outcome = await verify(bearer(makeToken()), authorization);
    // Assess
    expect(outcome).toEqual({
      authorized: false,
      status: 401,
      wwwAuthenticate: `Bearer scope="" error="invalid_token" error_description="${description}"`,
      reason: description,
    });
  });

  describe('on a route with authorization scopes', () => {
    it('hands on the token full scope list when one scope matches', async () => {
      // Prepare
      const scoped: JwtAuthorization = { ...authorization, scopes: ['orders/read', 'admin/all'] };
      // Act
      const outcome = await verify(bearer(token({ scope: 'orders/read orders/write' })), scoped);
      // Assess
      expect(outcome).toMatchObject({ authorized: true, scopes: ['orders/read', 'orders/write'] });
    });

    it('refuses a token without any of the scopes with 403', async () => {
      // Prepare
      const scoped: JwtAuthorization = { ...authorization, scopes: ['orders/read'] };
      // Act
      const outcome = await verify(bearer(token({ scope: 'profile' })), scoped);
      // Assess
      expect(outcome).toEqual({
        authorized: false,
        status: 403,
        wwwAuthenticate: 'Bearer scope="orders/read" error="insufficient_scope" error_description="the token does not have a required scope"',
        reason: 'the token does not have a required scope',
      });
    });
  });

  it('fetches the issuer keys once and serves later requests from the cache', async () => {
    // Prepare
    const cachedIssuer = await startJwksIssuer([key]);
    const fresh = createJwtAuthorizer();
    const cached: JwtAuthorization = { ...authorization, issuer: cachedIssuer.issuer };
    const valid = signJwt(key, accessTokenClaims(cachedIssuer.issuer, CLIENT_ID));
    // Act
    const outcomes = await Promise.all([fresh(bearer(valid), cached), fresh(bearer(valid), cached), fresh(bearer(valid), cached)]);
    // Assess
    expect(outcomes.map((outcome) => outcome.authorized)).toEqual([true, true, true]);
    expect(cachedIssuer.fetches()).toBe(1);
    await cachedIssuer.close();
  });

  it('refuses with 401 while the issuer keys cannot be fetched', async () => {
    // Prepare
    const unreachable: JwtAuthorization = { ...authorization, issuer: 'http://127.0.0.1:9/us-east-1_gone' };
    const orphan = signJwt(key, accessTokenClaims(unreachable.issuer, CLIENT_ID));
    // Act
    const outcome = await verify(bearer(orphan), unreachable);
    // Assess
    expect(outcome).toMatchObject({ authorized: false, status: 401, reason: expect.stringContaining('could not fetch the signing keys') as unknown });
  });
});
