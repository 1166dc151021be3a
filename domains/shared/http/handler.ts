import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logger, metrics, MetricUnit } from '../logger';
import { assertAccess, readRouteAccess } from './access';
import { AppError, MisconfiguredError } from './errors';
import { CORRELATION_ID_HEADER, type HttpApiEvent, type HttpRequest, toHttpRequest } from './request-context';
import type { HttpResult } from './responses';
import type { RouteAccess } from './route-spec';

export type HttpRouteHandler = (request: HttpRequest) => Promise<HttpResult>;

export type HttpApiHandler = (event: HttpApiEvent, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

interface Outcome {
  readonly result: HttpResult;
  /** Set when the request ended in an error, so the request log line can carry it. */
  readonly error?: unknown;
}

const INTERNAL_ERROR_MESSAGE = 'An unexpected error occurred';

const errorResult = (error: unknown): HttpResult => {
  if (error instanceof AppError) {
    const details = error.details === undefined ? {} : { details: error.details };
    return { statusCode: error.status, body: { error: { code: error.code, message: error.message, ...details } } };
  }
  // Unknown errors may carry internals (SDK messages, stack traces): the client gets a generic message only.
  return { statusCode: 500, body: { error: { code: 'INTERNAL_ERROR', message: INTERNAL_ERROR_MESSAGE } } };
};

const execute = async (
  handle: HttpRouteHandler,
  access: RouteAccess | MisconfiguredError,
  request: HttpRequest,
): Promise<Outcome> => {
  try {
    if (access instanceof MisconfiguredError) {
      throw access;
    }
    assertAccess(access, request.caller);
    return { result: await handle(request) };
  } catch (error: unknown) {
    return { result: errorResult(error), error };
  }
};

/** One JSON line per request: info for answered requests (2xx–4xx), error with the cause for 5xx. */
const logRequest = (request: HttpRequest, outcome: Outcome, durationMs: number): void => {
  const { statusCode } = outcome.result;
  const attributes = {
    method: request.method,
    routeKey: request.routeKey,
    path: request.rawPath,
    statusCode,
    durationMs,
    ...(outcome.error instanceof AppError ? { errorCode: outcome.error.code } : {}),
  };
  if (statusCode >= 500) {
    logger.error('request failed', { ...attributes, error: outcome.error });
    metrics.addMetric('HttpServerErrors', MetricUnit.Count, 1);
  } else {
    logger.info('request completed', attributes);
  }
};

const toApiGatewayResult = (result: HttpResult, correlationId: string): APIGatewayProxyStructuredResultV2 => {
  const hasBody = result.body !== undefined;
  return {
    statusCode: result.statusCode,
    headers: {
      ...result.headers,
      ...(hasBody ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      [CORRELATION_ID_HEADER]: correlationId,
    },
    ...(hasBody ? { body: JSON.stringify(result.body) } : {}),
  };
};

/**
 * Wraps a domain handler as an API Gateway HTTP API (payload v2) Lambda handler. It owns the envelope:
 * access control from ROUTE_ACCESS (read once, here, at cold start), correlation ids, error mapping to
 * `{ error: { code, message, details? } }`, the per-request log line and metric flushing.
 */
export const httpHandler = (handle: HttpRouteHandler): HttpApiHandler => {
  const access = readRouteAccess();
  return async (event, context) => {
    const startedAt = performance.now();
    logger.addContext(context);
    const request = toHttpRequest(event, context);
    logger.appendKeys({ correlationId: request.correlationId });
    try {
      const outcome = await execute(handle, access, request);
      logRequest(request, outcome, Math.round(performance.now() - startedAt));
      return toApiGatewayResult(outcome.result, request.correlationId);
    } finally {
      // Publishing with nothing stored only produces a warning, so flush only what handlers recorded.
      if (metrics.hasStoredMetrics()) {
        metrics.publishStoredMetrics();
      }
      logger.resetKeys();
    }
  };
};
