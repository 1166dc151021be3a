import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';

export interface UserToEnsure {
  readonly email: string;
  readonly password: string;
  readonly groups: readonly string[];
}

/**
 * Makes sure a confirmed user with this password and these groups exists — the way an operator would on AWS
 * (AdminCreateUser, AdminSetUserPassword, AdminAddUserToGroup), so it works against the local cloud and a real pool.
 */
export async function ensureUser(client: CognitoIdentityProviderClient, userPoolId: string, user: UserToEnsure): Promise<void> {
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: user.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof UsernameExistsException)) throw error;
  }
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: user.email, Password: user.password, Permanent: true }));
  for (const group of user.groups) {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.email, GroupName: group }));
  }
}

/** Signs in with USER_PASSWORD_AUTH and returns the access token storefront clients send as a bearer token. */
export async function signIn(client: CognitoIdentityProviderClient, clientId: string, email: string, password: string): Promise<string> {
  const { AuthenticationResult, ChallengeName } = await client.send(
    new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }),
  );
  const token = AuthenticationResult?.AccessToken;
  if (token === undefined) throw new Error(`Signing in as ${email} returned no access token (challenge: ${ChallengeName ?? 'none'})`);
  return token;
}
