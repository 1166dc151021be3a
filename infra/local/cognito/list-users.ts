import { invalidParameter, validationError } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { optionalInteger, optionalString, requiredString, type JsonObject } from './request-fields';
import type { UserRecord } from './user-pool-model';
import { userTypeOut } from './user-records';

/**
 * ListUsers with Cognito's filter language (`email = "a@b.c"`, `email ^= "a"`), its page limit (60) and an opaque
 * pagination token. Users come back oldest first, which keeps pages stable while users are added.
 */

const MAX_LIMIT = 60;
const FILTER = /^\s*([\w:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

/** The searchable attributes (API reference, ListUsers: Filter) and how to read each from a user. */
const SEARCHABLE: Readonly<Record<string, (user: UserRecord) => string | undefined>> = {
  username: (user) => user.username,
  'cognito:user_status': (user) => user.status,
  status: (user) => (user.enabled ? 'Enabled' : 'Disabled'),
  sub: (user) => user.sub,
  ...Object.fromEntries(
    ['email', 'phone_number', 'name', 'given_name', 'family_name', 'preferred_username'].map((name) => [
      name,
      (user: UserRecord) => user.attributes[name],
    ]),
  ),
};

function filterOf(expression: string | undefined): (user: UserRecord) => boolean {
  if (expression === undefined || expression.trim() === '') return () => true;
  const match = FILTER.exec(expression);
  if (match === null) throw invalidParameter('Error while parsing filter.');
  const [, attribute = '', operator, quoted = ''] = match;
  const read = SEARCHABLE[attribute];
  if (read === undefined) throw invalidParameter(`Invalid search attribute: ${attribute}`);
  const value = quoted.replace(/\\(.)/g, '$1');
  return (user) => {
    const actual = read(user);
    if (actual === undefined) return false;
    return operator === '=' ? actual === value : actual.startsWith(value);
  };
}

function offsetOf(token: string | undefined): number {
  if (token === undefined) return 0;
  const offset = Number(Buffer.from(token, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw invalidParameter('Invalid pagination token');
  return offset;
}

function attributesToGet(input: JsonObject): readonly string[] | undefined {
  const value = input.AttributesToGet;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((name) => typeof name !== 'string')) {
    throw invalidParameter('AttributesToGet must be a list of strings');
  }
  return value as string[];
}

export function listUsers(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const pool = context.state.pool(requiredString(input, 'UserPoolId'));
  const requested = optionalInteger(input, 'Limit') ?? 0;
  // 0 is a valid Limit on AWS and means "the default page", not an empty one.
  const limit = requested === 0 ? MAX_LIMIT : requested;
  if (limit < 0 || limit > MAX_LIMIT) {
    throw validationError('limit', String(limit), `Member must have value less than or equal to ${String(MAX_LIMIT)}`);
  }
  const matches = filterOf(optionalString(input, 'Filter'));
  const wanted = attributesToGet(input);
  const users = pool
    .all()
    .filter(matches)
    .sort((a, b) => a.createdAt - b.createdAt || a.username.localeCompare(b.username));
  const offset = offsetOf(optionalString(input, 'PaginationToken'));
  const page = users.slice(offset, offset + limit).map((user) => {
    const out = userTypeOut(user);
    if (wanted === undefined) return out;
    const attributes = Object.entries(user.attributes).filter(([name]) => wanted.includes(name));
    return { ...out, Attributes: attributes.map(([Name, Value]) => ({ Name, Value })) };
  });
  const next =
    offset + limit < users.length ? { PaginationToken: Buffer.from(String(offset + limit)).toString('base64url') } : {};
  return Promise.resolve({ Users: page, ...next });
}
