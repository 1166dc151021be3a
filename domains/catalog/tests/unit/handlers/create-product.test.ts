import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { HttpApiHandler } from '../../../../shared/http/handler';
import { adminClaims, customerClaims, httpApiEvent, invoke } from '../../../../shared/testing/http-api-event';
import { NOW, validInput } from '../fixtures';
import { BUS, dynamo, dynamoWrites, eventBridge, ID_1, ID_2, publishedEvents, TABLE, useCatalogTestWorld } from './support';
import type * as CreateProduct from '../../../handlers/create-product';

const ROUTE = 'POST /products';

describe('POST /products', () => {
  useCatalogTestWorld('create-product');
  let handler: HttpApiHandler;
  beforeAll(() => {
    // Loaded here rather than imported: the handler reads ROUTE_ACCESS when its module loads (cold start).
    ({ handler } = jest.requireActual<typeof CreateProduct>('../../../handlers/create-product'));
  });

  const post = (body: unknown, options: { headers?: Record<string, string>; claims?: ReturnType<typeof adminClaims> } = {}) =>
    invoke(handler, httpApiEvent({ route: ROUTE, body, claims: adminClaims(), ...options }));

  const expectNothingWrittenOrPublished = (): void => {
    expect(dynamoWrites()).toEqual([]);
    expect(publishedEvents()).toEqual([]);
  };

  describe('for an admin with a valid product', () => {
    beforeEach(() => {
      dynamo.on(PutCommand).resolves({});
    });

    it('answers 201 with the product, its location and its version as ETag', async () => {
      // Act
      const response = await post(validInput());
      // Assess
      expect(response.statusCode).toBe(201);
      expect(response.body).toEqual({ productId: ID_1, ...validInput(), createdAt: NOW, updatedAt: NOW, version: 1 });
      expect(response.headers).toMatchObject({ location: `/products/${ID_1}`, etag: '"1"' });
    });

    it('stores the product only if its id is new', async () => {
      // Act
      await post(validInput());
      // Assess
      expect(dynamoWrites()).toEqual([
        {
          TableName: TABLE,
          Item: { productId: ID_1, ...validInput(), createdAt: NOW, updatedAt: NOW, version: 1 },
          ConditionExpression: 'attribute_not_exists(productId)',
        },
      ]);
    });

    it('publishes ProductCreated on the bus, carrying the request’s correlation id', async () => {
      // Act
      await post(validInput(), { headers: { 'x-correlation-id': 'checkout-flow-1' } });
      // Assess
      expect(publishedEvents()).toEqual([
        {
          eventBusName: BUS,
          source: 'ecommerce.catalog',
          detailType: 'ProductCreated',
          detail: {
            metadata: { eventId: ID_2, schemaVersion: '1', correlationId: 'checkout-flow-1', occurredAt: NOW },
            data: { productId: ID_1, ...validInput(), createdAt: NOW, updatedAt: NOW, version: 1 },
          },
        },
      ]);
    });

    it('accepts a base64-encoded body, as API Gateway sends some payloads', async () => {
      // Prepare
      const event = httpApiEvent({
        route: ROUTE,
        claims: adminClaims(),
        body: Buffer.from(JSON.stringify(validInput())).toString('base64'),
        isBase64Encoded: true,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
      // Act
      const response = await invoke(handler, event);
      // Assess
      expect(response.statusCode).toBe(201);
    });
  });

  describe('rejects, writing and publishing nothing,', () => {
    it.each([
      ['a missing name', { ...validInput(), name: undefined }, 'name'],
      ['a blank name', validInput({ name: '   ' }), 'name'],
      ['a name over 200 characters', validInput({ name: 'x'.repeat(201) }), 'name'],
      ['a description over 2000 characters', validInput({ description: 'x'.repeat(2001) }), 'description'],
      ['a category that is not a slug', validInput({ category: 'Kitchen Stuff' }), 'category'],
      ['a price given as a string', { ...validInput(), price: { amount: '19.99', currency: 'EUR' } }, 'price.amount'],
      ['a fractional amount', validInput({ price: { amount: 19.99, currency: 'EUR' } }), 'price.amount'],
      ['a negative amount', validInput({ price: { amount: -1, currency: 'EUR' } }), 'price.amount'],
      ['an amount over 100000000 minor units', validInput({ price: { amount: 100_000_001, currency: 'EUR' } }), 'price.amount'],
      ['a lower-case currency', validInput({ price: { amount: 1, currency: 'eur' } }), 'price.currency'],
      ['an unknown field', { ...validInput(), productId: '01JH0000000000000000000P09' }, 'productId'],
      ['an unknown field inside the price', { ...validInput(), price: { amount: 1, currency: 'EUR', vat: 20 } }, 'price.vat'],
      ['an array instead of an object', [validInput()], '$'],
    ])('%s with 400 VALIDATION_ERROR naming the field', async (_case, body, path) => {
      // Act
      const response = await post(body);
      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: expect.arrayContaining([expect.objectContaining({ path })]) as unknown[] } });
      expectNothingWrittenOrPublished();
    });

    it('a currency the shop does not support with 400 UNSUPPORTED_CURRENCY', async () => {
      // Act
      const response = await post(validInput({ price: { amount: 100, currency: 'BTC' } }));
      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'UNSUPPORTED_CURRENCY' } });
      expectNothingWrittenOrPublished();
    });

    it.each([
      ['broken JSON', '{"name": "Espresso cup",'],
      ['an empty body', ''],
    ])('%s with 400 MALFORMED_JSON', async (_case, body) => {
      // Act
      const response = await post(body, { headers: { 'content-type': 'application/json' } });
      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
      expectNothingWrittenOrPublished();
    });

    it('a non-JSON content type with 415', async () => {
      // Act
      const response = await post('name=Espresso+cup', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      // Assess
      expect(response.statusCode).toBe(415);
      expect(response.body).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
      expectNothingWrittenOrPublished();
    });

    it('a malformed Idempotency-Key with 400 INVALID_IDEMPOTENCY_KEY', async () => {
      // Act
      const response = await post(validInput(), { headers: { 'idempotency-key': 'no spaces allowed' } });
      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'INVALID_IDEMPOTENCY_KEY' } });
      expectNothingWrittenOrPublished();
    });

    it('a body over 64 KB with 413', async () => {
      // Act
      const response = await post(validInput({ description: 'x'.repeat(70_000) }));
      // Assess
      expect(response.statusCode).toBe(413);
      expect(response.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
      expectNothingWrittenOrPublished();
    });

    it('a request without a token with 401', async () => {
      // Act
      const response = await invoke(handler, httpApiEvent({ route: ROUTE, body: validInput() }));
      // Assess
      expect(response.statusCode).toBe(401);
      expectNothingWrittenOrPublished();
    });

    it('a customer who is not an admin with 403', async () => {
      // Act
      const response = await post(validInput(), { claims: customerClaims() });
      // Assess
      expect(response.statusCode).toBe(403);
      expect(response.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
      expectNothingWrittenOrPublished();
    });
  });

  it('answers 409 and publishes nothing if the generated id is already taken', async () => {
    // Prepare
    dynamo.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    // Act
    const response = await post(validInput());
    // Assess
    expect(response.statusCode).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'PRODUCT_ALREADY_EXISTS' } });
    expect(publishedEvents()).toEqual([]);
  });

  it('answers a generic 500, without internals, when DynamoDB fails', async () => {
    // Prepare
    dynamo.on(PutCommand).rejects(new Error('AccessDeniedException: arn:aws:dynamodb:eu-west-1:123456789012:table/products-test'));
    // Act
    const response = await post(validInput());
    // Assess
    expect(response.statusCode).toBe(500);
    expect(response.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred' } });
    expect(publishedEvents()).toEqual([]);
  });

  it('answers a generic 500 when the event cannot be published', async () => {
    // Prepare
    dynamo.on(PutCommand).resolves({});
    eventBridge.on(PutEventsCommand).rejects(new Error('ThrottlingException'));
    // Act
    const response = await post(validInput());
    // Assess
    expect(response.statusCode).toBe(500);
    expect(response.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred' } });
  });
});
