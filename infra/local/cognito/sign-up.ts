import { checkSecretHash } from './client-checks';
import { codeMismatch, notAuthorized, userNotFound } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { enforcePasswordPolicy, hashPassword } from './passwords';
import { attributeList, optionalString, requiredString, type JsonObject } from './request-fields';
import { passwordPolicyOf, signsInWithEmail } from './user-pool-config';
import type { UserPool, UserRecord } from './user-pool-model';
import { addUser, existingUser, maskedEmail, touch } from './user-records';

/**
 * Self-service sign-up. Nothing is e-mailed offline: the confirmation "message" is a log line, and the code is the
 * same for everyone (`confirmationCode`, default 123456) so scripts and tests can confirm without reading logs.
 */

function deliverConfirmationCode(context: CognitoContext, pool: UserPool, user: UserRecord): Record<string, unknown> {
  const email = user.attributes.email;
  if (!(pool.config.autoVerifiedAttributes?.includes('email') ?? false) || email === undefined) return {};
  context.logger.info('Sign-up confirmation code (local Cognito delivers no e-mail)', {
    userPoolId: pool.id,
    username: user.username,
    destination: email,
    code: context.confirmationCode,
  });
  return { CodeDeliveryDetails: { Destination: maskedEmail(email), DeliveryMedium: 'EMAIL', AttributeName: 'email' } };
}

export async function signUp(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const { client, pool } = context.state.client(requiredString(input, 'ClientId'));
  const username = requiredString(input, 'Username');
  const password = requiredString(input, 'Password');
  checkSecretHash(client, username, optionalString(input, 'SecretHash'));
  if (pool.config.allowAdminCreateUserOnly === true) throw notAuthorized('SignUp is not permitted for this user pool');
  enforcePasswordPolicy(password, passwordPolicyOf(pool.config), 'Password did not conform with policy');
  const user = addUser(context, pool, {
    requestedName: username,
    attributes: attributeList(input, 'UserAttributes'),
    status: 'UNCONFIRMED',
    passwordHash: await hashPassword(password),
    existsMessage: signsInWithEmail(pool.config)
      ? 'An account with the given email already exists.'
      : 'User already exists',
  });
  return { UserConfirmed: false, ...deliverConfirmationCode(context, pool, user), UserSub: user.sub };
}

function confirm(context: CognitoContext, pool: UserPool, user: UserRecord, verifyAttributes: boolean): void {
  if (user.status !== 'UNCONFIRMED') throw notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
  user.status = 'CONFIRMED';
  // The code proved the address it was sent to, so auto-verified attributes become verified.
  if (
    verifyAttributes &&
    pool.config.autoVerifiedAttributes?.includes('email') === true &&
    user.attributes.email !== undefined
  ) {
    user.attributes.email_verified = 'true';
  }
  touch(context, user);
}

export function confirmSignUp(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const { client, pool } = context.state.client(requiredString(input, 'ClientId'));
  const username = requiredString(input, 'Username');
  const code = requiredString(input, 'ConfirmationCode');
  checkSecretHash(client, username, optionalString(input, 'SecretHash'));
  const user = pool.find(username);
  if (user === undefined) {
    // With existence errors prevented, an unknown user looks like a wrong code.
    throw client.preventUserExistenceErrors === true
      ? codeMismatch()
      : userNotFound('Username/client id combination not found.');
  }
  if (code !== context.confirmationCode) throw codeMismatch();
  confirm(context, pool, user, true);
  return Promise.resolve({});
}

export function adminConfirmSignUp(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const pool = context.state.pool(requiredString(input, 'UserPoolId'));
  confirm(context, pool, existingUser(pool, requiredString(input, 'Username')), false);
  return Promise.resolve({});
}
