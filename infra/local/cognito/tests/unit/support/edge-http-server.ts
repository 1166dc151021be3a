import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EdgeRequest, EdgeResponse } from '../../../../edge/protocol';
import type { LocalCognito } from '../../../local-cognito';

/**
 * A stand-in for the edge, just enough to put the local Cognito on a loopback port for the real SDK client and for
 * jose's remote JWKS: IncomingMessage → EdgeRequest, well-known routes first, then dispatch by X-Amz-Target.
 */

export interface TestEdge {
  readonly url: string;
  /** What the edge serves; set after start because the Cognito's issuers need the edge's URL (its port). */
  mount(cognito: Pick<LocalCognito, 'service' | 'wellKnownRoute'>): void;
  close(): Promise<void>;
}

function headersOf(message: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function edgeRequestOf(message: http.IncomingMessage): Promise<EdgeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const url = new URL(message.url ?? '/', 'http://edge.local');
  return {
    method: message.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: headersOf(message),
    body: Buffer.concat(chunks),
    httpVersion: '1.1',
  };
}

async function dispatch(
  cognito: Pick<LocalCognito, 'service' | 'wellKnownRoute'> | undefined,
  request: EdgeRequest,
): Promise<EdgeResponse> {
  if (cognito === undefined) return { status: 503, body: 'nothing mounted' };
  const wellKnown = cognito.wellKnownRoute(request);
  if (wellKnown !== undefined) return wellKnown;
  const target = request.headers['x-amz-target'] ?? '';
  if (cognito.service.targetPrefixes.some((prefix) => target.startsWith(`${prefix}.`))) {
    return cognito.service.handle(request);
  }
  return { status: 404, headers: { 'content-type': 'application/json' }, body: '{"message":"not found"}' };
}

export async function startTestEdge(): Promise<TestEdge> {
  let cognito: Pick<LocalCognito, 'service' | 'wellKnownRoute'> | undefined;
  const server = http.createServer((message, reply) => {
    void edgeRequestOf(message)
      .then((request) => dispatch(cognito, request))
      .then((response) => {
        reply.writeHead(response.status, response.headers);
        reply.end(response.body);
      })
      .catch((error: unknown) => {
        reply.writeHead(500);
        reply.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    mount: (service) => {
      cognito = service;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
