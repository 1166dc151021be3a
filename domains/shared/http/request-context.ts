import type { APIGatewayEventRequestContextV2, APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { type Caller, parseGroups } from './access';

/** The payload-v2 event as the shared runtime hands it to a domain handler: small, typed, normalised. */
export interface HttpRequest {
  readonly method: string;
  /** e.g. `PUT /products/{productId}` */
  readonly routeKey: string;
  readonly rawPath: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  /** Repeated query parameters arrive comma-joined, as API Gateway delivers them. */
  readonly query: Readonly<Record<string, string>>;
  /** Header names are lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly isBase64Encoded: boolean;
  readonly caller: Caller;
  /** From a valid `x-correlation-id` header, else API Gateway's request id. Echoed on the response. */
  readonly correlationId: string;
  readonly requestId: string;
  /** The invocation's Lambda context (remaining time, request id), e.g. for idempotency records' in-progress expiry. */
  readonly lambdaContext: Context;
}

/** What the JWT authorizer adds to the request context; read defensively, it is absent on public routes. */
interface JwtAuthorizerContext {
  readonly jwt?: { readonly claims?: Readonly<Record<string, unknown>>; readonly scopes?: readonly string[] | null };
}

/**
 * A payload-v2 event. `APIGatewayProxyEventV2WithJWTAuthorizer` is assignable to it, but unlike that type
 * it admits what public routes really send: no `authorizer` at all.
 */
export type HttpApiEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'> & {
  readonly requestContext: APIGatewayEventRequestContextV2 & { readonly authorizer?: JwtAuthorizerContext };
};

/** Accept only ids that are safe to log and echo: no spaces, quotes or control characters. */
const CORRELATION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export const CORRELATION_ID_HEADER = 'x-correlation-id';

const definedEntries = (record: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> => {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(record ?? {})) {
    if (value !== undefined) {
      result[name] = value;
    }
  }
  return result;
};

const lowerCaseHeaders = (headers: Readonly<Record<string, string | undefined>>): Record<string, string> => {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(definedEntries(headers))) {
    const key = name.toLowerCase();
    const existing = result[key];
    result[key] = existing === undefined ? value : `${existing},${value}`;
  }
  return result;
};

const callerFrom = (event: HttpApiEvent): Caller => {
  const claims = event.requestContext.authorizer?.jwt?.claims ?? {};
  const sub = claims.sub;
  return {
    ...(typeof sub === 'string' && sub !== '' ? { sub } : {}),
    groups: parseGroups(claims['cognito:groups']),
  };
};

export const toHttpRequest = (event: HttpApiEvent, lambdaContext: Context): HttpRequest => {
  const headers = lowerCaseHeaders(event.headers);
  const offeredCorrelationId = headers[CORRELATION_ID_HEADER];
  return {
    method: event.requestContext.http.method,
    routeKey: event.routeKey,
    rawPath: event.rawPath,
    pathParameters: definedEntries(event.pathParameters),
    query: definedEntries(event.queryStringParameters),
    headers,
    body: event.body,
    isBase64Encoded: event.isBase64Encoded,
    caller: callerFrom(event),
    correlationId:
      offeredCorrelationId !== undefined && CORRELATION_ID_PATTERN.test(offeredCorrelationId)
        ? offeredCorrelationId
        : event.requestContext.requestId,
    requestId: event.requestContext.requestId,
    lambdaContext,
  };
};
