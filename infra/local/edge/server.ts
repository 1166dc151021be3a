import { createServer as createHttp1Server } from 'node:http';
import { createServer as createHttp2Server } from 'node:http2';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { routeByPreface } from './h2c';
import { createRequestHandler } from './handle-request';
import type { ReadinessReport } from './health';
import { silentLogger, type EdgeLogger } from './logger';
import type { EdgeRoute, EdgeService } from './protocol';

export interface EdgeOptions {
  /** Loopback by default: the edge accepts any credentials, so it must not be reachable from the network. */
  readonly host?: string;
  /** 4566 by default (the port AWS tooling expects of a local cloud); 0 picks a free port. */
  readonly port?: number;
  readonly services: readonly EdgeService[];
  /** Plain paths for requests no service claims (e.g. Cognito's well-known documents); none by default. */
  readonly routes?: readonly EdgeRoute[];
  readonly readiness: () => ReadinessReport;
  readonly logger?: EdgeLogger;
  /**
   * Larger request bodies are refused with 413 before reaching a service. 16 MiB by default: DynamoDB's request cap,
   * the largest of the emulated APIs (Lambda Invoke 6 MB, Kinesis PutRecords 5 MB), so no legitimate call is refused.
   */
  readonly maxBodyBytes?: number;
}

export interface Edge {
  /** e.g. `http://127.0.0.1:4566` — what `AWS_ENDPOINT_URL` and `--endpoint-url` point at. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections (SDK keep-alive sockets, HTTP/2 sessions); resolves once the port is free. */
  close(): Promise<void>;
}

export const DEFAULT_EDGE_PORT = 4566;
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * One TCP port for every emulated AWS service, speaking HTTP/1.1 and h2c. The edge only dispatches: see
 * `handle-request.ts` for the pipeline and `dispatch.ts` for how a service is chosen.
 */
export async function startEdge(options: EdgeOptions): Promise<Edge> {
  const host = options.host ?? '127.0.0.1';
  const handler = createRequestHandler({
    services: options.services,
    routes: options.routes ?? [],
    readiness: options.readiness,
    logger: options.logger ?? silentLogger,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  // Neither server listens: the TCP server below owns the port and hands each connection to one of them.
  // Keep-alive beyond the SDK's idle reuse window, so a reused socket is rarely one the edge just closed.
  const http1 = createHttp1Server({ keepAliveTimeout: 65_000 }, handler);
  const http2 = createHttp2Server({}, handler);
  const sockets = new Set<Socket>();
  const tcp = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    routeByPreface(socket, { http1, http2 });
  });

  const port = await listen(tcp, host, options.port ?? DEFAULT_EDGE_PORT);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        tcp.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function listen(tcp: TcpServer, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    tcp.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'the port is already in use' : error.message;
      reject(new Error(`The edge cannot listen on ${host}:${port}: ${why}`, { cause: error }));
    });
    tcp.listen(port, host, () => {
      const address = tcp.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}
