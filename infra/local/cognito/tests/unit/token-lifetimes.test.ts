import {
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
  AdminConfirmSignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startHarness, STOREFRONT_CLIENT, STOREFRONT_POOL, type Harness } from './support/cognito-harness';
import { JoseVerifier } from './support/jose-verifier';

const CLIENT = STOREFRONT_CLIENT.clientId;
const PASSWORD = 'Correct-Horse-42';
const HOUR = 3600 * 1000;

describe('token lifetimes', () => {
  let harness: Harness;
  const jose = new JoseVerifier();

  beforeAll(async () => {
    harness = await startHarness();
    await harness.sdk.send(new SignUpCommand({ ClientId: CLIENT, Username: 'judy@example.com', Password: PASSWORD }));
    await harness.sdk.send(
      new AdminConfirmSignUpCommand({ UserPoolId: STOREFRONT_POOL.id, Username: 'judy@example.com' }),
    );
  });

  afterAll(async () => {
    await jose.close();
    await harness.close();
  });

  const signIn = async () =>
    (
      await harness.sdk.send(
        new InitiateAuthCommand({
          ClientId: CLIENT,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'judy@example.com', PASSWORD },
        }),
      )
    ).AuthenticationResult;

  it('makes an ID token fail verification once its hour has passed', async () => {
    // Prepare
    const tokens = await signIn();
    // Act
    const result = await jose.verify(tokens?.IdToken ?? '', {
      jwksUrl: harness.jwksUrl,
      issuer: harness.issuer,
      audience: CLIENT,
      currentDate: new Date(harness.clock.now().getTime() + HOUR + 1000),
    });
    // Assess
    expect(result).toMatchObject({ ok: false, code: 'ERR_JWT_EXPIRED' });
  });

  it('makes tokens minted under an earlier clock fail verification now', async () => {
    // Prepare
    harness.clock.advance(-2 * HOUR);
    const tokens = await signIn();
    harness.clock.advance(2 * HOUR);
    // Act
    const result = await jose.verify(tokens?.AccessToken ?? '', { jwksUrl: harness.jwksUrl, issuer: harness.issuer });
    // Assess
    expect(result).toMatchObject({ ok: false, code: 'ERR_JWT_EXPIRED' });
  });

  it('refuses GetUser with an expired access token', async () => {
    // Prepare
    const tokens = await signIn();
    harness.clock.advance(HOUR);
    // Act
    const act = harness.sdk.send(new GetUserCommand({ AccessToken: tokens?.AccessToken }));
    // Assess
    await expect(act).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has expired' });
  });

  it('refuses GetUser with a tampered access token', async () => {
    // Prepare
    const [header, payload, signature] = (await signIn())?.AccessToken?.split('.') ?? [];
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = [
      header,
      Buffer.from(JSON.stringify({ ...claims, username: 'someone-else' })).toString('base64url'),
      signature,
    ].join('.');
    // Act
    const act = harness.sdk.send(new GetUserCommand({ AccessToken: forged }));
    // Assess
    await expect(act).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Access Token' });
  });

  it('refuses a refresh token once the client’s refresh lifetime has passed', async () => {
    // Prepare
    const tokens = await signIn();
    harness.clock.advance(31 * 24 * HOUR);
    // Act
    const act = harness.sdk.send(
      new InitiateAuthCommand({
        ClientId: CLIENT,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: tokens?.RefreshToken ?? '' },
      }),
    );
    // Assess
    await expect(act).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Refresh Token has expired' });
  });

  it('refuses a made-up refresh token', async () => {
    // Act
    const act = harness.sdk.send(
      new InitiateAuthCommand({
        ClientId: CLIENT,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: 'made-up' },
      }),
    );
    // Assess
    await expect(act).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
  });
});
