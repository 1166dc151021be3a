import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { HttpApiHandler } from '../http/handler';
import type { HttpApiEvent } from '../http/request-context';

/** JWT claims as the HTTP API JWT authorizer delivers them (array claims flattened to `"[a b]"`). */
export type JwtClaims = Readonly<Record<string, string | number | boolean | string[]>>;

export const customerClaims = (sub = 'customer-0001'): JwtClaims => ({ sub, 'cognito:groups': '[customers]', token_use: 'access' });

export const adminClaims = (sub = 'admin-0001'): JwtClaims => ({ sub, 'cognito:groups': '[admin customers]', token_use: 'access' });

export interface HttpApiEventOptions {
  /** API Gateway route key, e.g. `PUT /products/{productId}`; the raw path is derived from it. */
  readonly route: string;
  readonly pathParameters?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as is; anything else is JSON-encoded with `content-type: application/json`. */
  readonly body?: unknown;
  readonly isBase64Encoded?: boolean;
  /** Omit for an anonymous request: the event then has no `authorizer`, as on public routes. */
  readonly claims?: JwtClaims;
  readonly requestId?: string;
}

const routeParts = (route: string): { method: string; pathTemplate: string } => {
  const [method, pathTemplate] = route.split(' ');
  if (method === undefined || pathTemplate === undefined) {
    throw new Error(`route must look like "GET /path", got ${route}`);
  }
  return { method, pathTemplate };
};

const encodeBody = (body: unknown): { body?: string; contentType?: string } => {
  if (body === undefined) return {};
  if (typeof body === 'string') return { body };
  return { body: JSON.stringify(body), contentType: 'application/json' };
};

/** Builds a payload-v2 event shaped like the ones API Gateway HTTP APIs send to Lambda. */
export const httpApiEvent = (options: HttpApiEventOptions): HttpApiEvent => {
  const { method, pathTemplate } = routeParts(options.route);
  const pathParameters = options.pathParameters ?? {};
  const rawPath = pathTemplate.replace(/\{(\w+)\+?\}/g, (_match, name: string) => encodeURIComponent(pathParameters[name] ?? ''));
  const query = options.query ?? {};
  const { body, contentType } = encodeBody(options.body);
  const requestId = options.requestId ?? 'req-0001';
  return {
    version: '2.0',
    routeKey: options.route,
    rawPath,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: {
      accept: 'application/json',
      host: 'api.example.test',
      'user-agent': 'jest',
      ...(contentType === undefined ? {} : { 'content-type': contentType }),
      ...options.headers,
    },
    ...(Object.keys(query).length > 0 ? { queryStringParameters: { ...query } } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters: { ...pathParameters } } : {}),
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: options.isBase64Encoded ?? false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api0001',
      domainName: 'api.example.test',
      domainPrefix: 'api',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'jest' },
      requestId,
      routeKey: options.route,
      stage: '$default',
      time: '01/Jan/2025:00:00:00 +0000',
      timeEpoch: 1735689600000,
      ...(options.claims === undefined ? {} : { authorizer: { jwt: { claims: options.claims, scopes: null } } }),
    },
  };
};

/** Context still requires the callback-era members; nothing in this project calls them. */
const legacyCallbacks = { done: () => undefined, fail: () => undefined, succeed: () => undefined };

export const lambdaContext = (functionName = 'test-function'): Context => ({
  ...legacyCallbacks,
  callbackWaitsForEmptyEventLoop: true,
  functionName,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${functionName}`,
  memoryLimitInMB: '256',
  awsRequestId: 'lambda-req-0001',
  logGroupName: `/aws/lambda/${functionName}`,
  logStreamName: '2025/01/01/[$LATEST]0001',
  getRemainingTimeInMillis: () => 10_000,
});

export interface HttpResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string | number | boolean>>;
  /** The parsed JSON body; `undefined` when there is none. */
  readonly body: unknown;
}

/** Invokes a wrapped handler the way Lambda does and parses the JSON body. */
export const invoke = async (handler: HttpApiHandler, event: HttpApiEvent): Promise<HttpResponse> => {
  const result: APIGatewayProxyStructuredResultV2 = await handler(event, lambdaContext());
  return {
    statusCode: result.statusCode ?? 200,
    headers: result.headers ?? {},
    body: result.body === undefined ? undefined : (JSON.parse(result.body) as unknown),
  };
};
