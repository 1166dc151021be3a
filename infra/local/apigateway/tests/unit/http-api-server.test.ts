import { fakeLambda, functionArn, returns } from './support/fake-lambda';
import { payloadV2ShapeProblems } from './support/payload-v2-shape';
import { type TestApi, apiWith, route, startTestApi } from './support/test-api';

describe('startHttpApi', () => {
  describe('routing', () => {
    const lambda = fakeLambda(returns({ ok: true }));
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi(
        apiWith([route('GET /products/{productId}'), route('GET /products/featured'), route('ANY /{proxy+}'), route('GET /orders')]),
        lambda.invoke,
      );
    });
    afterAll(() => api.close());
    beforeEach(() => {
      lambda.invocations.length = 0;
    });

    it.each([
      ['GET', '/products/featured', 'GET /products/featured', undefined],
      ['GET', '/products/p%201', 'GET /products/{productId}', { productId: 'p 1' }],
      ['DELETE', '/products/p1', 'ANY /{proxy+}', { proxy: 'products/p1' }],
    ])('sends %s %s to the function of %s', async (method, path, routeKey, pathParameters) => {
      // Act
      const response = await fetch(`${api.url}${path}`, { method });
      // Assess
      expect(response.status).toBe(200);
      expect(lambda.invocations).toHaveLength(1);
      const [invocation] = lambda.invocations;
      expect(invocation?.functionArn).toBe(functionArn(routeKey.replace(/[^A-Za-z0-9]+/g, '-')));
      expect(invocation?.event.routeKey).toBe(routeKey);
      expect(invocation?.event.pathParameters).toEqual(pathParameters);
    });

    it('answers 404 {"message":"Not Found"} without invoking when no route matches', async () => {
      // Act
      const response = await fetch(`${api.url}/`, { method: 'GET' });
      // Assess
      expect([response.status, await response.json()]).toEqual([404, { message: 'Not Found' }]);
      expect(response.headers.get('apigw-requestid')).toMatch(/^req-\d+$/);
      expect(lambda.invocations).toEqual([]);
    });

    it('routes HEAD only to HEAD or ANY routes, as it does any other method', async () => {
      // Act
      const response = await fetch(`${api.url}/orders`, { method: 'HEAD' });
      // Assess
      expect(response.status).toBe(200);
      expect(lambda.invocations[0]?.event.routeKey).toBe('ANY /{proxy+}');
    });
  });

  describe('the payload v2 event', () => {
    it('is built from the HTTP request as API Gateway builds it', async () => {
      // Prepare
      const lambda = fakeLambda(returns({ ok: true }));
      const api = await startTestApi(apiWith([route('GET /products/{productId}')], { stageVariables: { tier: 'local' } }), lambda.invoke);
      // Act
      const response = await fetch(`${api.url}/products/p1?category=books&tag=a&tag=b%20c`, {
        headers: { 'User-Agent': 'storefront/1.0', Cookie: 'session=abc; theme=dark', 'X-Correlation-Id': 'corr-1' },
      });
      await api.close();
      // Assess
      expect(response.status).toBe(200);
      const event = lambda.invocations[0]?.event;
      expect(payloadV2ShapeProblems(event)).toEqual([]);
      expect(event).toMatchObject({
        version: '2.0',
        routeKey: 'GET /products/{productId}',
        rawPath: '/products/p1',
        rawQueryString: 'category=books&tag=a&tag=b%20c',
        cookies: ['session=abc', 'theme=dark'],
        queryStringParameters: { category: 'books', tag: 'a,b c' },
        pathParameters: { productId: 'p1' },
        stageVariables: { tier: 'local' },
        isBase64Encoded: false,
        requestContext: {
          accountId: '000000000000',
          apiId: 'localapi01',
          domainName: '127.0.0.1',
          http: { method: 'GET', path: '/products/p1', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'storefront/1.0' },
          requestId: response.headers.get('apigw-requestid'),
          routeKey: 'GET /products/{productId}',
          stage: '$default',
        },
      });
      expect(event?.headers).toMatchObject({
        'user-agent': 'storefront/1.0',
        'x-correlation-id': 'corr-1',
        'content-length': '0',
        'x-forwarded-for': '127.0.0.1',
        'x-forwarded-proto': 'http',
        'x-forwarded-port': new URL(api.url).port,
      });
      expect(event?.headers).not.toHaveProperty('cookie');
      expect(event?.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
      expect(event).not.toHaveProperty('body');
    });

    it.each([
      ['application/json', Buffer.from('{"quantity":2}'), '{"quantity":2}', false],
      ['application/octet-stream', Buffer.from([0, 159, 146, 150]), Buffer.from([0, 159, 146, 150]).toString('base64'), true],
    ])('carries a %s body as the documented text or base64', async (contentType, body, expectedBody, expectedBase64) => {
      // Prepare
      const lambda = fakeLambda(returns({ ok: true }));
      const api = await startTestApi(apiWith([route('PUT /basket/items/{productId}')]), lambda.invoke);
      // Act
      await fetch(`${api.url}/basket/items/p1`, { method: 'PUT', headers: { 'content-type': contentType }, body });
      await api.close();
      // Assess
      expect(lambda.invocations[0]?.event).toMatchObject({ body: expectedBody, isBase64Encoded: expectedBase64 });
    });

    it('keeps a named stage in rawPath and serves nothing outside it', async () => {
      // Prepare
      const lambda = fakeLambda(returns({ ok: true }));
      const api = await startTestApi(apiWith([route('GET /products')], { stageName: 'dev' }), lambda.invoke);
      // Act
      const inside = await fetch(`${api.url}/dev/products`);
      const outside = await fetch(`${api.url}/products`);
      await api.close();
      // Assess
      expect([inside.status, outside.status]).toEqual([200, 404]);
      expect(lambda.invocations[0]?.event).toMatchObject({ rawPath: '/dev/products', requestContext: { stage: 'dev' } });
    });
  });

  describe('response mapping', () => {
    const answer = async (result: Parameters<typeof fakeLambda>[0], timeoutMs?: number): Promise<{ response: Response; body: string; api: TestApi }> => {
      const api = await startTestApi(apiWith([route('GET /answer', 'NONE', timeoutMs)]), fakeLambda(result).invoke);
      const response = await fetch(`${api.url}/answer`);
      const body = await response.text();
      await api.close();
      return { response, body, api };
    };

    it('answers a plain JSON result as a 200 application/json body', async () => {
      // Act
      const { response, body } = await answer(returns({ items: [] }));
      // Assess
      expect([response.status, response.headers.get('content-type'), body]).toEqual([200, 'application/json', '{"items":[]}']);
    });

    it('uses a statusCode result as given, one set-cookie per cookie', async () => {
      // Act
      const { response, body } = await answer(
        returns({ statusCode: 202, headers: { location: '/orders/o1', 'content-type': 'application/json' }, cookies: ['a=1; Path=/', 'b=2'], body: '{"orderId":"o1"}' }),
      );
      // Assess
      expect([response.status, response.headers.get('location'), body]).toEqual([202, '/orders/o1', '{"orderId":"o1"}']);
      expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2']);
    });

    it.each([
      ['a function error', { payload: '{"errorType":"Error","errorMessage":"boom"}', functionError: 'Unhandled' }],
      ['a throttled function', { statusCode: 429, payload: '{"Type":"User","message":"Rate Exceeded."}' }],
      ['a malformed result', { payload: '{"statusCode":"teapot"}' }],
    ])('answers 500 {"message":"Internal Server Error"} for %s and logs why', async (_case, result) => {
      // Act
      const { response, body, api } = await answer(result);
      // Assess
      expect([response.status, body]).toEqual([500, '{"message":"Internal Server Error"}']);
      expect(api.logs).toEqual([expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ status: 500, error: expect.any(String) as unknown }) as unknown })]);
    });

    it('answers 500 when the invoke itself fails', async () => {
      // Act
      const { response } = await answer(() => Promise.reject(new Error('ResourceNotFoundException')));
      // Assess
      expect(response.status).toBe(500);
    });

    it('answers 503 {"message":"Service Unavailable"} when the function outlasts the integration timeout', async () => {
      // Prepare
      const slow = (): Promise<{ payload: string }> => new Promise((resolve) => setTimeout(() => { resolve(returns({ late: true })); }, 400));
      // Act
      const { response, body } = await answer(slow, 50);
      // Assess
      expect([response.status, body]).toEqual([503, '{"message":"Service Unavailable"}']);
    });
  });

  it('answers 413 for a body over the 10 MB limit without invoking', async () => {
    // Prepare
    const lambda = fakeLambda(returns({ ok: true }));
    const api = await startTestApi(apiWith([route('POST /upload')]), lambda.invoke);
    // Act
    const response = await fetch(`${api.url}/upload`, { method: 'POST', body: Buffer.alloc(10 * 1024 * 1024 + 1) });
    await api.close();
    // Assess
    expect(response.status).toBe(413);
    expect(lambda.invocations).toEqual([]);
  });

  it('logs one line per request with method, path, route key, status and duration', async () => {
    // Prepare
    const api = await startTestApi(apiWith([route('GET /products/{productId}')]), fakeLambda(returns({ ok: true })).invoke);
    // Act
    await fetch(`${api.url}/products/p1`);
    await fetch(`${api.url}/nowhere`);
    await api.close();
    // Assess
    expect(api.logs).toEqual([
      {
        level: 'info',
        message: expect.stringMatching(/^GET \/products\/p1 → 200 \(GET \/products\/\{productId\}\) [\d.]+ ms$/) as unknown,
        fields: { method: 'GET', path: '/products/p1', routeKey: 'GET /products/{productId}', status: 200, durationMs: expect.any(Number) as unknown, requestId: 'req-1' },
      },
      expect.objectContaining({ level: 'info', fields: expect.objectContaining({ path: '/nowhere', routeKey: '-', status: 404 }) as unknown }),
    ]);
  });

  it('refuses to start on a port already in use, saying so', async () => {
    // Prepare
    const first = await startTestApi(apiWith([]), fakeLambda().invoke);
    const { port } = new URL(first.url);
    // Act
    const second = startTestApi(apiWith([]), fakeLambda().invoke, { port: Number(port) });
    // Assess
    await expect(second).rejects.toThrow(`The HTTP API cannot listen on 127.0.0.1:${port}: the port is already in use`);
    await first.close();
  });
});
