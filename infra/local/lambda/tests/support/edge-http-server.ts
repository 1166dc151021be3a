import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EdgeRequest, EdgeService } from '../../../edge/protocol';

export interface ServedEdge {
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * A stand-in for the edge while it is being built: serves one EdgeService over HTTP/1.1 on a free loopback port, so
 * unmodified SDK clients can talk to it.
 */
export async function serveEdgeService(service: EdgeService): Promise<ServedEdge> {
  const server = http.createServer((incoming, outgoing) => {
    void toEdgeRequest(incoming)
      .then((request) => service.handle(request))
      .then((response) => {
        outgoing.writeHead(response.status, response.headers);
        outgoing.end(response.body);
      })
      .catch((error: unknown) => {
        outgoing.writeHead(500, { 'content-type': 'text/plain' });
        outgoing.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function toEdgeRequest(incoming: http.IncomingMessage): Promise<EdgeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const url = new URL(incoming.url ?? '/', 'http://edge.local');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: Buffer.concat(chunks),
    httpVersion: '1.1',
  };
}
