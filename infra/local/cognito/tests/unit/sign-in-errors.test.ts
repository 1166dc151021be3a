import {
  AdminAddUserToGroupCommand,
  AdminGetUserCommand,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  startHarness,
  SRP_ONLY_CLIENT,
  STAFF_CLIENT,
  STOREFRONT_CLIENT,
  STOREFRONT_POOL,
  WITH_STAFF_POOL,
  type Harness,
} from './support/cognito-harness';

const CLIENT = STOREFRONT_CLIENT.clientId;
const PASSWORD = 'Correct-Horse-42';

describe('the local Cognito refuses requests with the errors Cognito gives', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness(WITH_STAFF_POOL);
    await harness.sdk.send(new SignUpCommand({ ClientId: CLIENT, Username: 'frank@example.com', Password: PASSWORD }));
    await harness.sdk.send(
      new ConfirmSignUpCommand({ ClientId: CLIENT, Username: 'frank@example.com', ConfirmationCode: '123456' }),
    );
    await harness.sdk.send(
      new SignUpCommand({ ClientId: STAFF_CLIENT.clientId, Username: 'grace', Password: 'Password1' }),
    );
    await harness.sdk.send(
      new ConfirmSignUpCommand({ ClientId: STAFF_CLIENT.clientId, Username: 'grace', ConfirmationCode: '123456' }),
    );
  });

  afterAll(() => harness.close());

  const signIn = (username: string, password: string, clientId = CLIENT) =>
    harness.sdk.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );

  it('rejects a wrong password with NotAuthorizedException', async () => {
    // Act
    const act = signIn('frank@example.com', 'Wrong-Horse-42');
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('hides an unknown user behind NotAuthorizedException when the client prevents existence errors', async () => {
    // Act
    const act = signIn('nobody@example.com', PASSWORD);
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('reports an unknown user as UserNotFoundException when the client does not prevent existence errors', async () => {
    // Act
    const act = signIn('nobody', 'Password1', STAFF_CLIENT.clientId);
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'UserNotFoundException',
      message: 'User does not exist.',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('signs in a username-based pool’s user under the name they chose', async () => {
    // Act
    const result = await signIn('grace', 'Password1', STAFF_CLIENT.clientId);
    // Assess
    const [, payload = ''] = (result.AuthenticationResult?.AccessToken ?? '').split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({ username: 'grace' });
  });

  it('rejects a password that breaks the pool’s policy with InvalidPasswordException', async () => {
    // Act
    const act = harness.sdk.send(
      new SignUpCommand({ ClientId: CLIENT, Username: 'heidi@example.com', Password: 'NoSymbolsHere42' }),
    );
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password must have symbol characters',
    });
  });

  it('rejects a too-short password naming the length rule first', async () => {
    // Act
    const act = harness.sdk.send(
      new SignUpCommand({ ClientId: CLIENT, Username: 'heidi@example.com', Password: 'Ab1!' }),
    );
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password not long enough',
    });
  });

  it('refuses USER_PASSWORD_AUTH on a client that does not enable it', async () => {
    // Act
    const act = signIn('frank@example.com', PASSWORD, SRP_ONLY_CLIENT.clientId);
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'USER_PASSWORD_AUTH flow not enabled for this client',
    });
  });

  it('refuses to sign in an unconfirmed user with the right password', async () => {
    // Prepare
    await harness.sdk.send(new SignUpCommand({ ClientId: CLIENT, Username: 'ivan@example.com', Password: PASSWORD }));
    // Act
    const act = signIn('ivan@example.com', PASSWORD);
    // Assess
    await expect(act).rejects.toMatchObject({ name: 'UserNotConfirmedException', message: 'User is not confirmed.' });
  });

  it('rejects a wrong confirmation code with CodeMismatchException', async () => {
    // Act
    const act = harness.sdk.send(
      new ConfirmSignUpCommand({ ClientId: CLIENT, Username: 'ivan@example.com', ConfirmationCode: '000000' }),
    );
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'CodeMismatchException',
      message: 'Invalid verification code provided, please try again.',
    });
  });

  it('rejects a second sign-up with the same e-mail with UsernameExistsException', async () => {
    // Act
    const act = harness.sdk.send(
      new SignUpCommand({ ClientId: CLIENT, Username: 'frank@example.com', Password: PASSWORD }),
    );
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'UsernameExistsException',
      message: 'An account with the given email already exists.',
    });
  });

  it('requires an e-mail as username in a pool that signs in with e-mail', async () => {
    // Act
    const act = harness.sdk.send(new SignUpCommand({ ClientId: CLIENT, Username: 'frank', Password: PASSWORD }));
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Username should be an email.',
    });
  });

  it('reports an unknown client and an unknown pool as ResourceNotFoundException', async () => {
    // Act
    const unknownClient = signIn('frank@example.com', PASSWORD, 'no-such-client');
    const unknownPool = harness.sdk.send(
      new AdminGetUserCommand({ UserPoolId: 'us-east-1_Missing00', Username: 'frank@example.com' }),
    );
    // Assess
    await expect(unknownClient).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool client no-such-client does not exist.',
    });
    await expect(unknownPool).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool us-east-1_Missing00 does not exist.',
    });
  });

  it('reports admin operations on an unknown user or group as Cognito does', async () => {
    // Act
    const unknownUser = harness.sdk.send(
      new AdminGetUserCommand({ UserPoolId: STOREFRONT_POOL.id, Username: 'nobody@example.com' }),
    );
    const unknownGroup = harness.sdk.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: STOREFRONT_POOL.id,
        Username: 'frank@example.com',
        GroupName: 'no-such-group',
      }),
    );
    // Assess
    await expect(unknownUser).rejects.toMatchObject({ name: 'UserNotFoundException', message: 'User does not exist.' });
    await expect(unknownGroup).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Group not found.',
    });
  });

  it('answers a missing required member with Cognito’s validation wording', async () => {
    // Act
    const act = harness.sdk.send(new InitiateAuthCommand({ ClientId: CLIENT, AuthFlow: undefined }));
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message:
        "1 validation error detected: Value null at 'authFlow' failed to satisfy constraint: Member must not be null",
    });
  });

  it('never writes a password to the log', () => {
    // Assess
    expect(JSON.stringify(harness.logger.lines)).not.toContain(PASSWORD);
  });
});
