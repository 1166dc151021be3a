import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { HttpApiHandler } from '../../../../shared/http/handler';
import { setEnv } from '../../../../shared/testing/env';
import { httpApiEvent, invoke } from '../../../../shared/testing/http-api-event';
import { resetCatalogDependencies } from '../../../dependencies';
import { PRODUCT_ID, storedProduct } from '../fixtures';
import { dynamo, TABLE, useCatalogTestWorld } from './support';
import type * as GetProduct from '../../../handlers/get-product';

const ROUTE = 'GET /products/{productId}';

describe('GET /products/{productId}', () => {
  const world = useCatalogTestWorld('get-product');
  let handler: HttpApiHandler;
  beforeAll(() => {
    // Loaded here rather than imported: the handler reads ROUTE_ACCESS when its module loads (cold start).
    ({ handler } = jest.requireActual<typeof GetProduct>('../../../handlers/get-product'));
  });

  const get = (productId: string) => invoke(handler, httpApiEvent({ route: ROUTE, pathParameters: { productId } }));

  it('answers anyone, without a token, with the product and its ETag', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({ Item: storedProduct({ version: 2 }) });
    // Act
    const response = await get(PRODUCT_ID);
    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual(storedProduct({ version: 2 }));
    expect(response.headers).toMatchObject({ etag: '"2"', 'content-type': 'application/json; charset=utf-8' });
    expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({ TableName: TABLE, Key: { productId: PRODUCT_ID } });
  });

  it('answers 404 PRODUCT_NOT_FOUND for an unknown product', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({});
    // Act
    const response = await get(PRODUCT_ID);
    // Assess
    expect(response.statusCode).toBe(404);
    expect(response.body).toEqual({ error: { code: 'PRODUCT_NOT_FOUND', message: 'No such product' } });
  });

  it.each(['abc', '01jh0000000000000000000p01', '01JH0000000000000000000P0'])(
    'answers %s, which is not a ULID, exactly like an unknown product',
    async (productId) => {
      // Act
      const response = await get(productId);
      // Assess
      expect(response.statusCode).toBe(404);
      expect(response.body).toEqual({ error: { code: 'PRODUCT_NOT_FOUND', message: 'No such product' } });
      expect(dynamo.calls()).toHaveLength(0);
    },
  );

  it('answers a generic 500 when DynamoDB fails, and logs the cause', async () => {
    // Prepare
    dynamo.on(GetCommand).rejects(new Error('ResourceNotFoundException: Requested resource not found'));
    // Act
    const response = await get(PRODUCT_ID);
    // Assess
    expect(response.statusCode).toBe(500);
    expect(response.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred' } });
    expect(world.output().logs()).toContainEqual(
      expect.objectContaining({ level: 'ERROR', error: expect.objectContaining({ message: expect.stringContaining('ResourceNotFoundException') as string }) as object }),
    );
  });

  it('answers 500 MISCONFIGURED when the function has no table name', async () => {
    // Prepare
    const restore = setEnv({ PRODUCTS_TABLE_NAME: undefined });
    resetCatalogDependencies();
    try {
      // Act
      const response = await get(PRODUCT_ID);
      // Assess
      expect(response.statusCode).toBe(500);
      expect(response.body).toEqual({ error: { code: 'MISCONFIGURED', message: 'The service is misconfigured' } });
      expect(dynamo.calls()).toHaveLength(0);
    } finally {
      restore();
    }
  });
});
