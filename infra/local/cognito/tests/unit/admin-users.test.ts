import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startHarness, STOREFRONT_CLIENT, STOREFRONT_POOL, type Harness } from './support/cognito-harness';
import { JoseVerifier } from './support/jose-verifier';

const POOL = STOREFRONT_POOL.id;
const CLIENT = STOREFRONT_CLIENT.clientId;

function claimsOf(token: string | undefined): Record<string, unknown> {
  const [, payload = ''] = (token ?? '').split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('users created by an administrator', () => {
  let harness: Harness;
  const jose = new JoseVerifier();

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await jose.close();
    await harness.close();
  });

  const signIn = (username: string, password: string) =>
    harness.sdk.send(
      new InitiateAuthCommand({
        ClientId: CLIENT,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );

  it('are created in FORCE_CHANGE_PASSWORD with a suppressed invitation', async () => {
    // Act
    const created = await harness.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: POOL,
        Username: 'dave@example.com',
        TemporaryPassword: 'Temporary-Pass-1',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
      }),
    );
    // Assess
    expect(created.User).toMatchObject({ UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true });
    expect(created.User?.UserCreateDate).toBeInstanceOf(Date);
    expect(created.User?.Attributes).toEqual(expect.arrayContaining([{ Name: 'email', Value: 'dave@example.com' }]));
    expect(harness.logger.lines.filter((line) => line.message.startsWith('Invitation'))).toEqual([]);
  });

  it('answer a temporary-password sign-in with NEW_PASSWORD_REQUIRED, then sign in with the new password', async () => {
    // Act
    const challenge = await signIn('dave@example.com', 'Temporary-Pass-1');
    const answered = await harness.sdk.send(
      new RespondToAuthChallengeCommand({
        ClientId: CLIENT,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: 'dave@example.com', NEW_PASSWORD: 'Permanent-Pass-22' },
      }),
    );
    const user = await harness.sdk.send(new AdminGetUserCommand({ UserPoolId: POOL, Username: 'dave@example.com' }));
    // Assess
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(challenge.ChallengeParameters).toMatchObject({ requiredAttributes: '[]' });
    expect(claimsOf(answered.AuthenticationResult?.IdToken)).toMatchObject({
      email: 'dave@example.com',
      email_verified: true,
    });
    expect(user.UserStatus).toBe('CONFIRMED');
    await expect(signIn('dave@example.com', 'Permanent-Pass-22')).resolves.toHaveProperty(
      'AuthenticationResult.AccessToken',
    );
  });

  it('carry cognito:groups with admin after a permanent password and group membership', async () => {
    // Prepare
    await harness.sdk.send(
      new AdminCreateUserCommand({ UserPoolId: POOL, Username: 'admin@example.com', MessageAction: 'SUPPRESS' }),
    );
    await harness.sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: POOL,
        Username: 'admin@example.com',
        Password: 'Admin-Password-1',
        Permanent: true,
      }),
    );
    await harness.sdk.send(
      new AdminAddUserToGroupCommand({ UserPoolId: POOL, Username: 'admin@example.com', GroupName: 'beta-testers' }),
    );
    await harness.sdk.send(
      new AdminAddUserToGroupCommand({ UserPoolId: POOL, Username: 'admin@example.com', GroupName: 'admin' }),
    );
    // Act
    const result = (await signIn('admin@example.com', 'Admin-Password-1')).AuthenticationResult;
    const verified = await jose.verify(result?.IdToken ?? '', {
      jwksUrl: harness.jwksUrl,
      issuer: harness.issuer,
      audience: CLIENT,
    });
    // Assess
    expect(verified).toMatchObject({ ok: true, payload: { 'cognito:groups': ['admin', 'beta-testers'] } });
    expect(claimsOf(result?.AccessToken)).toMatchObject({ 'cognito:groups': ['admin', 'beta-testers'] });
    expect(Object.keys(claimsOf(result?.IdToken))).not.toContain('email_verified');
  });

  it('list their groups by precedence and lose the claim once removed', async () => {
    // Act
    const listed = await harness.sdk.send(
      new AdminListGroupsForUserCommand({ UserPoolId: POOL, Username: 'admin@example.com' }),
    );
    await harness.sdk.send(
      new AdminRemoveUserFromGroupCommand({ UserPoolId: POOL, Username: 'admin@example.com', GroupName: 'admin' }),
    );
    await harness.sdk.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId: POOL,
        Username: 'admin@example.com',
        GroupName: 'beta-testers',
      }),
    );
    const result = (await signIn('admin@example.com', 'Admin-Password-1')).AuthenticationResult;
    // Assess
    expect(listed.Groups?.map((group) => [group.GroupName, group.Precedence])).toEqual([
      ['admin', 1],
      ['beta-testers', undefined],
    ]);
    expect(Object.keys(claimsOf(result?.IdToken))).not.toContain('cognito:groups');
    expect(Object.keys(claimsOf(result?.AccessToken))).not.toContain('cognito:groups');
  });

  it('can be found with a ListUsers filter on e-mail', async () => {
    // Act
    const exact = await harness.sdk.send(
      new ListUsersCommand({ UserPoolId: POOL, Filter: 'email = "dave@example.com"' }),
    );
    const prefix = await harness.sdk.send(
      new ListUsersCommand({ UserPoolId: POOL, Filter: 'email ^= "ad"', AttributesToGet: ['email'] }),
    );
    const firstPage = await harness.sdk.send(new ListUsersCommand({ UserPoolId: POOL, Limit: 1 }));
    const secondPage = await harness.sdk.send(
      new ListUsersCommand({ UserPoolId: POOL, Limit: 1, PaginationToken: firstPage.PaginationToken }),
    );
    // Assess
    expect(exact.Users?.map((user) => user.UserStatus)).toEqual(['CONFIRMED']);
    expect(prefix.Users?.map((user) => user.Attributes)).toEqual([[{ Name: 'email', Value: 'admin@example.com' }]]);
    expect(firstPage.Users?.[0]?.Username).not.toBe(secondPage.Users?.[0]?.Username);
    expect(secondPage.PaginationToken).toBeUndefined();
  });

  it('are refused a second account under the same e-mail', async () => {
    // Act
    const act = harness.sdk.send(
      new AdminCreateUserCommand({ UserPoolId: POOL, Username: 'DAVE@example.com', MessageAction: 'SUPPRESS' }),
    );
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'UsernameExistsException',
      message: 'User account already exists',
    });
  });

  it('get a generated temporary password in the logged invitation when none is given', async () => {
    // Act
    await harness.sdk.send(new AdminCreateUserCommand({ UserPoolId: POOL, Username: 'erin@example.com' }));
    // Assess
    const invitation = harness.logger.lines.find((line) => line.message.startsWith('Invitation'));
    const temporaryPassword = String(invitation?.fields.temporaryPassword);
    await expect(signIn('erin@example.com', temporaryPassword)).resolves.toMatchObject({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
    });
  });
});
