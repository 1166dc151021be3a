import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { HttpApiHandler } from '../../../../shared/http/handler';
import { adminClaims, customerClaims, httpApiEvent, invoke, type JwtClaims } from '../../../../shared/testing/http-api-event';
import type { ProductInput } from '../../../core/product';
import { NOW, PRODUCT_ID, storedProduct, validInput } from '../fixtures';
import { dynamo, dynamoWrites, ID_1, ID_2, publishedEvents, putEventsCalls, TABLE, useCatalogTestWorld } from './support';
import type * as UpdateProduct from '../../../handlers/update-product';

const ROUTE = 'PUT /products/{productId}';

const conditionFailed = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('PUT /products/{productId}', () => {
  useCatalogTestWorld('update-product');
  let handler: HttpApiHandler;
  beforeAll(() => {
    // Loaded here rather than imported: the handler reads ROUTE_ACCESS when its module loads (cold start).
    ({ handler } = jest.requireActual<typeof UpdateProduct>('../../../handlers/update-product'));
  });

  interface PutOptions {
    readonly productId?: string;
    readonly headers?: Record<string, string>;
    readonly claims?: JwtClaims;
  }

  const put = (body: unknown, options: PutOptions = {}) =>
    invoke(
      handler,
      httpApiEvent({
        route: ROUTE,
        pathParameters: { productId: options.productId ?? PRODUCT_ID },
        body,
        claims: options.claims ?? adminClaims(),
        ...(options.headers === undefined ? {} : { headers: options.headers }),
      }),
    );

  const givenStoredProduct = (version = 3): void => {
    dynamo.on(GetCommand).resolves({ Item: storedProduct({ version }) });
    dynamo.on(PutCommand).resolves({});
  };

  const renamed: ProductInput = validInput({ name: 'Tea cup' });
  const repriced: ProductInput = validInput({ price: { amount: 2499, currency: 'EUR' } });

  const expectNothingWrittenOrPublished = (): void => {
    expect(dynamoWrites()).toEqual([]);
    expect(publishedEvents()).toEqual([]);
  };

  it('answers 200 with the replaced product at the next version, and its ETag', async () => {
    // Prepare
    givenStoredProduct(3);
    // Act
    const response = await put(renamed);
    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual({ ...storedProduct(), name: 'Tea cup', updatedAt: NOW, version: 4 });
    expect(response.headers).toMatchObject({ etag: '"4"' });
  });

  it('writes only if nobody changed the product since it was read', async () => {
    // Prepare
    givenStoredProduct(3);
    // Act
    await put(renamed);
    // Assess
    expect(dynamoWrites()).toEqual([
      {
        TableName: TABLE,
        Item: { ...storedProduct(), name: 'Tea cup', updatedAt: NOW, version: 4 },
        ConditionExpression: 'version = :expectedVersion',
        ExpressionAttributeValues: { ':expectedVersion': 3 },
      },
    ]);
  });

  it('publishes ProductUpdated with the changed fields, and no price change when the price stayed', async () => {
    // Prepare
    givenStoredProduct(3);
    // Act
    await put(renamed);
    // Assess
    expect(publishedEvents()).toEqual([
      expect.objectContaining({
        detailType: 'ProductUpdated',
        detail: {
          metadata: { eventId: ID_1, schemaVersion: '1', correlationId: 'req-0001', occurredAt: NOW },
          data: { ...storedProduct(), name: 'Tea cup', updatedAt: NOW, version: 4, changedFields: ['name'] },
        },
      }),
    ]);
  });

  it('publishes ProductUpdated and ProductPriceChanged together, in one call, when the price changed', async () => {
    // Prepare
    givenStoredProduct(3);
    // Act
    await put(repriced);
    // Assess
    expect(putEventsCalls()).toBe(1);
    expect(publishedEvents().map((event) => event.detailType)).toEqual(['ProductUpdated', 'ProductPriceChanged']);
    expect(publishedEvents()[1]?.detail).toEqual({
      metadata: { eventId: ID_2, schemaVersion: '1', correlationId: 'req-0001', occurredAt: NOW },
      data: { productId: PRODUCT_ID, oldPrice: { amount: 1999, currency: 'EUR' }, newPrice: { amount: 2499, currency: 'EUR' }, version: 4, changedAt: NOW },
    });
  });

  it('treats a body equal to the current product as a retry: 200, nothing written, nothing published', async () => {
    // Prepare
    givenStoredProduct(3);
    // Act
    const response = await put(validInput());
    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual(storedProduct({ version: 3 }));
    expectNothingWrittenOrPublished();
  });

  describe('with If-Match', () => {
    it.each(['3', '"3"'])('applies the change when %s is the current version', async (ifMatch) => {
      // Prepare
      givenStoredProduct(3);
      // Act
      const response = await put(renamed, { headers: { 'if-match': ifMatch } });
      // Assess
      expect(response.statusCode).toBe(200);
    });

    it('answers 409 VERSION_CONFLICT for an outdated version, writing and publishing nothing', async () => {
      // Prepare
      givenStoredProduct(4);
      // Act
      const response = await put(renamed, { headers: { 'if-match': '"3"' } });
      // Assess
      expect(response.statusCode).toBe(409);
      expect(response.body).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
      expectNothingWrittenOrPublished();
    });

    it('answers 400 for a value that is not a version', async () => {
      // Prepare
      givenStoredProduct(3);
      // Act
      const response = await put(renamed, { headers: { 'if-match': 'W/"3"' } });
      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: [{ path: 'headers.if-match' }] } });
      expectNothingWrittenOrPublished();
    });
  });

  it('answers 409 VERSION_CONFLICT, publishing nothing, when a concurrent writer wins the race', async () => {
    // Prepare
    dynamo.on(GetCommand).resolvesOnce({ Item: storedProduct({ version: 3 }) }).resolves({ Item: storedProduct({ version: 4 }) });
    dynamo.on(PutCommand).rejects(conditionFailed());
    // Act
    const response = await put(renamed);
    // Assess
    expect(response.statusCode).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    expect(publishedEvents()).toEqual([]);
  });

  it('answers 409 CURRENCY_CHANGE_NOT_ALLOWED for a price in another currency, writing nothing', async () => {
    // Prepare
    givenStoredProduct(3);
    // Act
    const response = await put(validInput({ price: { amount: 1999, currency: 'USD' } }));
    // Assess
    expect(response.statusCode).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'CURRENCY_CHANGE_NOT_ALLOWED' } });
    expectNothingWrittenOrPublished();
  });

  it('answers 404 PRODUCT_NOT_FOUND for an unknown product', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({});
    // Act
    const response = await put(renamed);
    // Assess
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'PRODUCT_NOT_FOUND' } });
    expectNothingWrittenOrPublished();
  });

  it('answers 404 for an id that is not a ULID, without asking DynamoDB', async () => {
    // Act
    const response = await put(renamed, { productId: 'not-a-ulid' });
    // Assess
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'PRODUCT_NOT_FOUND' } });
    expect(dynamo.calls()).toHaveLength(0);
  });

  it.each([
    ['a partial body (PUT replaces everything)', { name: 'Tea cup' }],
    ['an unknown field', { ...validInput(), version: 9 }],
    ['a wrong type', { ...validInput(), description: 42 }],
  ])('answers 400 VALIDATION_ERROR for %s, writing nothing', async (_case, body) => {
    // Prepare
    givenStoredProduct(3);
    // Act
    const response = await put(body);
    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'VALIDATION_ERROR' } });
    expectNothingWrittenOrPublished();
  });

  it('answers 403 to a customer who is not an admin', async () => {
    // Prepare
    givenStoredProduct(3);
    // Act
    const response = await put(renamed, { claims: customerClaims() });
    // Assess
    expect(response.statusCode).toBe(403);
    expectNothingWrittenOrPublished();
  });
});
