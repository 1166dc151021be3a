import type { GatewayResponse, HeaderList } from './http-api-model';

/**
 * The answers API Gateway gives on its own (no integration involved). HTTP APIs have no customisable gateway
 * responses: the body is always `{"message":"<reason>"}`.
 */
const gatewayMessage = (status: number, message: string, headers: HeaderList = []): GatewayResponse => ({
  status,
  headers: [['content-type', 'application/json'], ...headers],
  body: Buffer.from(JSON.stringify({ message })),
});

export const notFound = (): GatewayResponse => gatewayMessage(404, 'Not Found');

export const unauthorized = (wwwAuthenticate: string): GatewayResponse =>
  gatewayMessage(401, 'Unauthorized', [['www-authenticate', wwwAuthenticate]]);

export const forbidden = (wwwAuthenticate: string): GatewayResponse =>
  gatewayMessage(403, 'Forbidden', [['www-authenticate', wwwAuthenticate]]);

/** Function errors, malformed function results, Lambda throttling and invoke failures all look like this. */
export const internalServerError = (): GatewayResponse => gatewayMessage(500, 'Internal Server Error');

/** The integration did not answer within its timeout (at most 30 s on HTTP APIs). */
export const serviceUnavailable = (): GatewayResponse => gatewayMessage(503, 'Service Unavailable');

/** HTTP APIs accept request payloads up to 10 MB. */
export const payloadTooLarge = (): GatewayResponse => gatewayMessage(413, 'Request Entity Too Large');

/** The CORS preflight answer: no body, only headers. */
export const noContent = (headers: HeaderList): GatewayResponse => ({ status: 204, headers, body: Buffer.alloc(0) });
