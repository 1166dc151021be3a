import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpApiEvent } from '../../../../../domains/shared/http/request-context';
import type { GatewayRequest, HttpApiDefinition } from '../../http-api-model';
import { type PayloadV2Input, buildPayloadV2, isTextMediaType, queryParameters, requestTime } from '../../payload-v2';
import { payloadV2ShapeProblems } from './support/payload-v2-shape';

const api: HttpApiDefinition = { apiId: 'localapi01', stageName: '$default', routes: [] };

const request = (overrides: Partial<GatewayRequest> = {}): GatewayRequest => ({
  method: 'GET',
  path: '/products/p1',
  rawQueryString: '',
  headers: [
    ['Host', '127.0.0.1:3000'],
    ['User-Agent', 'curl/8.5.0'],
    ['Accept', '*/*'],
  ],
  body: Buffer.alloc(0),
  sourceIp: '127.0.0.1',
  protocol: 'HTTP/1.1',
  port: 3000,
  ...overrides,
});

const input = (overrides: Partial<PayloadV2Input> = {}): PayloadV2Input => ({
  request: request(),
  api,
  routeKey: 'GET /products/{productId}',
  pathParameters: { productId: 'p1' },
  requestId: 'Mc7UVioPPHcEKPA=',
  traceId: 'Root=1-5e6a8f2e-0123456789abcdef01234567',
  receivedAt: new Date('2020-03-12T19:03:58.390Z'),
  ...overrides,
});

describe('buildPayloadV2', () => {
  it('builds the documented event for a plain GET, optional fields left out', () => {
    // Act
    const event = buildPayloadV2(input());
    // Assess
    expect(event).toEqual({
      version: '2.0',
      routeKey: 'GET /products/{productId}',
      rawPath: '/products/p1',
      rawQueryString: '',
      headers: {
        host: '127.0.0.1:3000',
        'user-agent': 'curl/8.5.0',
        accept: '*/*',
        'content-length': '0',
        'x-amzn-trace-id': 'Root=1-5e6a8f2e-0123456789abcdef01234567',
        'x-forwarded-for': '127.0.0.1',
        'x-forwarded-port': '3000',
        'x-forwarded-proto': 'http',
      },
      requestContext: {
        accountId: '000000000000',
        apiId: 'localapi01',
        domainName: '127.0.0.1',
        domainPrefix: '127',
        http: { method: 'GET', path: '/products/p1', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'curl/8.5.0' },
        requestId: 'Mc7UVioPPHcEKPA=',
        routeKey: 'GET /products/{productId}',
        stage: '$default',
        time: '12/Mar/2020:19:03:58 +0000',
        timeEpoch: 1584039838390,
      },
      pathParameters: { productId: 'p1' },
      isBase64Encoded: false,
    });
    expect(payloadV2ShapeProblems(event)).toEqual([]);
  });

  it('is assignable to the event types the domain handlers and @types/aws-lambda declare', () => {
    // Act
    const event = buildPayloadV2(input());
    const forHandlers: HttpApiEvent = event;
    const forAwsTypes: APIGatewayProxyEventV2 = event;
    // Assess
    expect([forHandlers.version, forAwsTypes.version]).toEqual(['2.0', '2.0']);
  });

  it('lower-cases header names, comma-joins repeats and drops connection-level headers', () => {
    // Prepare
    const headers: GatewayRequest['headers'] = [
      ['Host', 'api.local'],
      ['X-Custom', 'one'],
      ['x-custom', 'two'],
      ['Connection', 'keep-alive'],
      ['X-Forwarded-For', '203.0.113.7'],
    ];
    // Act
    const event = buildPayloadV2(input({ request: request({ headers }) }));
    // Assess
    expect(event.headers['x-custom']).toBe('one,two');
    expect(event.headers).not.toHaveProperty('connection');
    expect(event.headers['x-forwarded-for']).toBe('203.0.113.7, 127.0.0.1');
    expect([event.requestContext.domainName, event.requestContext.domainPrefix]).toEqual(['api.local', 'api']);
  });

  it('moves every Cookie header into cookies and out of the headers', () => {
    // Prepare
    const headers: GatewayRequest['headers'] = [
      ['Cookie', 'session=abc; theme=dark'],
      ['cookie', 'lang=fr'],
    ];
    // Act
    const event = buildPayloadV2(input({ request: request({ headers }) }));
    // Assess
    expect(event.cookies).toEqual(['session=abc', 'theme=dark', 'lang=fr']);
    expect(event.headers).not.toHaveProperty('cookie');
  });

  it('keeps the raw query string as sent and decodes the parameters, repeats comma-joined', () => {
    // Act
    const event = buildPayloadV2(input({ request: request({ rawQueryString: 'tag=a%20b&tag=c&category=books&flag' }) }));
    // Assess
    expect(event.rawQueryString).toBe('tag=a%20b&tag=c&category=books&flag');
    expect(event.queryStringParameters).toEqual({ tag: 'a b,c', category: 'books', flag: '' });
  });

  it('decodes rawPath and http.path as HTTP APIs do', () => {
    // Act
    const event = buildPayloadV2(input({ request: request({ path: '/products/caf%C3%A9' }), pathParameters: { productId: 'café' } }));
    // Assess
    expect([event.rawPath, event.requestContext.http.path]).toEqual(['/products/café', '/products/café']);
  });

  it('passes a JSON body as text', () => {
    // Prepare
    const body = Buffer.from('{"quantity":2,"note":"été"}');
    const headers: GatewayRequest['headers'] = [['Content-Type', 'application/json; charset=utf-8']];
    // Act
    const event = buildPayloadV2(input({ request: request({ method: 'PUT', body, headers }) }));
    // Assess
    expect([event.body, event.isBase64Encoded, event.headers['content-length']]).toEqual(['{"quantity":2,"note":"été"}', false, String(body.length)]);
  });

  it('base64-encodes a binary body', () => {
    // Prepare
    const body = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const headers: GatewayRequest['headers'] = [['Content-Type', 'image/png']];
    // Act
    const event = buildPayloadV2(input({ request: request({ method: 'POST', body, headers }) }));
    // Assess
    expect([event.body, event.isBase64Encoded]).toEqual([body.toString('base64'), true]);
  });

  it('adds the JWT authorizer context only when there is one', () => {
    // Act
    const authorized = buildPayloadV2(input({ authorizer: { claims: { sub: 'u1', 'cognito:groups': '[admin]' }, scopes: null } }));
    const anonymous = buildPayloadV2(input());
    // Assess
    expect(authorized.requestContext.authorizer).toEqual({ jwt: { claims: { sub: 'u1', 'cognito:groups': '[admin]' }, scopes: null } });
    expect(anonymous.requestContext).not.toHaveProperty('authorizer');
    expect(payloadV2ShapeProblems(authorized)).toEqual([]);
  });

  it('reports the stage, stage variables and account of the API', () => {
    // Prepare
    const staged: HttpApiDefinition = { ...api, stageName: 'dev', accountId: '123456789012', stageVariables: { lambdaAlias: 'live' } };
    // Act
    const event = buildPayloadV2(input({ api: staged, request: request({ path: '/dev/products/p1' }) }));
    // Assess
    expect([event.rawPath, event.requestContext.stage, event.requestContext.accountId]).toEqual(['/dev/products/p1', 'dev', '123456789012']);
    expect(event.stageVariables).toEqual({ lambdaAlias: 'live' });
  });
});

describe('isTextMediaType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['text/plain', true],
    ['text/csv', true],
    ['application/xml', true],
    ['application/javascript', true],
    ['application/x-www-form-urlencoded', false],
    ['application/octet-stream', false],
    ['multipart/form-data; boundary=x', false],
    [undefined, false],
  ])('treats %s as text: %s', (contentType, expected) => {
    // Act
    const text = isTextMediaType(contentType);
    // Assess
    expect(text).toBe(expected);
  });
});

describe('queryParameters', () => {
  it('returns nothing for an empty query string', () => {
    // Act
    const parameters = queryParameters('');
    // Assess
    expect(parameters).toEqual({});
  });
});

describe('requestTime', () => {
  it('formats in UTC with a zero offset, day and time zero-padded', () => {
    // Act
    const time = requestTime(new Date('2026-01-05T03:04:05.678+02:00'));
    // Assess
    expect(time).toBe('05/Jan/2026:01:04:05 +0000');
  });
});
