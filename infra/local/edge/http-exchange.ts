import type { IncomingMessage, ServerResponse } from 'node:http';
import { Http2ServerResponse, type Http2ServerRequest } from 'node:http2';
import type { EdgeRequest, EdgeResponse } from './protocol';

/** Node gives the edge one of two request/response pairs, depending on what the connection spoke. */
export type NodeRequest = IncomingMessage | Http2ServerRequest;
export type NodeResponse = ServerResponse | Http2ServerResponse;

/** Everything about a request except its body, which is read (or refused) later. */
export type RequestHead = Omit<EdgeRequest, 'body'>;

export function requestHead(request: NodeRequest): RequestHead {
  // Both are always set on server-side requests; Node types them optional because IncomingMessage is also a client type.
  const url = request.url ?? '/';
  const queryAt = url.indexOf('?');
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    path: queryAt === -1 ? url : url.slice(0, queryAt),
    query: queryOf(queryAt === -1 ? '' : url.slice(queryAt + 1)),
    headers: headersOf(request),
    httpVersion: request.httpVersionMajor === 2 ? '2' : '1.1',
  };
}

/**
 * The whole body, or `undefined` as soon as it exceeds `maxBytes` (declared or streamed). The rest is then drained
 * rather than the stream destroyed: destroying an HTTP/1.1 request kills the socket before the 413 can be read.
 */
export function readBody(request: NodeRequest, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    request.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.resume();
      resolve(undefined);
    };
    request.on('data', onData);
    request.once('end', () => {
      resolve(Buffer.concat(chunks, size));
    });
    request.once('error', reject);
    // A client that goes away mid-body never sends 'end'; without this the answer would wait forever. After 'end' or
    // an overflow the promise is already settled and this does nothing.
    request.once('close', () => {
      reject(new Error('The client closed the request before its body ended'));
    });
  });
}

/** HTTP/2 forbids connection-specific headers (Node throws on them); a service written for HTTP/1.1 may still set them. */
const HTTP1_ONLY_HEADERS = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);

export function writeResponse(target: NodeResponse, response: EdgeResponse): void {
  const body = typeof response.body === 'string' ? Buffer.from(response.body) : (response.body ?? Buffer.alloc(0));
  const isHttp2 = target instanceof Http2ServerResponse;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    const lowerName = name.toLowerCase();
    if (!(isHttp2 && HTTP1_ONLY_HEADERS.has(lowerName))) headers[lowerName] = value;
  }
  // The edge sends whole bodies, so it states their length (no chunked encoding), whatever the service claimed.
  headers['content-length'] = String(body.length);
  target.writeHead(response.status, headers);
  target.end(body);
}

function queryOf(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) query[name] = value;
  return query;
}

function headersOf(request: NodeRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    // HTTP/2 pseudo-headers (`:path`, `:authority`, …) are transport, not headers a service reads.
    if (name.startsWith(':') || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  // HTTP/2 carries the host as `:authority`; services (e.g. a JWKS issuer URL) expect `host` whatever the transport.
  const authority = request.headers[':authority'];
  if (headers.host === undefined && typeof authority === 'string') headers.host = authority;
  return headers;
}
