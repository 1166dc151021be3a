import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EdgeRequest, EdgeResponse, EdgeService } from '../edge/protocol';

/**
 * A stand-in for the edge in a service's unit tests: puts one EdgeService on a loopback port so the real AWS SDK
 * client (or a plain fetch) can talk to it. No dispatch — every request goes to the one service — and no body
 * limit; the edge proper owns those, and its own tests cover them.
 */
export interface EdgeTestServer {
  /** e.g. `http://127.0.0.1:53211`, for a client's `endpoint`. */
  readonly url: string;
  close(): Promise<void>;
}

/** What an SDK v3 client needs to reach the server: fixed region and dummy credentials, no retries to wait for. */
export interface TestClientConfig {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly maxAttempts: number;
}

export async function startEdgeTestServer(service: EdgeService): Promise<EdgeTestServer> {
  const server = createServer((message, reply) => {
    edgeRequestOf(message)
      .then((request) => service.handle(request))
      .then(
        (response) => {
          writeResponse(reply, response);
        },
        (error: unknown) => {
          // A service must answer every request itself; a rejection is a bug the test should see verbatim.
          writeResponse(reply, {
            status: 500,
            body: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
        },
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // SDK clients keep sockets alive; without this, close() waits for their idle timeout.
        server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}

export function testClientConfig(server: EdgeTestServer): TestClientConfig {
  return {
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  };
}

/** IncomingMessage → EdgeRequest with the edge's conventions: raw path, decoded query, lower-cased joined headers. */
async function edgeRequestOf(message: IncomingMessage): Promise<EdgeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const url = message.url ?? '/';
  const queryAt = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (message.method ?? 'GET').toUpperCase(),
    path: queryAt === -1 ? url : url.slice(0, queryAt),
    query: Object.fromEntries(new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1))),
    headers,
    body: Buffer.concat(chunks),
    httpVersion: '1.1',
  };
}

function writeResponse(reply: ServerResponse, response: EdgeResponse): void {
  const body = typeof response.body === 'string' ? Buffer.from(response.body) : (response.body ?? Buffer.alloc(0));
  reply.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
  reply.end(body);
}
