import { toHttpRequest } from '../../../../../domains/shared/http/request-context';
import { adminClaims, httpApiEvent, lambdaContext } from '../../../../../domains/shared/testing/http-api-event';
import type { CorsConfiguration, JwtAuthorization } from '../../http-api-model';
import { fakeLambda, returns } from './support/fake-lambda';
import { payloadV2ShapeProblems } from './support/payload-v2-shape';
import { type TestApi, apiWith, route, startTestApi } from './support/test-api';
import { type JwksIssuer, type SigningKey, accessTokenClaims, newSigningKey, nowSeconds, signJwt, startJwksIssuer } from './support/tokens';

const CLIENT_ID = 'storefrontclient01';

/** The storefront API's CorsConfiguration in the synthesized template. */
const cors: CorsConfiguration = {
  allowOrigins: ['*'],
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-correlation-id'],
  exposeHeaders: ['location', 'etag', 'x-correlation-id'],
  maxAge: 3600,
};

describe('startHttpApi on a storefront-like API', () => {
  const lambda = fakeLambda(returns({ statusCode: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': 'https://ignored.example' }, body: '{}' }));
  let key: SigningKey;
  let issuer: JwksIssuer;
  let api: TestApi;

  beforeAll(async () => {
    key = newSigningKey('pool-key-1');
    issuer = await startJwksIssuer([key]);
    const jwt: JwtAuthorization = { type: 'JWT', issuer: issuer.issuer, audience: [CLIENT_ID], identitySource: ['$request.header.Authorization'] };
    api = await startTestApi(apiWith([route('GET /products/{productId}'), route('PUT /products/{productId}', jwt)], { cors }), lambda.invoke);
  });
  afterAll(async () => {
    await api.close();
    await issuer.close();
  });
  beforeEach(() => {
    lambda.invocations.length = 0;
  });

  const token = (claims: Readonly<Record<string, unknown>> = {}, signer: SigningKey = key): string =>
    signJwt(signer, accessTokenClaims(issuer.issuer, CLIENT_ID, claims));
  const putProduct = (authorization?: string): Promise<Response> =>
    fetch(`${api.url}/products/p1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      body: '{"name":"Tea"}',
    });

  describe('a JWT route', () => {
    it('hands the verified claims to the function, flattened as API Gateway flattens them', async () => {
      // Act
      const response = await putProduct(`Bearer ${token()}`);
      // Assess
      expect(response.status).toBe(200);
      const event = lambda.invocations[0]?.event;
      expect(payloadV2ShapeProblems(event)).toEqual([]);
      expect(event?.requestContext.authorizer).toEqual({
        jwt: {
          claims: expect.objectContaining({
            sub: 'a1b2c3d4-0000-4000-8000-000000000001',
            'cognito:groups': '[admin customers]',
            client_id: CLIENT_ID,
            iss: issuer.issuer,
            exp: expect.stringMatching(/^\d+$/) as unknown,
          }) as unknown,
          scopes: null,
        },
      });
    });

    it('gives the domain handlers a caller they recognise as an admin', async () => {
      // Act
      await putProduct(`Bearer ${token()}`);
      // Assess
      const event = lambda.invocations[0]?.event;
      expect(event).toBeDefined();
      const request = toHttpRequest(event as NonNullable<typeof event>, lambdaContext());
      expect(request.caller).toEqual({ sub: 'a1b2c3d4-0000-4000-8000-000000000001', groups: ['admin', 'customers'] });
    });

    it.each([
      ['no token', (): string | undefined => undefined, 'Bearer scope=""'],
      ['a wrong issuer', (): string => `Bearer ${token({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_other' })}`, 'the token does not have a valid issuer'],
      ['a wrong audience', (): string => `Bearer ${token({ client_id: 'not-the-storefront' })}`, 'the token does not have a valid audience'],
      ['an expired token', (): string => `Bearer ${token({ exp: nowSeconds() - 60 })}`, 'the token has expired'],
      ['a forged signature', (): string => `Bearer ${token({}, newSigningKey('pool-key-1'))}`, 'the token signature is invalid'],
    ])('answers 401 {"message":"Unauthorized"} to %s without invoking', async (_case, authorization, challenge) => {
      // Act
      const response = await putProduct(authorization());
      // Assess
      expect([response.status, await response.json()]).toEqual([401, { message: 'Unauthorized' }]);
      expect(response.headers.get('www-authenticate')).toContain(challenge);
      expect(lambda.invocations).toEqual([]);
      expect(api.logs.at(-1)?.fields).toMatchObject({ status: 401, routeKey: 'PUT /products/{productId}', error: expect.any(String) as unknown });
    });
  });

  describe('CORS', () => {
    it('answers a preflight itself with 204 and the configured headers, invoking nothing', async () => {
      // Act
      const response = await fetch(`${api.url}/products/p1`, {
        method: 'OPTIONS',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' },
      });
      // Assess
      expect(response.status).toBe(204);
      expect(Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET,POST,PUT,DELETE',
        'access-control-allow-headers': 'authorization,content-type,idempotency-key,if-match,x-correlation-id',
        'access-control-max-age': '3600',
      });
      expect(lambda.invocations).toEqual([]);
    });

    it('adds allow-origin and expose-headers to a response, replacing the function CORS headers', async () => {
      // Act
      const response = await fetch(`${api.url}/products/p1`, { headers: { origin: 'https://shop.example' } });
      // Assess
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toBe('location,etag,x-correlation-id');
    });

    it('adds no CORS headers to a request without Origin', async () => {
      // Act
      const response = await fetch(`${api.url}/products/p1`);
      // Assess
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('builds the same event as the domain tests fixture where their fields overlap', async () => {
    // Prepare
    const fixture = httpApiEvent({ route: 'PUT /products/{productId}', pathParameters: { productId: 'p1' }, query: { dryRun: 'true' }, body: { name: 'Tea' }, claims: adminClaims() });
    // Act
    await fetch(`${api.url}/products/p1?dryRun=true`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify({ name: 'Tea' }),
    });
    // Assess
    const event = lambda.invocations[0]?.event;
    const overlap = (e: typeof fixture | NonNullable<typeof event>): unknown => ({
      version: e.version,
      routeKey: e.routeKey,
      rawPath: e.rawPath,
      rawQueryString: e.rawQueryString,
      queryStringParameters: e.queryStringParameters,
      pathParameters: e.pathParameters,
      body: e.body,
      isBase64Encoded: e.isBase64Encoded,
      contentType: e.headers['content-type'],
      method: e.requestContext.http.method,
      path: e.requestContext.http.path,
      contextRouteKey: e.requestContext.routeKey,
      stage: e.requestContext.stage,
      contextKeys: Object.keys(e.requestContext).sort(),
      httpKeys: Object.keys(e.requestContext.http).sort(),
      groups: e.requestContext.authorizer?.jwt?.claims?.['cognito:groups'],
    });
    expect(event).toBeDefined();
    expect(overlap(event as NonNullable<typeof event>)).toEqual(overlap(fixture));
  });
});
