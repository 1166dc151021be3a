import { randomBytes } from 'node:crypto';
import { checkSecretHash, requireAuthFlow } from './client-checks';
import { invalidParameter, notAuthorized, notInEnum, userNotConfirmed, userNotFound } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { enforcePasswordPolicy, hashPassword, verifyPassword } from './passwords';
import { issueRefreshToken, redeemRefreshToken } from './refresh-tokens';
import { optionalString, requiredString, stringMap, type JsonObject } from './request-fields';
import { accessTokenOwner, mintTokens, newSignIn, type SignInEvent } from './tokens';
import { passwordPolicyOf, type UserPoolClientConfig } from './user-pool-config';
import type { UserPool, UserRecord } from './user-pool-model';
import { attributesOut, checkWritableAttributes, touch } from './user-records';

/**
 * Client sign-in: InitiateAuth (USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH), the NEW_PASSWORD_REQUIRED challenge of an
 * administrator-created user, and GetUser with the access token. SRP and custom flows need client-side maths or
 * Lambda triggers the local cloud does not run; they are refused with a message saying so.
 */

const AUTH_FLOWS = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
];
/** Cognito's default AuthSessionValidity: a challenge must be answered within three minutes. */
const CHALLENGE_SESSION_MILLIS = 3 * 60 * 1000;
const DAY_MILLIS = 24 * 3600 * 1000;

function parameter(parameters: Readonly<Record<string, string>>, name: string): string {
  const value = parameters[name];
  if (value === undefined || value === '') throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

function signedIn(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  user: UserRecord,
  signIn: SignInEvent,
): JsonObject {
  const tokens = mintTokens(context, pool, client, user, signIn);
  return {
    ChallengeParameters: {},
    AuthenticationResult: { ...tokens, RefreshToken: issueRefreshToken(context, pool, client, user, signIn) },
  };
}

function newPasswordChallenge(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  user: UserRecord,
): JsonObject {
  const temporaryPasswordValidity = passwordPolicyOf(pool.config).temporaryPasswordValidityDays * DAY_MILLIS;
  const now = context.clock.now().getTime();
  if (user.passwordSetAt + temporaryPasswordValidity <= now) {
    throw notAuthorized('Temporary password has expired and must be reset by an administrator.');
  }
  const session = randomBytes(48).toString('base64url');
  context.sessions.set(session, {
    poolId: pool.id,
    clientId: client.clientId,
    username: user.username,
    expiresAt: now + CHALLENGE_SESSION_MILLIS,
  });
  const userAttributes = Object.fromEntries(Object.entries(user.attributes).filter(([name]) => name !== 'sub'));
  return {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session: session,
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: '[]',
      userAttributes: JSON.stringify(userAttributes),
    },
  };
}

async function passwordSignIn(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  parameters: Readonly<Record<string, string>>,
): Promise<JsonObject> {
  requireAuthFlow(client, 'USER_PASSWORD_AUTH');
  const username = parameter(parameters, 'USERNAME');
  const password = parameter(parameters, 'PASSWORD');
  checkSecretHash(client, username, parameters.SECRET_HASH);
  const user = pool.find(username);
  if (user === undefined) throw client.preventUserExistenceErrors === true ? notAuthorized() : userNotFound();
  if (user.passwordHash === undefined || !(await verifyPassword(password, user.passwordHash))) throw notAuthorized();
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (user.status === 'UNCONFIRMED') throw userNotConfirmed();
  if (user.status === 'FORCE_CHANGE_PASSWORD') return newPasswordChallenge(context, pool, client, user);
  return signedIn(context, pool, client, user, newSignIn(context));
}

/** New ID and access tokens for the same sign-in (same `origin_jti`, `auth_time`); the refresh token is not rotated. */
function refreshSignIn(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  parameters: Readonly<Record<string, string>>,
): JsonObject {
  requireAuthFlow(client, 'REFRESH_TOKEN_AUTH');
  const { user, signIn } = redeemRefreshToken(context, pool, client, parameter(parameters, 'REFRESH_TOKEN'));
  checkSecretHash(client, user.username, parameters.SECRET_HASH);
  return { ChallengeParameters: {}, AuthenticationResult: mintTokens(context, pool, client, user, signIn) };
}

export async function initiateAuth(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const flow = requiredString(input, 'AuthFlow');
  if (!AUTH_FLOWS.includes(flow)) {
    throw notInEnum('authFlow', flow, AUTH_FLOWS);
  }
  const { client, pool } = context.state.client(requiredString(input, 'ClientId'));
  const parameters = stringMap(input, 'AuthParameters');
  if (flow === 'USER_PASSWORD_AUTH') return passwordSignIn(context, pool, client, parameters);
  if (flow === 'REFRESH_TOKEN_AUTH' || flow === 'REFRESH_TOKEN') {
    return refreshSignIn(context, pool, client, parameters);
  }
  if (flow.startsWith('ADMIN_')) throw invalidParameter('Initiate Auth method not supported.');
  throw invalidParameter(`${flow} is not supported by the local Cognito; use USER_PASSWORD_AUTH`);
}

export async function respondToAuthChallenge(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const { client, pool } = context.state.client(requiredString(input, 'ClientId'));
  const challenge = requiredString(input, 'ChallengeName');
  if (challenge !== 'NEW_PASSWORD_REQUIRED') {
    throw invalidParameter(`${challenge} is not supported by the local Cognito`);
  }
  const sessionId = optionalString(input, 'Session') ?? '';
  const session = context.sessions.get(sessionId);
  const responses = stringMap(input, 'ChallengeResponses');
  const username = parameter(responses, 'USERNAME');
  const user = pool.find(username);
  const live =
    session !== undefined && session.clientId === client.clientId && session.expiresAt > context.clock.now().getTime();
  if (!live || user?.username !== session.username) {
    throw notAuthorized('Invalid session for the user, session is expired.');
  }
  const newPassword = parameter(responses, 'NEW_PASSWORD');
  checkSecretHash(client, username, responses.SECRET_HASH);
  enforcePasswordPolicy(newPassword, passwordPolicyOf(pool.config), 'Password did not conform with policy');
  const attributes = Object.fromEntries(
    Object.entries(responses)
      .filter(([name]) => name.startsWith('userAttributes.'))
      .map(([name, value]) => [name.slice('userAttributes.'.length), value]),
  );
  checkWritableAttributes(attributes);
  Object.assign(user.attributes, attributes);
  user.passwordHash = await hashPassword(newPassword);
  user.status = 'CONFIRMED';
  user.passwordSetAt = context.clock.now().getTime();
  touch(context, user);
  context.sessions.delete(sessionId);
  return signedIn(context, pool, client, user, newSignIn(context));
}

export function getUser(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const { user } = accessTokenOwner(context, requiredString(input, 'AccessToken'));
  return Promise.resolve({ Username: user.username, UserAttributes: attributesOut(user) });
}
