import { invalidParameter, userNotFound, usernameExists } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { signsInWithEmail } from './user-pool-config';
import type { UserPool, UserRecord, UserStatus } from './user-pool-model';

/** OIDC standard attributes every pool has (Developer Guide, "Standard attributes"); `custom:*` ones are accepted. */
const STANDARD_ATTRIBUTES = new Set([
  'address',
  'birthdate',
  'email',
  'email_verified',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'phone_number_verified',
  'picture',
  'preferred_username',
  'profile',
  'updated_at',
  'website',
  'zoneinfo',
]);

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function checkWritableAttributes(attributes: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(attributes)) {
    if (name === 'sub') {
      throw invalidParameter('Attributes did not conform to the schema: sub: Attribute cannot be updated.');
    }
    if (!STANDARD_ATTRIBUTES.has(name) && !name.startsWith('custom:')) {
      throw invalidParameter(
        `Attributes did not conform to the schema: ${name}: Attribute does not exist in the schema.`,
      );
    }
  }
}

export interface NewUser {
  readonly requestedName: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly status: UserStatus;
  readonly passwordHash: string;
  /** UsernameExistsException's wording differs between SignUp and AdminCreateUser. */
  readonly existsMessage: string;
}

/**
 * Adds a user to `pool`. In pools that sign in with e-mail the requested name must be an address: it becomes the
 * `email` attribute and the username is a generated UUID equal to `sub`, as on AWS.
 */
export function addUser(context: CognitoContext, pool: UserPool, request: NewUser): UserRecord {
  checkWritableAttributes(request.attributes);
  const sub = context.ids.next();
  const byEmail = signsInWithEmail(pool.config);
  if (byEmail && !EMAIL.test(request.requestedName)) throw invalidParameter('Username should be an email.');
  const email = byEmail ? request.requestedName : request.attributes.email;
  // In e-mail pools `find` also matches the address, so one check covers username and e-mail uniqueness.
  if (pool.find(request.requestedName) !== undefined) throw usernameExists(request.existsMessage);
  const now = context.clock.now().getTime();
  const user: UserRecord = {
    username: byEmail ? sub : request.requestedName,
    sub,
    attributes: { sub, ...request.attributes, ...(email === undefined ? {} : { email }) },
    passwordHash: request.passwordHash,
    status: request.status,
    enabled: true,
    createdAt: now,
    modifiedAt: now,
    passwordSetAt: now,
    groups: [],
  };
  pool.add(user);
  return user;
}

/** The user named `name` (username or sign-in alias); a missing one is a UserNotFoundException. */
export function existingUser(pool: UserPool, name: string): UserRecord {
  const user = pool.find(name);
  if (user === undefined) throw userNotFound();
  return user;
}

export function touch(context: CognitoContext, user: UserRecord): void {
  user.modifiedAt = context.clock.now().getTime();
}

export interface AttributeType {
  readonly Name: string;
  readonly Value: string;
}

export const attributesOut = (user: UserRecord): AttributeType[] =>
  Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }));

/** awsJson timestamps are epoch seconds (fractions allowed). */
const timestamp = (epochMillis: number): number => epochMillis / 1000;

/** Cognito's UserType, as ListUsers and AdminCreateUser return it. */
export function userTypeOut(user: UserRecord): Record<string, unknown> {
  return {
    Username: user.username,
    Attributes: attributesOut(user),
    UserCreateDate: timestamp(user.createdAt),
    UserLastModifiedDate: timestamp(user.modifiedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** AdminGetUser's shape: the same facts, with `UserAttributes` instead of `Attributes`. */
export function adminUserOut(user: UserRecord): Record<string, unknown> {
  const { Attributes, ...rest } = userTypeOut(user);
  return { ...rest, UserAttributes: Attributes };
}

/** "a***@e***": how Cognito shows where a code went without revealing the address. */
export function maskedEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.charAt(0)}***@${domain.charAt(0)}***`;
}
