import { ADMIN_GROUP, ROUTE_ACCESS_ENV, type RouteAccess } from './route-spec';
import { ForbiddenError, MisconfiguredError, UnauthorizedError } from './errors';

/** Who is calling, as far as the API Gateway JWT authorizer has told us. */
export interface Caller {
  /** The Cognito `sub` claim; absent on public routes and for anonymous callers. */
  readonly sub?: string;
  /** Cognito groups from `cognito:groups`; empty when none. */
  readonly groups: readonly string[];
}

const ROUTE_ACCESS_VALUES: readonly RouteAccess[] = ['public', 'customer', 'admin'];

const isRouteAccess = (value: string): value is RouteAccess => (ROUTE_ACCESS_VALUES as readonly string[]).includes(value);

/**
 * Reads ROUTE_ACCESS once at cold start. An unset or unknown value is not guessed at: the caller fails
 * closed by answering every request with 500 `MISCONFIGURED`.
 */
export const readRouteAccess = (env: NodeJS.ProcessEnv = process.env): RouteAccess | MisconfiguredError => {
  const value = env[ROUTE_ACCESS_ENV];
  if (value !== undefined && isRouteAccess(value)) {
    return value;
  }
  return new MisconfiguredError(`${ROUTE_ACCESS_ENV} must be one of ${ROUTE_ACCESS_VALUES.join('|')}, got ${JSON.stringify(value ?? null)}`);
};

/**
 * The gateway's JWT authorizer already rejects missing or invalid tokens on protected routes; this check
 * is defence in depth (a route wired without an authorizer) and the only place the `admin` group is enforced.
 */
export const assertAccess = (access: RouteAccess, caller: Caller): void => {
  if (access === 'public') {
    return;
  }
  if (caller.sub === undefined) {
    throw new UnauthorizedError();
  }
  if (access === 'admin' && !caller.groups.includes(ADMIN_GROUP)) {
    throw new ForbiddenError(`This operation requires membership of the ${ADMIN_GROUP} group`);
  }
};

/**
 * `cognito:groups` arrives in three shapes: a real array (Lambda authorizers, tests), the HTTP API JWT
 * authorizer's flattened string `"[admin customers]"`, or a plain `"admin"`.
 */
export const parseGroups = (claim: unknown): string[] => {
  if (Array.isArray(claim)) {
    return claim.filter((group): group is string => typeof group === 'string' && group !== '');
  }
  if (typeof claim !== 'string') {
    return [];
  }
  const trimmed = claim.trim();
  const inner = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  return inner
    .split(/[\s,]+/)
    .map((group) => group.replace(/^"|"$/g, ''))
    .filter((group) => group !== '');
};
