/**
 * Route selection as HTTP APIs do it ("Working with routes for HTTP APIs"): a full match of path and method first,
 * then a match through a greedy path variable (`{proxy+}`), then the `$default` route; nothing → 404. Among several
 * matches the most specific path wins, segment by segment from the left (static over `{param}` over `{proxy+}`),
 * and at equal paths an exact method beats `ANY`, which only catches methods the path does not define.
 */

export const DEFAULT_ROUTE_KEY = '$default';

const ROUTE_METHODS = new Set(['ANY', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

type Segment =
  | { readonly kind: 'static'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string };

/** Higher is more specific. */
const SPECIFICITY: Readonly<Record<Segment['kind'], number>> = { static: 2, param: 1, greedy: 0 };

interface CompiledRoute<R> {
  readonly route: R;
  readonly method: string;
  readonly segments: readonly Segment[];
  readonly greedy: boolean;
}

export interface RouteMatch<R> {
  readonly route: R;
  /** Decoded, as API Gateway passes them on; empty for routes without variables. */
  readonly pathParameters: Readonly<Record<string, string>>;
}

export interface RouteMatcher<R> {
  /** `path` is the request path below the stage, still percent-encoded (`/products/a%20b`). */
  match(method: string, path: string): RouteMatch<R> | undefined;
}

export class InvalidRouteKeyError extends Error {
  constructor(routeKey: string, reason: string) {
    super(`Unsupported route key ${JSON.stringify(routeKey)}: ${reason}`);
    this.name = 'InvalidRouteKeyError';
  }
}

/** `/` has no segments; `/a/b` has two. */
const pathSegments = (path: string): string[] => (path === '/' || path === '' ? [] : path.slice(1).split('/'));

/** Malformed percent-encoding is passed on as sent rather than failing the request. */
export const decodePathComponent = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

const parseSegment = (routeKey: string, text: string, isLast: boolean): Segment => {
  const variable = /^\{([A-Za-z0-9._-]+)(\+?)\}$/.exec(text);
  if (variable === null) {
    if (text.includes('{') || text.includes('}')) {
      throw new InvalidRouteKeyError(routeKey, `malformed path variable ${text}`);
    }
    return { kind: 'static', value: text };
  }
  const name = variable[1] ?? '';
  if (variable[2] !== '+') {
    return { kind: 'param', name };
  }
  if (!isLast) {
    throw new InvalidRouteKeyError(routeKey, 'a greedy path variable must end the path');
  }
  return { kind: 'greedy', name };
};

const compile = <R>(route: R, routeKey: string): CompiledRoute<R> => {
  const [method, path, ...rest] = routeKey.split(' ');
  if (method === undefined || path === undefined || rest.length > 0 || !ROUTE_METHODS.has(method) || !path.startsWith('/')) {
    throw new InvalidRouteKeyError(routeKey, 'expected "<METHOD> /path" or "$default"');
  }
  const texts = pathSegments(path);
  const segments = texts.map((text, index) => parseSegment(routeKey, text, index === texts.length - 1));
  const names = segments.flatMap((segment) => (segment.kind === 'static' ? [] : [segment.name]));
  if (new Set(names).size !== names.length) {
    throw new InvalidRouteKeyError(routeKey, 'a path variable name is used twice');
  }
  return { route, method, segments, greedy: segments.at(-1)?.kind === 'greedy' };
};

/** Negative when `a` takes precedence over `b`. The order does not depend on the request, so it is applied once. */
const byPrecedence = <R>(a: CompiledRoute<R>, b: CompiledRoute<R>): number => {
  if (a.greedy !== b.greedy) {
    return a.greedy ? 1 : -1;
  }
  const shared = Math.min(a.segments.length, b.segments.length);
  for (let index = 0; index < shared; index++) {
    const difference = SPECIFICITY[b.segments[index]?.kind ?? 'greedy'] - SPECIFICITY[a.segments[index]?.kind ?? 'greedy'];
    if (difference !== 0) {
      return difference;
    }
  }
  return Number(a.method === 'ANY') - Number(b.method === 'ANY');
};

const matchPath = (segments: readonly Segment[], requested: readonly string[]): Record<string, string> | undefined => {
  const parameters: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === 'greedy') {
      const rest = requested.slice(index).join('/');
      if (rest === '') {
        return undefined;
      }
      parameters[segment.name] = decodePathComponent(rest);
      return parameters;
    }
    const text = requested[index];
    if (text === undefined) {
      return undefined;
    }
    if (segment.kind === 'static' ? decodePathComponent(text) !== segment.value : text === '') {
      return undefined;
    }
    if (segment.kind === 'param') {
      parameters[segment.name] = decodePathComponent(text);
    }
  }
  return requested.length === segments.length ? parameters : undefined;
};

/** Compiles the routes once; an invalid route key fails here, at start, not on the first request. */
export const createRouteMatcher = <R extends { readonly routeKey: string }>(routes: readonly R[]): RouteMatcher<R> => {
  const fallback = routes.find((route) => route.routeKey === DEFAULT_ROUTE_KEY);
  const compiled = routes
    .filter((route) => route.routeKey !== DEFAULT_ROUTE_KEY)
    .map((route) => compile(route, route.routeKey))
    .sort(byPrecedence);
  return {
    match(method, path) {
      const requested = pathSegments(path);
      for (const candidate of compiled) {
        if (candidate.method !== 'ANY' && candidate.method !== method) {
          continue;
        }
        const pathParameters = matchPath(candidate.segments, requested);
        if (pathParameters !== undefined) {
          return { route: candidate.route, pathParameters };
        }
      }
      return fallback === undefined ? undefined : { route: fallback, pathParameters: {} };
    },
  };
};
