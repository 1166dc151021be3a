import type { CorsConfiguration, HeaderList } from './http-api-model';

/**
 * CORS as HTTP APIs do it ("Configuring CORS for an HTTP API"): with a CorsConfiguration, API Gateway answers
 * preflight requests itself — no route or integration involved — and adds the configured headers to every other
 * response of an allowed origin, ignoring CORS headers the integration returned.
 */

const includesIgnoringCase = (list: readonly string[] | undefined, value: string): boolean =>
  (list ?? []).some((entry) => entry === '*' || entry.toLowerCase() === value.toLowerCase());

/** `*` when any origin is allowed, else the request's origin if listed, else undefined. */
const allowOriginValue = (cors: CorsConfiguration, origin: string | undefined): string | undefined => {
  if (origin === undefined) {
    return undefined;
  }
  if ((cors.allowOrigins ?? []).includes('*')) {
    return '*';
  }
  return includesIgnoringCase(cors.allowOrigins, origin) ? origin : undefined;
};

const credentialsHeader = (cors: CorsConfiguration): HeaderList =>
  cors.allowCredentials === true ? [['access-control-allow-credentials', 'true']] : [];

/** `headers` are the request's, lower-cased. */
export const isPreflight = (method: string, headers: Readonly<Record<string, string>>): boolean =>
  method === 'OPTIONS' && headers.origin !== undefined && headers['access-control-request-method'] !== undefined;

/**
 * The headers of the 204 preflight answer. A disallowed origin, method or header gets a 204 without any
 * `access-control-*` header, which makes the browser refuse the actual request.
 */
export const preflightHeaders = (cors: CorsConfiguration, headers: Readonly<Record<string, string>>): HeaderList => {
  const allowOrigin = allowOriginValue(cors, headers.origin);
  const method = headers['access-control-request-method'] ?? '';
  const requested = (headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (allowOrigin === undefined || !includesIgnoringCase(cors.allowMethods, method) || !requested.every((name) => includesIgnoringCase(cors.allowHeaders, name))) {
    return [];
  }
  return [
    ['access-control-allow-origin', allowOrigin],
    ['access-control-allow-methods', (cors.allowMethods ?? []).join(',')],
    ...(cors.allowHeaders === undefined || cors.allowHeaders.length === 0
      ? []
      : ([['access-control-allow-headers', cors.allowHeaders.join(',')]] as const)),
    ...(cors.maxAge === undefined ? [] : ([['access-control-max-age', String(cors.maxAge)]] as const)),
    ...credentialsHeader(cors),
  ];
};

/** A response's headers with the integration's CORS headers replaced by the API's, for an allowed origin. */
export const withCorsHeaders = (cors: CorsConfiguration, origin: string | undefined, headers: HeaderList): HeaderList => {
  const own = headers.filter(([name]) => !name.toLowerCase().startsWith('access-control-'));
  const allowOrigin = allowOriginValue(cors, origin);
  if (allowOrigin === undefined) {
    return own;
  }
  return [
    ...own,
    ['access-control-allow-origin', allowOrigin],
    ...(cors.exposeHeaders === undefined || cors.exposeHeaders.length === 0
      ? []
      : ([['access-control-expose-headers', cors.exposeHeaders.join(',')]] as const)),
    ...credentialsHeader(cors),
  ];
};
