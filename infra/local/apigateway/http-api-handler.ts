import { randomBytes } from 'node:crypto';
import { isPreflight, preflightHeaders, withCorsHeaders } from './cors';
import { forbidden, internalServerError, noContent, notFound, payloadTooLarge, serviceUnavailable, unauthorized } from './gateway-responses';
import type { GatewayRequest, GatewayResponse, HttpApiDefinition, HttpApiRoute, InvokeFunction } from './http-api-model';
import type { JwtVerifier } from './jwt-authorizer';
import { type PayloadV2Input, buildPayloadV2, queryParameters, requestHeaders } from './payload-v2';
import { type IntegrationResult, mapLambdaResult } from './response-v2';
import { type RouteMatch, createRouteMatcher } from './route-matcher';

/**
 * The gateway's behaviour for one request, independent of the HTTP server: stage, CORS preflight, route, JWT
 * authorizer, payload v2 event, Lambda invoke under the integration timeout, response mapping, CORS headers and
 * the `apigw-requestid` header every answer carries.
 */

/** HTTP APIs cap an integration at 30 s, which is also the default. */
export const MAX_INTEGRATION_TIMEOUT_MS = 30_000;

/** HTTP APIs accept request payloads up to 10 MB. */
export const MAX_REQUEST_BODY_BYTES = 10 * 1024 * 1024;

export interface HttpApiHandlerOptions {
  readonly api: HttpApiDefinition;
  readonly invoke: InvokeFunction;
  readonly verifyJwt: JwtVerifier;
  readonly now?: () => Date;
  /** Default: 11 random bytes in base64, the look of AWS's ids (`Mc7UVioPPHcEKPA=`). */
  readonly newRequestId?: () => string;
}

export interface HandledRequest {
  readonly response: GatewayResponse;
  readonly requestId: string;
  /** The matched route key, or `-` when none matched (AWS's `$context.routeKey`). */
  readonly routeKey: string;
  /** Why the gateway refused or failed the request (authorizer or integration error), for the log line. */
  readonly error?: string;
}

export type HttpApiHandler = (request: GatewayRequest) => Promise<HandledRequest>;

interface Outcome {
  readonly response: GatewayResponse;
  readonly routeKey: string;
  readonly error?: string;
  /** Preflight answers carry their own CORS headers. */
  readonly preflight?: boolean;
}

interface RequestScope {
  readonly request: GatewayRequest;
  readonly headers: Readonly<Record<string, string>>;
  readonly requestId: string;
  readonly receivedAt: Date;
}

const TIMED_OUT = Symbol('timed out');

/** Settles with the promise's value, or TIMED_OUT; the invocation itself runs on, as a Lambda does on AWS. */
const withTimeout = async <T>(promise: Promise<T>, timeoutMs: number): Promise<T | typeof TIMED_OUT> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      resolve(TIMED_OUT);
    }, timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/** The path below the stage, or undefined when the request is not for this stage. */
const pathBelowStage = (stageName: string, path: string): string | undefined => {
  if (stageName === '$default') {
    return path;
  }
  const prefix = `/${stageName}`;
  if (path === prefix) {
    return '/';
  }
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
};

const traceId = (receivedAt: Date): string =>
  `Root=1-${Math.floor(receivedAt.getTime() / 1000).toString(16).padStart(8, '0')}-${randomBytes(12).toString('hex')}`;

export const createHttpApiHandler = (options: HttpApiHandlerOptions): HttpApiHandler => {
  const { api, invoke, verifyJwt } = options;
  const now = options.now ?? ((): Date => new Date());
  const newRequestId = options.newRequestId ?? ((): string => randomBytes(11).toString('base64'));
  const routes = createRouteMatcher(api.routes);

  const integrate = async (scope: RequestScope, match: RouteMatch<HttpApiRoute>, authorizer?: PayloadV2Input['authorizer']): Promise<Outcome> => {
    const { route } = match;
    const event = buildPayloadV2({
      request: scope.request,
      api,
      routeKey: route.routeKey,
      pathParameters: match.pathParameters,
      ...(authorizer === undefined ? {} : { authorizer }),
      requestId: scope.requestId,
      traceId: traceId(scope.receivedAt),
      receivedAt: scope.receivedAt,
    });
    const invocation: Promise<IntegrationResult> = invoke(route.integration.functionArn, JSON.stringify(event)).then(mapLambdaResult, (error: unknown) => ({
      kind: 'failure',
      reason: `invoke failed: ${error instanceof Error ? error.message : String(error)}`,
    }));
    const timeoutMs = Math.min(route.integration.timeoutMs ?? MAX_INTEGRATION_TIMEOUT_MS, MAX_INTEGRATION_TIMEOUT_MS);
    const result = await withTimeout(invocation, timeoutMs);
    if (result === TIMED_OUT) {
      return { response: serviceUnavailable(), routeKey: route.routeKey, error: `integration timed out after ${timeoutMs} ms` };
    }
    return result.kind === 'response'
      ? { response: result.response, routeKey: route.routeKey }
      : { response: internalServerError(), routeKey: route.routeKey, error: result.reason };
  };

  const answer = async (scope: RequestScope): Promise<Outcome> => {
    const { request, headers } = scope;
    const path = pathBelowStage(api.stageName, request.path);
    if (path === undefined) {
      return { response: notFound(), routeKey: '-' };
    }
    if (request.body.length > MAX_REQUEST_BODY_BYTES) {
      return { response: payloadTooLarge(), routeKey: '-' };
    }
    if (api.cors !== undefined && isPreflight(request.method, headers)) {
      return { response: noContent(preflightHeaders(api.cors, headers)), routeKey: '-', preflight: true };
    }
    const match = routes.match(request.method, path);
    if (match === undefined) {
      return { response: notFound(), routeKey: '-' };
    }
    const { authorization, routeKey } = match.route;
    if (authorization === 'NONE') {
      return integrate(scope, match);
    }
    const verdict = await verifyJwt({ headers, query: queryParameters(request.rawQueryString) }, authorization);
    if (!verdict.authorized) {
      const response = verdict.status === 403 ? forbidden(verdict.wwwAuthenticate) : unauthorized(verdict.wwwAuthenticate);
      return { response, routeKey, error: verdict.reason };
    }
    return integrate(scope, match, { claims: verdict.claims, scopes: verdict.scopes });
  };

  return async (request) => {
    const scope: RequestScope = { request, headers: requestHeaders(request), requestId: newRequestId(), receivedAt: now() };
    let outcome: Outcome;
    try {
      outcome = await answer(scope);
    } catch (error: unknown) {
      // A bug or an unexpected authorizer failure must still answer like API Gateway, never hang or leak a trace.
      outcome = { response: internalServerError(), routeKey: '-', error: error instanceof Error ? error.message : String(error) };
    }
    const { response } = outcome;
    const headers = api.cors === undefined || outcome.preflight === true ? response.headers : withCorsHeaders(api.cors, scope.headers.origin, response.headers);
    return {
      response: { ...response, headers: [...headers, ['apigw-requestid', scope.requestId]] },
      requestId: scope.requestId,
      routeKey: outcome.routeKey,
      ...(outcome.error === undefined ? {} : { error: outcome.error }),
    };
  };
};
