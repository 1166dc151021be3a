import { notInEnum, unsupportedUserState } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { enforcePasswordPolicy, generateTemporaryPassword, hashPassword } from './passwords';
import { attributeList, optionalBoolean, optionalString, requiredString, type JsonObject } from './request-fields';
import { passwordPolicyOf } from './user-pool-config';
import type { UserPool, UserRecord } from './user-pool-model';
import { addUser, adminUserOut, existingUser, touch, userTypeOut } from './user-records';

/** Administrator operations on users (IAM-authorized on AWS; the local edge accepts any credentials). */

const MESSAGE_ACTIONS = ['RESEND', 'SUPPRESS'];

/**
 * The invitation Cognito would e-mail. Offline it is a log line; it names the temporary password only when Cognito
 * generated it — otherwise nobody could ever sign in as that user — never one the administrator chose.
 */
function deliverInvitation(
  context: CognitoContext,
  pool: UserPool,
  user: UserRecord,
  generatedPassword: string | undefined,
): void {
  context.logger.info('Invitation for an administrator-created user (local Cognito delivers no e-mail)', {
    userPoolId: pool.id,
    username: user.username,
    destination: user.attributes.email,
    ...(generatedPassword === undefined ? {} : { temporaryPassword: generatedPassword }),
  });
}

async function resendInvitation(
  context: CognitoContext,
  pool: UserPool,
  name: string,
  temporaryPassword: string | undefined,
): Promise<JsonObject> {
  const user = existingUser(pool, name);
  if (user.status !== 'FORCE_CHANGE_PASSWORD') {
    throw unsupportedUserState(`Resend not possible. ${user.username} status is ${user.status}.`);
  }
  const password = temporaryPassword ?? generateTemporaryPassword(passwordPolicyOf(pool.config));
  user.passwordHash = await hashPassword(password);
  user.passwordSetAt = context.clock.now().getTime();
  touch(context, user);
  deliverInvitation(context, pool, user, temporaryPassword === undefined ? password : undefined);
  return { User: userTypeOut(user) };
}

export async function adminCreateUser(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const pool = context.state.pool(requiredString(input, 'UserPoolId'));
  const name = requiredString(input, 'Username');
  const temporaryPassword = optionalString(input, 'TemporaryPassword');
  const action = optionalString(input, 'MessageAction');
  if (action !== undefined && !MESSAGE_ACTIONS.includes(action)) {
    throw notInEnum('messageAction', action, MESSAGE_ACTIONS);
  }
  const policy = passwordPolicyOf(pool.config);
  if (temporaryPassword !== undefined)
    enforcePasswordPolicy(temporaryPassword, policy, 'Password did not conform with password policy');
  if (action === 'RESEND') return resendInvitation(context, pool, name, temporaryPassword);
  const password = temporaryPassword ?? generateTemporaryPassword(policy);
  const user = addUser(context, pool, {
    requestedName: name,
    attributes: attributeList(input, 'UserAttributes'),
    status: 'FORCE_CHANGE_PASSWORD',
    passwordHash: await hashPassword(password),
    existsMessage: 'User account already exists',
  });
  if (action !== 'SUPPRESS')
    deliverInvitation(context, pool, user, temporaryPassword === undefined ? password : undefined);
  return { User: userTypeOut(user) };
}

/** `Permanent: true` confirms the user (even an unconfirmed sign-up); otherwise the password is temporary again. */
export async function adminSetUserPassword(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const pool = context.state.pool(requiredString(input, 'UserPoolId'));
  const user = existingUser(pool, requiredString(input, 'Username'));
  const password = requiredString(input, 'Password');
  enforcePasswordPolicy(password, passwordPolicyOf(pool.config), 'Password does not conform to policy');
  user.passwordHash = await hashPassword(password);
  user.status = optionalBoolean(input, 'Permanent') === true ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
  user.passwordSetAt = context.clock.now().getTime();
  touch(context, user);
  return {};
}

export function adminGetUser(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const pool = context.state.pool(requiredString(input, 'UserPoolId'));
  return Promise.resolve(adminUserOut(existingUser(pool, requiredString(input, 'Username'))));
}
