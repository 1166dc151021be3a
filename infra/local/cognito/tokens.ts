import { notAuthorized, userNotFound } from './cognito-errors';
import { epochSeconds, poolKeys, type CognitoContext } from './cognito-context';
import { signJwt, verifiedClaims, type JwtClaims } from './jwt';
import { DEFAULT_TOKEN_VALIDITY_SECONDS, type UserPoolClientConfig } from './user-pool-config';
import type { UserPool, UserRecord } from './user-pool-model';

/** One authentication: every token minted from it (and from its refresh token) shares these. */
export interface SignInEvent {
  readonly originJti: string;
  readonly eventId: string;
  /** Epoch seconds of the password sign-in; refreshes keep it, as Cognito does. */
  readonly authTime: number;
}

export interface MintedTokens {
  readonly AccessToken: string;
  readonly ExpiresIn: number;
  readonly TokenType: 'Bearer';
  readonly IdToken: string;
}

/** The scope Cognito grants tokens from the user-pool API (InitiateAuth), which GetUser requires. */
export const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

/** Attributes the ID token carries under their own names; the rest are placed by `idTokenClaims`. */
const BOOLEAN_ATTRIBUTES = new Set(['email_verified', 'phone_number_verified']);
const PLACED_ATTRIBUTES = new Set(['sub', 'email', 'email_verified']);

export function newSignIn(context: CognitoContext): SignInEvent {
  return { originJti: context.ids.next(), eventId: context.ids.next(), authTime: epochSeconds(context.clock.now()) };
}

function groupsClaim(pool: UserPool, user: UserRecord): { 'cognito:groups'?: string[] } {
  const groups = pool.groupsOf(user).map((group) => group.groupName);
  return groups.length > 0 ? { 'cognito:groups': groups } : {};
}

function attributeClaims(user: UserRecord, names: readonly string[]): Record<string, string | boolean> {
  return Object.fromEntries(
    names
      .filter((name) => user.attributes[name] !== undefined)
      .map((name) => [
        name,
        BOOLEAN_ATTRIBUTES.has(name) ? user.attributes[name] === 'true' : (user.attributes[name] ?? ''),
      ]),
  );
}

/** ID token claims in the order Cognito writes them (Developer Guide, "Understanding the identity (ID) token"). */
function idTokenClaims(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  user: UserRecord,
  signIn: SignInEvent,
  iat: number,
): JwtClaims {
  const validity = client.idTokenValiditySeconds ?? DEFAULT_TOKEN_VALIDITY_SECONDS.id;
  const otherAttributes = Object.keys(user.attributes)
    .filter((name) => !PLACED_ATTRIBUTES.has(name))
    .sort();
  return {
    sub: user.sub,
    ...groupsClaim(pool, user),
    ...attributeClaims(user, ['email_verified']),
    iss: context.issuer(pool.id),
    'cognito:username': user.username,
    origin_jti: signIn.originJti,
    aud: client.clientId,
    event_id: signIn.eventId,
    token_use: 'id',
    auth_time: signIn.authTime,
    ...attributeClaims(user, otherAttributes),
    exp: iat + validity,
    iat,
    jti: context.ids.next(),
    ...attributeClaims(user, ['email']),
  };
}

/** Access token claims in Cognito's order (Developer Guide, "Understanding the access token"): no `aud`. */
function accessTokenClaims(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  user: UserRecord,
  signIn: SignInEvent,
  iat: number,
): JwtClaims {
  return {
    sub: user.sub,
    ...groupsClaim(pool, user),
    iss: context.issuer(pool.id),
    client_id: client.clientId,
    origin_jti: signIn.originJti,
    event_id: signIn.eventId,
    token_use: 'access',
    scope: ADMIN_SCOPE,
    auth_time: signIn.authTime,
    exp: iat + accessTokenValidity(client),
    iat,
    jti: context.ids.next(),
    username: user.username,
  };
}

const accessTokenValidity = (client: UserPoolClientConfig): number =>
  client.accessTokenValiditySeconds ?? DEFAULT_TOKEN_VALIDITY_SECONDS.access;

/** Fresh ID and access tokens for `user`, signed with the pool's two keys; group membership is read now. */
export function mintTokens(
  context: CognitoContext,
  pool: UserPool,
  client: UserPoolClientConfig,
  user: UserRecord,
  signIn: SignInEvent,
): MintedTokens {
  const keys = poolKeys(context, pool.id);
  const iat = epochSeconds(context.clock.now());
  return {
    AccessToken: signJwt(accessTokenClaims(context, pool, client, user, signIn, iat), keys.access),
    ExpiresIn: accessTokenValidity(client),
    TokenType: 'Bearer',
    IdToken: signJwt(idTokenClaims(context, pool, client, user, signIn, iat), keys.id),
  };
}

/** The pool and user an access token was issued to, failing with Cognito's messages for forged or expired ones. */
export function accessTokenOwner(
  context: CognitoContext,
  token: string,
): { readonly pool: UserPool; readonly user: UserRecord } {
  for (const pool of context.state.allPools()) {
    const claims = verifiedClaims(token, [poolKeys(context, pool.id).access]);
    if (claims === undefined) continue;
    if (
      claims.token_use !== 'access' ||
      claims.iss !== context.issuer(pool.id) ||
      typeof claims.username !== 'string'
    ) {
      break;
    }
    if (typeof claims.scope !== 'string' || !claims.scope.split(' ').includes(ADMIN_SCOPE)) {
      throw notAuthorized('Access Token does not have required scopes');
    }
    if (typeof claims.exp !== 'number' || claims.exp <= epochSeconds(context.clock.now())) {
      throw notAuthorized('Access Token has expired');
    }
    const user = pool.find(claims.username);
    if (user === undefined) throw userNotFound();
    return { pool, user };
  }
  throw notAuthorized('Invalid Access Token');
}
