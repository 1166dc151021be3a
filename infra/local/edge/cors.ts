import type { EdgeResponse } from './protocol';

/**
 * Permissive CORS: the edge serves only loopback, and the local console (a browser page) will call AWS APIs on it
 * with SigV4 headers. `Authorization` is not covered by a `*` allow-list, so preflights echo what the browser asks for.
 */
export function preflightResponse(headers: Readonly<Record<string, string>>): EdgeResponse {
  return {
    status: 204,
    headers: {
      ...corsHeaders(headers),
      'access-control-allow-methods': headers['access-control-request-method'] ?? 'GET, HEAD, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': headers['access-control-request-headers'] ?? '*',
      'access-control-max-age': '86400',
    },
  };
}

/** Added to every answer to a browser (a request with `Origin`); SDK and CLI traffic carries no Origin. */
export function corsHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  if (headers.origin === undefined) return {};
  // `*` rather than the echoed origin: no cookies are involved, and `*` keeps `expose-headers: *` meaningful.
  return { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' };
}
