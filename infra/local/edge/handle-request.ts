import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { corsHeaders, preflightResponse } from './cors';
import { createDispatcher } from './dispatch';
import { edgeError } from './errors';
import { assessHealth, healthResponse, type ReadinessReport } from './health';
import { readBody, requestHead, writeResponse, type NodeRequest, type NodeResponse, type RequestHead } from './http-exchange';
import type { EdgeLogger } from './logger';
import type { EdgeRequest, EdgeResponse, EdgeRoute, EdgeService } from './protocol';

export interface RequestHandlerOptions {
  readonly services: readonly EdgeService[];
  readonly routes: readonly EdgeRoute[];
  readonly readiness: () => ReadinessReport;
  readonly logger: EdgeLogger;
  readonly maxBodyBytes: number;
}

/** What answered a request, for the one log line per request. `edge` when the edge answered itself. */
interface Answer {
  readonly response: EdgeResponse;
  readonly service: string;
  readonly operation: string;
}

const LOCAL_PATHS = '/_local';

/**
 * The edge's request pipeline, the same for HTTP/1.1 and HTTP/2: its own paths and CORS preflights first, then the body
 * (bounded), then dispatch to a service or else an extra route. Every request gets an answer and one debug log line.
 */
export function createRequestHandler(options: RequestHandlerOptions): (request: NodeRequest, response: NodeResponse) => void {
  const dispatch = createDispatcher(options.services);
  const registered = options.services.map((service) => service.signingName);
  const { logger } = options;

  const answer = async (head: RequestHead, request: NodeRequest): Promise<Answer> => {
    if (head.method === 'OPTIONS') {
      request.resume();
      return { response: preflightResponse(head.headers), service: 'edge', operation: 'CORS preflight' };
    }
    if (head.path === LOCAL_PATHS || head.path.startsWith(`${LOCAL_PATHS}/`)) {
      request.resume();
      // Services add their own local paths as routes (e.g. /_local/schema-violations); the edge keeps /_local/health.
      const local: EdgeRequest = { ...head, body: Buffer.alloc(0) };
      for (const extra of options.routes) {
        const response = await guarded(extra.name, head.path, local, () => extra.answer(local));
        if (response !== undefined) return { response, service: extra.name, operation: head.path };
      }
      return { response: localResponse(head, registered, options.readiness), service: 'edge', operation: head.path };
    }
    const body = await readBody(request, options.maxBodyBytes);
    if (body === undefined) {
      const message = `Request body exceeds the edge's limit of ${options.maxBodyBytes} bytes`;
      const operation = head.headers['x-amz-target'] ?? `${head.method} ${head.path}`;
      return { response: edgeError(head, 413, 'RequestEntityTooLargeException', message), service: 'edge', operation };
    }
    return dispatchToService({ ...head, body });
  };

  const dispatchToService = async (request: EdgeRequest): Promise<Answer> => {
    const route = dispatch(request);
    const { service } = route;
    if (service !== undefined) {
      const response = await guarded(service.signingName, route.operation, request, () => service.handle(request));
      return { response, service: service.signingName, operation: route.operation };
    }
    for (const extra of options.routes) {
      const response = await guarded(extra.name, route.operation, request, () => extra.answer(request));
      if (response !== undefined) return { response, service: extra.name, operation: route.operation };
    }
    const message =
      `No emulated service answers ${route.operation} (received ${route.received}); ` +
      `emulated: ${registered.join(', ') || 'none'}`;
    return { response: noService(request, message), service: 'edge', operation: route.operation };
  };

  /** A service that throws answers 500 `InternalFailure`: its stack goes to the log, never to the client. */
  const guarded = async <T extends EdgeResponse | undefined>(
    service: string,
    operation: string,
    request: EdgeRequest,
    call: () => T | Promise<T>,
  ): Promise<EdgeResponse | T> => {
    try {
      return await call();
    } catch (error) {
      logger.error('edge service failed', { service, operation, error });
      return edgeError(request, 500, 'InternalFailure', `The ${service} service failed to process the request`);
    }
  };

  return (request, response) => {
    const started = performance.now();
    const requestId = randomUUID();
    const head = requestHead(request);
    void answer(head, request).then(
      (answered) => {
        try {
          writeResponse(response, withEdgeHeaders(answered.response, head, requestId));
        } catch (error) {
          // e.g. a header value Node refuses: the service's bug, so it is reported at error level.
          logger.error('edge could not write the answer', { requestId, service: answered.service, error });
          response.destroy();
          return;
        }
        logger.debug('edge request', {
          requestId,
          service: answered.service,
          operation: answered.operation,
          status: answered.response.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          httpVersion: head.httpVersion,
        });
      },
      // Only the transport fails before an answer exists (client gone mid-body, socket reset): nobody is left to answer.
      (error: unknown) => {
        logger.debug('edge request aborted', { requestId, method: head.method, path: head.path, error });
        response.destroy();
      },
    );
  };
}

/** Unknown target → 400 like the real awsJson services; unknown restJson/query path → 404. */
function noService(request: EdgeRequest, message: string): EdgeResponse {
  const status = request.headers['x-amz-target'] === undefined ? 404 : 400;
  return edgeError(request, status, 'UnknownOperationException', message);
}

function localResponse(head: RequestHead, registered: readonly string[], readiness: () => ReadinessReport): EdgeResponse {
  if (head.path === `${LOCAL_PATHS}/health` && (head.method === 'GET' || head.method === 'HEAD')) {
    return healthResponse(assessHealth(registered, readiness));
  }
  return edgeError(head, 404, 'NotFound', `${head.method} ${head.path} is not a local path of the edge (GET ${LOCAL_PATHS}/health is)`);
}

/** Every answer carries a request id (SDKs surface it as `$metadata.requestId`) and, for browsers, CORS headers. */
function withEdgeHeaders(response: EdgeResponse, head: RequestHead, requestId: string): EdgeResponse {
  return {
    ...response,
    headers: { 'x-amzn-requestid': requestId, ...corsHeaders(head.headers), ...response.headers },
  };
}
