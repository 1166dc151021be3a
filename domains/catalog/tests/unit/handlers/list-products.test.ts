import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { HttpApiHandler } from '../../../../shared/http/handler';
import { httpApiEvent, invoke } from '../../../../shared/testing/http-api-event';
import { encodeCursor } from '../../../core/cursor';
import { OTHER_PRODUCT_ID, PRODUCT_ID, storedProduct } from '../fixtures';
import { dynamo, TABLE, useCatalogTestWorld } from './support';
import type * as ListProducts from '../../../handlers/list-products';

const ROUTE = 'GET /products';

describe('GET /products', () => {
  useCatalogTestWorld('list-products');
  let handler: HttpApiHandler;
  beforeAll(() => {
    // Loaded here rather than imported: the handler reads ROUTE_ACCESS when its module loads (cold start).
    ({ handler } = jest.requireActual<typeof ListProducts>('../../../handlers/list-products'));
  });

  const list = (query: Record<string, string> = {}) => invoke(handler, httpApiEvent({ route: ROUTE, query }));

  const first = storedProduct();
  const second = storedProduct({ productId: OTHER_PRODUCT_ID, name: 'Tea cup' });

  it('lists 20 products by default, with a cursor to the next page', async () => {
    // Prepare
    dynamo.on(ScanCommand).resolves({ Items: [first, second], LastEvaluatedKey: { productId: OTHER_PRODUCT_ID } });
    // Act
    const response = await list();
    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual({ items: [first, second], nextCursor: encodeCursor({ productId: OTHER_PRODUCT_ID }) });
    expect(dynamo.commandCalls(ScanCommand)[0]?.args[0].input).toEqual({ TableName: TABLE, Limit: 20 });
  });

  it('leaves out nextCursor on the last page', async () => {
    // Prepare
    dynamo.on(ScanCommand).resolves({ Items: [first] });
    // Act
    const response = await list();
    // Assess
    expect(response.body).toEqual({ items: [first] });
  });

  it('lists one category, in creation order, from the byCategory index', async () => {
    // Prepare
    dynamo.on(QueryCommand).resolves({ Items: [first] });
    // Act
    const response = await list({ category: 'kitchen', limit: '5' });
    // Assess
    expect(response.statusCode).toBe(200);
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toEqual({
      TableName: TABLE,
      IndexName: 'byCategory',
      KeyConditionExpression: 'category = :category',
      ExpressionAttributeValues: { ':category': 'kitchen' },
      Limit: 5,
    });
  });

  it('continues where the previous page ended', async () => {
    // Prepare
    dynamo.on(QueryCommand).resolves({ Items: [second] });
    const cursor = encodeCursor({ productId: PRODUCT_ID, category: 'kitchen' });
    // Act
    const response = await list({ category: 'kitchen', cursor });
    // Assess
    expect(response.body).toEqual({ items: [second] });
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input.ExclusiveStartKey).toEqual({ productId: PRODUCT_ID, category: 'kitchen' });
  });

  it.each(['0', '101', '-1', 'ten', '2.5'])('answers 400 VALIDATION_ERROR for limit=%s', async (limit) => {
    // Act
    const response = await list({ limit });
    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: [{ path: 'query.limit' }] } });
    expect(dynamo.calls()).toHaveLength(0);
  });

  it('answers 400 VALIDATION_ERROR for a category that is not a slug', async () => {
    // Act
    const response = await list({ category: 'Kitchen & Bath' });
    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: [{ path: 'query.category' }] } });
  });

  it.each([
    ['garbage', 'not a cursor', {}],
    ['a cursor from another category', encodeCursor({ productId: PRODUCT_ID, category: 'garden' }), { category: 'kitchen' }],
    ['a tampered key', Buffer.from(JSON.stringify({ productId: PRODUCT_ID, price: 0 })).toString('base64url'), {}],
  ])('answers 400 INVALID_CURSOR for %s, without querying', async (_case, cursor, extraQuery) => {
    // Act
    const response = await list({ cursor, ...extraQuery });
    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'INVALID_CURSOR' } });
    expect(dynamo.calls()).toHaveLength(0);
  });
});
