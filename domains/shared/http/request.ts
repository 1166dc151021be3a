import { isUlid } from '../ids';
import type { Validator } from '../validation';
import { type AppError, BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from './errors';
import type { HttpRequest } from './request-context';

/** Architecture limit for every JSON body (API Gateway itself would accept up to 10 MB). */
export const MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, `application/merge-patch+json`, … with or without parameters such as charset. */
const isJsonMediaType = (contentType: string): boolean => {
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
};

const bodyBytes = (request: HttpRequest): Buffer =>
  Buffer.from(request.body ?? '', request.isBase64Encoded ? 'base64' : 'utf8');

/**
 * Reads the JSON body and validates it. In order: 415 for a non-JSON content-type (a missing one is
 * tolerated, as curl and some SDKs omit it), 413 above 64 KB, 400 `MALFORMED_JSON` for an empty or
 * unparsable body, 400 `VALIDATION_ERROR` with details for schema violations (unknown fields included).
 */
export const parseJsonBody = <T>(request: HttpRequest, validate: Validator<T>): T => {
  const contentType = request.headers['content-type'];
  if (contentType !== undefined && !isJsonMediaType(contentType)) {
    throw new UnsupportedMediaTypeError();
  }
  const bytes = bodyBytes(request);
  if (bytes.length > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(MAX_BODY_BYTES);
  }
  const text = bytes.toString('utf8');
  if (text.trim() === '') {
    throw new BadRequestError('MALFORMED_JSON', 'The request body must be a JSON document');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequestError('MALFORMED_JSON', 'The request body is not valid JSON');
  }
  return validate(parsed);
};

export interface IntegerQueryOptions {
  readonly min: number;
  readonly max: number;
  readonly defaultValue: number;
}

/** An optional integer query parameter within [min, max]; anything else is 400 `VALIDATION_ERROR`. */
export const integerQueryParameter = (request: HttpRequest, name: string, options: IntegerQueryOptions): number => {
  const raw = request.query[name];
  if (raw === undefined || raw === '') {
    return options.defaultValue;
  }
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < options.min || value > options.max) {
    throw ValidationError.at(`query.${name}`, `must be an integer from ${options.min} to ${options.max}`);
  }
  return value;
};

/**
 * An optional string query parameter, checked by `validate` when given (e.g. a schema from the OpenAPI
 * document); violations are reported at `query.<name>`. An empty value counts as absent.
 */
export const stringQueryParameter = (request: HttpRequest, name: string, validate?: Validator<string>): string | undefined => {
  const raw = request.query[name];
  if (raw === undefined || raw === '') {
    return undefined;
  }
  if (validate === undefined) {
    return raw;
  }
  try {
    return validate(raw);
  } catch (error: unknown) {
    if (error instanceof ValidationError) {
      throw new ValidationError((error.details ?? []).map((detail) => ({ ...detail, path: `query.${name}` })));
    }
    throw error;
  }
};

/**
 * A path parameter the route declares. Its absence means the route and handler disagree, a deployment
 * bug, so it is not reported as a client error.
 */
export const pathParameter = (request: HttpRequest, name: string): string => {
  const value = request.pathParameters[name];
  if (value === undefined) {
    throw new Error(`path parameter ${name} is not declared on route ${request.routeKey}`);
  }
  return value;
};

/** An optional header (case-insensitive), trimmed; an empty value counts as absent. */
export const optionalHeader = (request: HttpRequest, name: string): string | undefined => {
  const value = request.headers[name.toLowerCase()]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/**
 * A path parameter that must be a ULID. Anything else gets the caller's not-found error, exactly as an
 * unknown id would, so the API does not reveal which ids could exist.
 */
export const ulidPathParameter = (request: HttpRequest, name: string, notFound: () => AppError): string => {
  const value = pathParameter(request, name);
  if (!isUlid(value)) {
    throw notFound();
  }
  return value;
};

const IF_MATCH_VERSION = /^(?:"(\d{1,15})"|(\d{1,15}))$/;

/**
 * The version an optimistic-concurrency `If-Match` header expects: `3` or the ETag form `"3"`. Absent or
 * `*` (any current version) → undefined; anything else (weak or multiple ETags) → 400 `VALIDATION_ERROR`.
 */
export const ifMatchVersion = (request: HttpRequest): number | undefined => {
  const value = optionalHeader(request, 'if-match');
  if (value === undefined || value === '*') {
    return undefined;
  }
  const match = IF_MATCH_VERSION.exec(value);
  const digits = match?.[1] ?? match?.[2];
  if (digits === undefined) {
    throw ValidationError.at('headers.if-match', 'must be a version number, bare (3) or quoted ("3")');
  }
  return Number(digits);
};
