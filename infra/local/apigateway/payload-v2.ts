import type { GatewayRequest, HttpApiDefinition } from './http-api-model';
import { decodePathComponent } from './route-matcher';

/**
 * The payload format 2.0 event, built the way API Gateway builds it ("Working with AWS Lambda proxy integrations for
 * HTTP APIs"): header names lower-cased and repeated headers comma-joined; cookies moved out of the headers into
 * `cookies`; repeated query parameters comma-joined; `rawQueryString` as sent but `rawPath` and parameters decoded;
 * optional fields left out (not null) when empty; `authorizer` only on JWT routes.
 */
export interface PayloadV2Event {
  readonly version: '2.0';
  readonly routeKey: string;
  readonly rawPath: string;
  readonly rawQueryString: string;
  readonly cookies?: string[];
  readonly headers: Record<string, string>;
  readonly queryStringParameters?: Record<string, string>;
  readonly requestContext: {
    readonly accountId: string;
    readonly apiId: string;
    readonly authorizer?: { readonly jwt: { readonly claims: Record<string, string>; readonly scopes: string[] | null } };
    readonly domainName: string;
    readonly domainPrefix: string;
    readonly http: { readonly method: string; readonly path: string; readonly protocol: string; readonly sourceIp: string; readonly userAgent: string };
    readonly requestId: string;
    readonly routeKey: string;
    readonly stage: string;
    readonly time: string;
    readonly timeEpoch: number;
  };
  readonly body?: string;
  readonly pathParameters?: Record<string, string>;
  readonly isBase64Encoded: boolean;
  readonly stageVariables?: Record<string, string>;
}

export interface PayloadV2Input {
  readonly request: GatewayRequest;
  readonly api: HttpApiDefinition;
  readonly routeKey: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly authorizer?: { readonly claims: Readonly<Record<string, string>>; readonly scopes: readonly string[] | null };
  /** Also answered in the `apigw-requestid` response header. */
  readonly requestId: string;
  /** `x-amzn-trace-id`, e.g. `Root=1-5e6a8f2e-0123456789abcdef01234567`. */
  readonly traceId: string;
  readonly receivedAt: Date;
}

/** Connection-level headers never reach an integration: API Gateway terminates the client's connection. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

const LOCAL_ACCOUNT_ID = '000000000000';

/** Request headers as the event carries them: lower-cased, repeats comma-joined, without `cookie`. */
export const requestHeaders = (request: GatewayRequest): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const [rawName, value] of request.headers) {
    const name = rawName.toLowerCase();
    if (name === 'cookie' || HOP_BY_HOP.has(name)) {
      continue;
    }
    const existing = headers[name];
    headers[name] = existing === undefined ? value : `${existing},${value}`;
  }
  return headers;
};

/** Every `Cookie` header's pairs, in order. */
export const requestCookies = (request: GatewayRequest): string[] =>
  request.headers
    .filter(([name]) => name.toLowerCase() === 'cookie')
    .flatMap(([, value]) => value.split(';'))
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie !== '');

/** Decoded query parameters, repeats comma-joined (`a=1&a=2` → `{ a: '1,2' }`). */
export const queryParameters = (rawQueryString: string): Record<string, string> => {
  const parameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    const existing = parameters[name];
    parameters[name] = existing === undefined ? value : `${existing},${value}`;
  }
  return parameters;
};

/**
 * HTTP APIs pass a body as text only for these media types (verified against real API Gateway by others, the
 * docs only say "binary" bodies are base64-encoded); everything else — a missing content-type and
 * `application/x-www-form-urlencoded` included — arrives base64-encoded.
 */
export const isTextMediaType = (contentType: string | undefined): boolean => {
  const mediaType = (contentType?.split(';')[0] ?? '').trim().toLowerCase();
  return mediaType.startsWith('text/') || ['application/json', 'application/xml', 'application/javascript'].includes(mediaType);
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12/Mar/2020:19:03:58 +0000` (CLF, UTC). */
export const requestTime = (date: Date): string => {
  const two = (value: number): string => String(value).padStart(2, '0');
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const clock = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${two(date.getUTCDate())}/${month}/${date.getUTCFullYear()}:${clock} +0000`;
};

/** Headers API Gateway adds on its way to the integration; a client's `x-forwarded-for` is kept and extended. */
const forwardingHeaders = (input: PayloadV2Input, headers: Readonly<Record<string, string>>): Record<string, string> => {
  const { request } = input;
  const forwardedFor = headers['x-forwarded-for'];
  return {
    'content-length': String(request.body.length),
    'x-amzn-trace-id': input.traceId,
    'x-forwarded-for': forwardedFor === undefined ? request.sourceIp : `${forwardedFor}, ${request.sourceIp}`,
    'x-forwarded-port': String(request.port),
    'x-forwarded-proto': 'http',
  };
};

const nonEmpty = <T extends object>(value: T): T | undefined => (Object.keys(value).length > 0 ? value : undefined);

const bodyFields = (request: GatewayRequest, contentType: string | undefined): { body?: string; isBase64Encoded: boolean } => {
  if (request.body.length === 0) {
    return { isBase64Encoded: false };
  }
  return isTextMediaType(contentType)
    ? { body: request.body.toString('utf8'), isBase64Encoded: false }
    : { body: request.body.toString('base64'), isBase64Encoded: true };
};

export const buildPayloadV2 = (input: PayloadV2Input): PayloadV2Event => {
  const { request, api } = input;
  const clientHeaders = requestHeaders(request);
  const headers = { ...clientHeaders, ...forwardingHeaders(input, clientHeaders) };
  const host = (headers.host ?? '').replace(/:\d+$/, '');
  const rawPath = decodePathComponent(request.path);
  const cookies = requestCookies(request);
  const { body, isBase64Encoded } = bodyFields(request, headers['content-type']);
  const queryStringParameters = nonEmpty(queryParameters(request.rawQueryString));
  const pathParameters = nonEmpty({ ...input.pathParameters });
  const stageVariables = nonEmpty({ ...api.stageVariables });
  return {
    version: '2.0',
    routeKey: input.routeKey,
    rawPath,
    rawQueryString: request.rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(queryStringParameters === undefined ? {} : { queryStringParameters }),
    requestContext: {
      accountId: api.accountId ?? LOCAL_ACCOUNT_ID,
      apiId: api.apiId,
      ...(input.authorizer === undefined
        ? {}
        : { authorizer: { jwt: { claims: { ...input.authorizer.claims }, scopes: input.authorizer.scopes === null ? null : [...input.authorizer.scopes] } } }),
      domainName: host,
      domainPrefix: host.split('.')[0] ?? '',
      http: { method: request.method, path: rawPath, protocol: request.protocol, sourceIp: request.sourceIp, userAgent: headers['user-agent'] ?? '' },
      requestId: input.requestId,
      routeKey: input.routeKey,
      stage: api.stageName,
      time: requestTime(input.receivedAt),
      timeEpoch: input.receivedAt.getTime(),
    },
    ...(body === undefined ? {} : { body }),
    ...(pathParameters === undefined ? {} : { pathParameters }),
    isBase64Encoded,
    ...(stageVariables === undefined ? {} : { stageVariables }),
  };
};
