import { isPreflight, preflightHeaders, withCorsHeaders } from '../../cors';
import type { CorsConfiguration } from '../../http-api-model';

/** The storefront API's CorsConfiguration in the synthesized template. */
const storefront: CorsConfiguration = {
  allowOrigins: ['*'],
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-correlation-id'],
  exposeHeaders: ['location', 'etag', 'x-correlation-id'],
  maxAge: 3600,
};

const restricted: CorsConfiguration = { ...storefront, allowOrigins: ['https://shop.example.com'], allowCredentials: true };

describe('isPreflight', () => {
  it('recognises OPTIONS with Origin and Access-Control-Request-Method only', () => {
    // Act
    const verdicts = [
      isPreflight('OPTIONS', { origin: 'https://a.example', 'access-control-request-method': 'PUT' }),
      isPreflight('OPTIONS', { origin: 'https://a.example' }),
      isPreflight('GET', { origin: 'https://a.example', 'access-control-request-method': 'PUT' }),
    ];
    // Assess
    expect(verdicts).toEqual([true, false, false]);
  });
});

describe('preflightHeaders', () => {
  it('allows a configured method and headers, case-insensitively', () => {
    // Prepare
    const request = { origin: 'https://a.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'Authorization, Content-Type' };
    // Act
    const headers = preflightHeaders(storefront, request);
    // Assess
    expect(headers).toEqual([
      ['access-control-allow-origin', '*'],
      ['access-control-allow-methods', 'GET,POST,PUT,DELETE'],
      ['access-control-allow-headers', 'authorization,content-type,idempotency-key,if-match,x-correlation-id'],
      ['access-control-max-age', '3600'],
    ]);
  });

  it('echoes a listed origin and allows credentials when configured', () => {
    // Act
    const headers = preflightHeaders(restricted, { origin: 'https://shop.example.com', 'access-control-request-method': 'GET' });
    // Assess
    expect(headers).toContainEqual(['access-control-allow-origin', 'https://shop.example.com']);
    expect(headers).toContainEqual(['access-control-allow-credentials', 'true']);
  });

  it.each([
    ['an origin that is not listed', { origin: 'https://evil.example', 'access-control-request-method': 'GET' }],
    ['a method that is not allowed', { origin: 'https://shop.example.com', 'access-control-request-method': 'PATCH' }],
    ['a header that is not allowed', { origin: 'https://shop.example.com', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-secret' }],
  ])('gives no CORS headers for %s', (_case, request) => {
    // Act
    const headers = preflightHeaders(restricted, request);
    // Assess
    expect(headers).toEqual([]);
  });
});

describe('withCorsHeaders', () => {
  it('adds allow-origin and expose-headers for an allowed origin and drops the integration CORS headers', () => {
    // Act
    const headers = withCorsHeaders(storefront, 'https://a.example', [
      ['content-type', 'application/json'],
      ['Access-Control-Allow-Origin', 'https://other.example'],
    ]);
    // Assess
    expect(headers).toEqual([
      ['content-type', 'application/json'],
      ['access-control-allow-origin', '*'],
      ['access-control-expose-headers', 'location,etag,x-correlation-id'],
    ]);
  });

  it('adds nothing for a request without Origin or from an origin not listed', () => {
    // Act
    const withoutOrigin = withCorsHeaders(restricted, undefined, [['etag', '"1"']]);
    const foreign = withCorsHeaders(restricted, 'https://evil.example', [['etag', '"1"']]);
    // Assess
    expect([withoutOrigin, foreign]).toEqual([[['etag', '"1"']], [['etag', '"1"']]]);
  });
});
