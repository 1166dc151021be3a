import {
  ConfirmSignUpCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startHarness, STOREFRONT_CLIENT, type Harness } from './support/cognito-harness';
import { JoseVerifier } from './support/jose-verifier';

const EMAIL = 'carol@example.com';
const PASSWORD = 'Correct-Horse-42';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function claimsOf(token: string): Record<string, unknown> {
  const [, payload = ''] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('a customer who signs up, confirms and signs in with USER_PASSWORD_AUTH', () => {
  let harness: Harness;
  const jose = new JoseVerifier();
  let userSub: string;
  let tokens: { IdToken: string; AccessToken: string; RefreshToken: string; ExpiresIn: number; TokenType: string };

  beforeAll(async () => {
    harness = await startHarness();
    const signUp = await harness.sdk.send(
      new SignUpCommand({
        ClientId: STOREFRONT_CLIENT.clientId,
        Username: EMAIL,
        Password: PASSWORD,
        UserAttributes: [{ Name: 'name', Value: 'Carol' }],
      }),
    );
    userSub = signUp.UserSub ?? '';
    await harness.sdk.send(
      new ConfirmSignUpCommand({ ClientId: STOREFRONT_CLIENT.clientId, Username: EMAIL, ConfirmationCode: '123456' }),
    );
    const signIn = await harness.sdk.send(
      new InitiateAuthCommand({
        ClientId: STOREFRONT_CLIENT.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: EMAIL, PASSWORD },
      }),
    );
    const result = signIn.AuthenticationResult;
    tokens = {
      IdToken: result?.IdToken ?? '',
      AccessToken: result?.AccessToken ?? '',
      RefreshToken: result?.RefreshToken ?? '',
      ExpiresIn: result?.ExpiresIn ?? 0,
      TokenType: result?.TokenType ?? '',
    };
  });

  afterAll(async () => {
    await jose.close();
    await harness.close();
  });

  it('logs the confirmation code as the delivered message', () => {
    // Prepare, Act: done in beforeAll
    // Assess
    const delivery = harness.logger.lines.find((line) => line.message.startsWith('Sign-up confirmation code'));
    expect(delivery?.fields).toMatchObject({ destination: EMAIL, code: '123456' });
  });

  it('returns Bearer tokens valid for the client’s access-token lifetime and a refresh token', () => {
    // Assess
    expect(tokens.TokenType).toBe('Bearer');
    expect(tokens.ExpiresIn).toBe(3600);
    expect(tokens.RefreshToken.length).toBeGreaterThan(40);
    expect(tokens.RefreshToken.split('.')).toHaveLength(1);
  });

  it('issues an ID token with exactly the claims Cognito issues, in its order', () => {
    // Act
    const claims = claimsOf(tokens.IdToken);
    // Assess
    expect(Object.keys(claims)).toEqual([
      'sub',
      'email_verified',
      'iss',
      'cognito:username',
      'origin_jti',
      'aud',
      'event_id',
      'token_use',
      'auth_time',
      'name',
      'exp',
      'iat',
      'jti',
      'email',
    ]);
    expect(claims).toMatchObject({
      sub: userSub,
      email_verified: true,
      iss: harness.issuer,
      'cognito:username': userSub,
      aud: STOREFRONT_CLIENT.clientId,
      token_use: 'id',
      name: 'Carol',
      email: EMAIL,
    });
    expect(claims.sub).toMatch(UUID);
    expect(claims.jti).toMatch(UUID);
    expect(claims.origin_jti).toMatch(UUID);
    expect(claims.exp).toBe((claims.iat as number) + 3600);
  });

  it('issues an access token with exactly the claims Cognito issues, sharing the sign-in ids with the ID token', () => {
    // Act
    const claims = claimsOf(tokens.AccessToken);
    const idClaims = claimsOf(tokens.IdToken);
    // Assess
    expect(Object.keys(claims)).toEqual([
      'sub',
      'iss',
      'client_id',
      'origin_jti',
      'event_id',
      'token_use',
      'scope',
      'auth_time',
      'exp',
      'iat',
      'jti',
      'username',
    ]);
    expect(claims).toMatchObject({
      sub: userSub,
      iss: harness.issuer,
      client_id: STOREFRONT_CLIENT.clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: userSub,
      origin_jti: idClaims.origin_jti,
      event_id: idClaims.event_id,
      auth_time: idClaims.auth_time,
    });
    expect(claims.jti).not.toBe(idClaims.jti);
  });

  it('signs the two tokens with different keys of the pool, both verifiable with jose against the JWKS', async () => {
    // Act
    const id = await jose.verify(tokens.IdToken, {
      jwksUrl: harness.jwksUrl,
      issuer: harness.issuer,
      audience: STOREFRONT_CLIENT.clientId,
    });
    const access = await jose.verify(tokens.AccessToken, { jwksUrl: harness.jwksUrl, issuer: harness.issuer });
    // Assess
    expect(id).toMatchObject({ ok: true, payload: { token_use: 'id' }, protectedHeader: { alg: 'RS256' } });
    expect(access).toMatchObject({ ok: true, payload: { token_use: 'access', client_id: STOREFRONT_CLIENT.clientId } });
    if (!id.ok || !access.ok) return;
    expect(Object.keys(id.protectedHeader)).toEqual(['kid', 'alg']);
    expect(id.protectedHeader.kid).not.toBe(access.protectedHeader.kid);
  });

  it('fails jose verification for another audience', async () => {
    // Act
    const result = await jose.verify(tokens.IdToken, {
      jwksUrl: harness.jwksUrl,
      issuer: harness.issuer,
      audience: 'another-client',
    });
    // Assess
    expect(result).toMatchObject({ ok: false, code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
  });

  it('serves an OpenID configuration whose jwks_uri is the pool’s JWKS', async () => {
    // Act
    const response = await fetch(`${harness.issuer}/.well-known/openid-configuration`);
    const configuration = (await response.json()) as Record<string, unknown>;
    // Assess
    expect(response.status).toBe(200);
    expect(configuration).toMatchObject({
      issuer: harness.issuer,
      jwks_uri: harness.jwksUrl,
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });

  it('answers GetUser with the user behind the access token', async () => {
    // Act
    const user = await harness.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken }));
    // Assess
    expect(user.Username).toBe(userSub);
    expect(user.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'sub', Value: userSub },
        { Name: 'email', Value: EMAIL },
        { Name: 'email_verified', Value: 'true' },
      ]),
    );
  });

  it('issues new ID and access tokens for the same sign-in with REFRESH_TOKEN_AUTH', async () => {
    // Prepare
    harness.clock.advance(60_000);
    // Act
    const refreshed = await harness.sdk.send(
      new InitiateAuthCommand({
        ClientId: STOREFRONT_CLIENT.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
      }),
    );
    // Assess
    const result = refreshed.AuthenticationResult;
    expect(result?.RefreshToken).toBeUndefined();
    const before = claimsOf(tokens.IdToken);
    const after = claimsOf(result?.IdToken ?? '');
    expect(after).toMatchObject({
      sub: userSub,
      origin_jti: before.origin_jti,
      auth_time: before.auth_time,
      iat: (before.iat as number) + 60,
    });
    expect(after.jti).not.toBe(before.jti);
    const verified = await jose.verify(result?.AccessToken ?? '', { jwksUrl: harness.jwksUrl, issuer: harness.issuer });
    expect(verified.ok).toBe(true);
  });
});
