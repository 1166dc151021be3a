/**
 * A storefront HTTP route as a domain declares it. The domain's CDK construct turns each spec into an
 * HTTP API route + Lambda; the shared httpHandler enforces `access` at runtime (the function receives it
 * as the ROUTE_ACCESS environment variable), so one declaration drives both infrastructure and behaviour.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** public: no token needed; customer: any signed-in user; admin: member of the Cognito group `admin`. */
export type RouteAccess = 'public' | 'customer' | 'admin';

export const ROUTE_ACCESS_ENV = 'ROUTE_ACCESS';
export const ADMIN_GROUP = 'admin';

export interface RouteSpec {
  readonly method: HttpMethod;
  /** API Gateway path syntax, e.g. `/products/{productId}`. */
  readonly path: string;
  /** File name (without .ts) under the domain's `handlers/` folder. */
  readonly handler: string;
  readonly access: RouteAccess;
}

export const routeKey = (route: Pick<RouteSpec, 'method' | 'path'>): string => `${route.method} ${route.path}`;
