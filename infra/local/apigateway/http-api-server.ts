import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type HandledRequest, type HttpApiHandler, MAX_REQUEST_BODY_BYTES, createHttpApiHandler } from './http-api-handler';
import type { GatewayRequest, GatewayResponse, HeaderList, HttpApiDefinition, HttpApiLogger, InvokeFunction } from './http-api-model';
import { type JwtVerifier, createJwtAuthorizer } from './jwt-authorizer';

/**
 * The HTTP side of the local API Gateway: a node:http server that turns each request into a GatewayRequest, lets
 * the handler decide, writes the answer and logs one line per request.
 */

export interface StartHttpApiOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 3000; 0 picks a free port (tests). */
  readonly port?: number;
  readonly api: HttpApiDefinition;
  /** Synchronous Lambda invoke, provided by the Lambda runtime. */
  readonly invoke: InvokeFunction;
  /** Default: a JWT authorizer that fetches each issuer's JWKS from `<issuer>/.well-known/jwks.json`. */
  readonly verifyJwt?: JwtVerifier;
  /** Default: no logging. */
  readonly logger?: HttpApiLogger;
  readonly now?: () => Date;
  readonly newRequestId?: () => string;
}

export interface RunningHttpApi {
  /** e.g. `http://127.0.0.1:3000`, without a trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

const silentLogger: HttpApiLogger = { info: () => undefined, warn: () => undefined };

/** A body over the limit is not buffered further: one byte past the limit is all the handler needs to answer 413. */
const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_REQUEST_BODY_BYTES) {
      chunks.push(chunk);
    }
  }
  return size > MAX_REQUEST_BODY_BYTES ? Buffer.alloc(MAX_REQUEST_BODY_BYTES + 1) : Buffer.concat(chunks);
};

const headerPairs = (rawHeaders: readonly string[]): HeaderList => {
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    pairs.push([rawHeaders[index] ?? '', rawHeaders[index + 1] ?? '']);
  }
  return pairs;
};

const toGatewayRequest = async (request: IncomingMessage): Promise<GatewayRequest> => {
  const target = request.url ?? '/';
  const queryStart = target.indexOf('?');
  const remote = request.socket.remoteAddress ?? '127.0.0.1';
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    path: queryStart === -1 ? target : target.slice(0, queryStart),
    rawQueryString: queryStart === -1 ? '' : target.slice(queryStart + 1),
    headers: headerPairs(request.rawHeaders),
    body: await readBody(request),
    // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d; API Gateway reports plain a.b.c.d.
    sourceIp: remote.replace(/^::ffff:/, ''),
    protocol: `HTTP/${request.httpVersion}`,
    port: request.socket.localPort ?? 0,
  };
};

const writeResponse = (response: ServerResponse, answer: GatewayResponse): void => {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of answer.headers) {
    grouped.set(name, [...(grouped.get(name) ?? []), value]);
  }
  for (const [name, values] of grouped) {
    response.setHeader(name, values.length === 1 ? (values[0] ?? '') : values);
  }
  response.setHeader('content-length', answer.body.length);
  response.statusCode = answer.status;
  response.end(answer.body);
};

const logRequest = (logger: HttpApiLogger, request: GatewayRequest, handled: HandledRequest, durationMs: number): void => {
  const status = handled.response.status;
  const fields = {
    method: request.method,
    path: request.path,
    routeKey: handled.routeKey,
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    requestId: handled.requestId,
    ...(handled.error === undefined ? {} : { error: handled.error }),
  };
  const line = `${request.method} ${request.path} → ${status} (${handled.routeKey}) ${fields.durationMs} ms`;
  if (status >= 500) {
    logger.warn(`${line}: ${handled.error ?? ''}`, fields);
  } else {
    logger.info(line, fields);
  }
};

const serve = (handler: HttpApiHandler, logger: HttpApiLogger) => async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
  const startedAt = performance.now();
  const gatewayRequest = await toGatewayRequest(request);
  const handled = await handler(gatewayRequest);
  writeResponse(response, handled.response);
  logRequest(logger, gatewayRequest, handled, performance.now() - startedAt);
};

const listen = (server: Server, port: number, host: string): Promise<AddressInfo> =>
  new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(error.code === 'EADDRINUSE' ? new Error(`The HTTP API cannot listen on ${host}:${port}: the port is already in use`) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });

/** Starts serving the API; resolves once it listens. */
export const startHttpApi = async (options: StartHttpApiOptions): Promise<RunningHttpApi> => {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const handler = createHttpApiHandler({
    api: options.api,
    invoke: options.invoke,
    verifyJwt: options.verifyJwt ?? createJwtAuthorizer(),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.newRequestId === undefined ? {} : { newRequestId: options.newRequestId }),
  });
  const onRequest = serve(handler, logger);
  const server = createServer((request, response) => {
    onRequest(request, response).catch((error: unknown) => {
      // The handler answers every failure itself; this is a broken connection or a bug in the server glue.
      logger.warn(`HTTP API could not answer ${request.method ?? ''} ${request.url ?? ''}`, { error: error instanceof Error ? error.message : String(error) });
      response.destroy();
    });
  });
  const address = await listen(server, options.port ?? 3000, host);
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) {
            resolve();
          } else {
            reject(error);
          }
        });
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
};
