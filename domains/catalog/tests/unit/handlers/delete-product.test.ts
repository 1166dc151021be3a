import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { HttpApiHandler } from '../../../../shared/http/handler';
import { adminClaims, customerClaims, httpApiEvent, invoke, type JwtClaims } from '../../../../shared/testing/http-api-event';
import { NOW, PRODUCT_ID, storedProduct } from '../fixtures';
import { BUS, dynamo, dynamoWrites, ID_1, publishedEvents, TABLE, useCatalogTestWorld } from './support';
import type * as DeleteProduct from '../../../handlers/delete-product';

const ROUTE = 'DELETE /products/{productId}';

const conditionFailed = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('DELETE /products/{productId}', () => {
  useCatalogTestWorld('delete-product');
  let handler: HttpApiHandler;
  beforeAll(() => {
    // Loaded here rather than imported: the handler reads ROUTE_ACCESS when its module loads (cold start).
    ({ handler } = jest.requireActual<typeof DeleteProduct>('../../../handlers/delete-product'));
  });

  const remove = (options: { productId?: string; headers?: Record<string, string>; claims?: JwtClaims | null } = {}) =>
    invoke(
      handler,
      httpApiEvent({
        route: ROUTE,
        pathParameters: { productId: options.productId ?? PRODUCT_ID },
        ...(options.claims === null ? {} : { claims: options.claims ?? adminClaims() }),
        ...(options.headers === undefined ? {} : { headers: options.headers }),
      }),
    );

  it('answers 204 with no body', async () => {
    // Prepare
    dynamo.on(DeleteCommand).resolves({ Attributes: storedProduct({ version: 5 }) });
    // Act
    const response = await remove();
    // Assess
    expect(response.statusCode).toBe(204);
    expect(response.body).toBeUndefined();
  });

  it('deletes the product only if it exists', async () => {
    // Prepare
    dynamo.on(DeleteCommand).resolves({ Attributes: storedProduct({ version: 5 }) });
    // Act
    await remove();
    // Assess
    expect(dynamoWrites()).toEqual([
      { TableName: TABLE, Key: { productId: PRODUCT_ID }, ConditionExpression: 'attribute_exists(productId)', ReturnValues: 'ALL_OLD' },
    ]);
  });

  it('publishes ProductDeleted with the version the product had', async () => {
    // Prepare
    dynamo.on(DeleteCommand).resolves({ Attributes: storedProduct({ version: 5 }) });
    // Act
    await remove({ headers: { 'x-correlation-id': 'cleanup-7' } });
    // Assess
    expect(publishedEvents()).toEqual([
      {
        eventBusName: BUS,
        source: 'ecommerce.catalog',
        detailType: 'ProductDeleted',
        detail: {
          metadata: { eventId: ID_1, schemaVersion: '1', correlationId: 'cleanup-7', occurredAt: NOW },
          data: { productId: PRODUCT_ID, version: 5, deletedAt: NOW },
        },
      },
    ]);
  });

  it('answers 404 PRODUCT_NOT_FOUND to a second delete, publishing nothing', async () => {
    // Prepare
    dynamo.on(DeleteCommand).rejects(conditionFailed());
    // Act
    const response = await remove();
    // Assess
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'PRODUCT_NOT_FOUND' } });
    expect(publishedEvents()).toEqual([]);
  });

  it('deletes only the version named in If-Match, else 409 VERSION_CONFLICT', async () => {
    // Prepare
    dynamo.on(DeleteCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({ Item: storedProduct({ version: 6 }) });
    // Act
    const response = await remove({ headers: { 'if-match': '"5"' } });
    // Assess
    expect(response.statusCode).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    expect(publishedEvents()).toEqual([]);
  });

  it('answers 404 for an id that is not a ULID, without touching DynamoDB', async () => {
    // Act
    const response = await remove({ productId: '../../etc/passwd' });
    // Assess
    expect(response.statusCode).toBe(404);
    expect(dynamo.calls()).toHaveLength(0);
  });

  it('answers 401 without a token and 403 to a non-admin, deleting nothing', async () => {
    // Act
    const anonymous = await remove({ claims: null });
    const customer = await remove({ claims: customerClaims() });
    // Assess
    expect([anonymous.statusCode, customer.statusCode]).toEqual([401, 403]);
    expect(dynamoWrites()).toEqual([]);
    expect(publishedEvents()).toEqual([]);
  });
});
