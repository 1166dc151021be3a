import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { AppError, ConflictError, ValidationError } from '../../http/errors';
import { httpHandler, type HttpRouteHandler } from '../../http/handler';
import { noContent, ok } from '../../http/responses';
import { ROUTE_ACCESS_ENV } from '../../http/route-spec';
import { withEnv } from '../../testing/env';
import { adminClaims, customerClaims, httpApiEvent, invoke } from '../../testing/http-api-event';
import { captureOutput, type OutputCapture } from '../../testing/output-capture';

/** ROUTE_ACCESS is read when the handler is created (cold start), so each case creates its own. */
const createHandler = (routeAccess: string | undefined, handle: HttpRouteHandler) =>
  withEnv({ [ROUTE_ACCESS_ENV]: routeAccess }, () => httpHandler(handle));

const echoCaller: HttpRouteHandler = (request) => Promise.resolve(ok({ caller: request.caller }));

describe('httpHandler', () => {
  let output: OutputCapture;

  beforeEach(() => {
    output = captureOutput();
  });

  afterEach(() => {
    output.restore();
  });

  describe('access control', () => {
    it('lets anyone call a public route', async () => {
      // Prepare
      const handler = createHandler('public', echoCaller);
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'GET /things' }));
      // Assess
      expect(response.statusCode).toBe(200);
      expect(response.body).toEqual({ caller: { groups: [] } });
    });

    it('answers 401 on a customer route when the token carries no sub', async () => {
      // Prepare
      const handle = jest.fn(echoCaller);
      const handler = createHandler('customer', handle);
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'GET /basket' }));
      // Assess
      expect(response.statusCode).toBe(401);
      expect(response.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) as string } });
      expect(handle).not.toHaveBeenCalled();
    });

    it('lets a signed-in customer call a customer route', async () => {
      // Prepare
      const handler = createHandler('customer', echoCaller);
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'GET /basket', claims: customerClaims('cust-1') }));
      // Assess
      expect(response.statusCode).toBe(200);
      expect(response.body).toEqual({ caller: { sub: 'cust-1', groups: ['customers'] } });
    });

    it('answers 403 on an admin route for a customer who is not in the admin group', async () => {
      // Prepare
      const handle = jest.fn(echoCaller);
      const handler = createHandler('admin', handle);
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'POST /products', claims: customerClaims() }));
      // Assess
      expect(response.statusCode).toBe(403);
      expect(response.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
      expect(handle).not.toHaveBeenCalled();
    });

    it('answers 401 on an admin route without a token', async () => {
      // Prepare
      const handler = createHandler('admin', echoCaller);
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'POST /products' }));
      // Assess
      expect(response.statusCode).toBe(401);
    });

    it.each([
      ['the authorizer’s flattened string', '[customers admin]'],
      ['a real array', ['customers', 'admin']],
      ['a plain string', 'admin'],
    ])('recognises the admin group given as %s', async (_form, groups) => {
      // Prepare
      const handler = createHandler('admin', echoCaller);
      const claims = { sub: 'admin-1', 'cognito:groups': groups };
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'POST /products', claims }));
      // Assess
      expect(response.statusCode).toBe(200);
    });

    it('does not mistake a group that merely contains "admin" for the admin group', async () => {
      // Prepare
      const handler = createHandler('admin', echoCaller);
      const claims = { sub: 'user-1', 'cognito:groups': '[administrators]' };
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'POST /products', claims }));
      // Assess
      expect(response.statusCode).toBe(403);
    });

    it.each([
      ['missing', undefined],
      ['unknown', 'everyone'],
    ])('fails closed with 500 MISCONFIGURED and an error log when ROUTE_ACCESS is %s', async (_case, value) => {
      // Prepare
      const handle = jest.fn(echoCaller);
      const handler = createHandler(value, handle);
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'GET /things', claims: adminClaims() }));
      // Assess
      expect(response.statusCode).toBe(500);
      expect(response.body).toEqual({ error: { code: 'MISCONFIGURED', message: 'The service is misconfigured' } });
      expect(handle).not.toHaveBeenCalled();
      expect(output.records()).toContainEqual(
        expect.objectContaining({ level: 'ERROR', error: expect.objectContaining({ reason: expect.stringContaining('ROUTE_ACCESS') as string }) as object }),
      );
    });
  });

  describe('error mapping', () => {
    it('turns a thrown AppError into its status and the error envelope with details', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.reject(ValidationError.at('price.amount', 'must be >= 0')));
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'POST /things' }));
      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.body).toEqual({
        error: { code: 'VALIDATION_ERROR', message: 'The request is invalid', details: [{ path: 'price.amount', message: 'must be >= 0' }] },
      });
    });

    it('omits details when the error has none', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.reject(new ConflictError('VERSION_CONFLICT', 'stale')));
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'PUT /things/1' }));
      // Assess
      expect(response.statusCode).toBe(409);
      expect(response.body).toEqual({ error: { code: 'VERSION_CONFLICT', message: 'stale' } });
    });

    it('answers an unexpected error with a generic 500 that leaks neither its message nor a stack trace', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.reject(new Error('ResourceNotFoundException: table secret-table')));
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'GET /things' }));
      // Assess
      expect(response.statusCode).toBe(500);
      expect(response.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred' } });
      expect(JSON.stringify(response.body)).not.toMatch(/secret-table|at .*\.ts/);
    });

    it('logs an unexpected error with its message and stack for operators', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.reject(new Error('boom')));
      // Act
      await invoke(handler, httpApiEvent({ route: 'GET /things', requestId: 'req-42' }));
      // Assess
      expect(output.records()).toContainEqual(
        expect.objectContaining({
          level: 'ERROR',
          correlationId: 'req-42',
          statusCode: 500,
          error: expect.objectContaining({ message: 'boom', stack: expect.any(String) as string }) as object,
        }),
      );
    });

    it('treats a thrown AppError subclass defined elsewhere like any other AppError', async () => {
      // Prepare
      class OutOfStockError extends AppError {
        constructor() {
          super('OUT_OF_STOCK', 409, 'Not enough stock');
        }
      }
      const handler = createHandler('public', () => Promise.reject(new OutOfStockError()));
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'POST /things' }));
      // Assess
      expect(response.statusCode).toBe(409);
      expect(response.body).toMatchObject({ error: { code: 'OUT_OF_STOCK' } });
    });
  });

  describe('envelope', () => {
    it('echoes a valid x-correlation-id and serves JSON', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.resolve(ok({ hello: 'world' })));
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'GET /things', headers: { 'X-Correlation-Id': 'client-abc-123' } }));
      // Assess
      expect(response.headers).toMatchObject({ 'x-correlation-id': 'client-abc-123', 'content-type': 'application/json; charset=utf-8' });
      expect(response.body).toEqual({ hello: 'world' });
    });

    it('replaces an unsafe x-correlation-id with the API Gateway request id', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.resolve(ok({})));
      const event = httpApiEvent({ route: 'GET /things', requestId: 'gw-req-7', headers: { 'x-correlation-id': 'bad id\n{"level":"ERROR"}' } });
      // Act
      const response = await invoke(handler, event);
      // Assess
      expect(response.headers['x-correlation-id']).toBe('gw-req-7');
    });

    it('hands the correlation id to the domain handler', async () => {
      // Prepare
      const handler = createHandler('public', (request) => Promise.resolve(ok({ correlationId: request.correlationId })));
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'GET /things', headers: { 'x-correlation-id': 'corr-1' } }));
      // Assess
      expect(response.body).toEqual({ correlationId: 'corr-1' });
    });

    it('takes events typed as the AWS JWT-authorizer event, as Lambda delivers them', async () => {
      // Prepare
      const handler = createHandler('customer', echoCaller);
      const base = httpApiEvent({ route: 'GET /basket' });
      const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
        ...base,
        requestContext: { ...base.requestContext, authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: { sub: 'cust-9' }, scopes: null } } },
      };
      // Act
      const response = await invoke(handler, event);
      // Assess
      expect(response.body).toEqual({ caller: { sub: 'cust-9', groups: [] } });
    });

    it('sends no body and no content-type for 204', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.resolve(noContent()));
      // Act
      const response = await invoke(handler, httpApiEvent({ route: 'DELETE /things/1' }));
      // Assess
      expect(response.statusCode).toBe(204);
      expect(response.body).toBeUndefined();
      expect(response.headers).not.toHaveProperty('content-type');
    });

    it('writes exactly one JSON log line per request, carrying the correlation id', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.resolve(ok({})));
      // Act
      await invoke(handler, httpApiEvent({ route: 'GET /things', headers: { 'x-correlation-id': 'corr-9' } }));
      // Assess
      expect(output.logs()).toEqual([
        expect.objectContaining({ level: 'INFO', message: 'request completed', correlationId: 'corr-9', routeKey: 'GET /things', statusCode: 200 }),
      ]);
    });

    it('does not carry one request’s correlation id into the next request’s logs', async () => {
      // Prepare
      const handler = createHandler('public', () => Promise.resolve(ok({})));
      await invoke(handler, httpApiEvent({ route: 'GET /things', headers: { 'x-correlation-id': 'first' } }));
      // Act
      await invoke(handler, httpApiEvent({ route: 'GET /things', requestId: 'second' }));
      // Assess
      const correlationIds = output.logs().map((record) => record.correlationId);
      expect(correlationIds).toEqual(['first', 'second']);
    });
  });
});
