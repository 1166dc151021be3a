import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { rejectedCode } from '../../../../shared/testing/errors';
import { encodeCursor } from '../../../core/cursor';
import { DynamoProductRepository } from '../../../adapters/product-repository';
import { OTHER_PRODUCT_ID, PRODUCT_ID, storedProduct } from '../fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const TABLE = 'products-test';

const conditionFailed = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

const repository = () => new DynamoProductRepository(DynamoDBDocumentClient.from(new DynamoDBClient({})), TABLE);

describe('DynamoProductRepository', () => {
  beforeEach(() => {
    dynamo.reset();
  });

  describe('create', () => {
    it('puts the product only if its id is not taken', async () => {
      // Prepare
      dynamo.on(PutCommand).resolves({});
      const product = storedProduct({ version: 1 });
      // Act
      await repository().create(product);
      // Assess
      expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
        TableName: TABLE,
        Item: product,
        ConditionExpression: 'attribute_not_exists(productId)',
      });
    });

    it('answers 409 PRODUCT_ALREADY_EXISTS when the id is taken', async () => {
      // Prepare
      dynamo.on(PutCommand).rejects(conditionFailed());
      // Act
      const code = await rejectedCode(repository().create(storedProduct()));
      // Assess
      expect(code).toBe('PRODUCT_ALREADY_EXISTS');
    });
  });

  describe('get', () => {
    it('reads consistently and maps the item back to a product', async () => {
      // Prepare
      dynamo.on(GetCommand).resolves({ Item: { ...storedProduct(), strayAttribute: 'not for clients' } });
      // Act
      const product = await repository().get(PRODUCT_ID);
      // Assess
      expect(product).toEqual(storedProduct());
      expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toEqual({ TableName: TABLE, Key: { productId: PRODUCT_ID }, ConsistentRead: true });
    });

    it('returns undefined for an unknown id', async () => {
      // Prepare
      dynamo.on(GetCommand).resolves({});
      // Act
      const product = await repository().get(PRODUCT_ID);
      // Assess
      expect(product).toBeUndefined();
    });

    it('fails loudly on a corrupt item rather than serving it', async () => {
      // Prepare
      dynamo.on(GetCommand).resolves({ Item: { ...storedProduct(), price: '19.99 EUR' } });
      // Act
      const act = repository().get(PRODUCT_ID);
      // Assess
      await expect(act).rejects.toThrow('invalid price');
    });
  });

  describe('replace', () => {
    it('writes only if the stored version is still the expected one', async () => {
      // Prepare
      dynamo.on(PutCommand).resolves({});
      const product = storedProduct({ version: 4 });
      // Act
      await repository().replace(product, 3);
      // Assess
      expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
        TableName: TABLE,
        Item: product,
        ConditionExpression: 'version = :expectedVersion',
        ExpressionAttributeValues: { ':expectedVersion': 3 },
      });
    });

    it('answers 409 VERSION_CONFLICT when another writer got there first', async () => {
      // Prepare
      dynamo.on(PutCommand).rejects(conditionFailed());
      dynamo.on(GetCommand).resolves({ Item: storedProduct({ version: 4 }) });
      // Act
      const code = await rejectedCode(repository().replace(storedProduct({ version: 4 }), 3));
      // Assess
      expect(code).toBe('VERSION_CONFLICT');
    });

    it('answers 404 PRODUCT_NOT_FOUND when the product was deleted meanwhile', async () => {
      // Prepare
      dynamo.on(PutCommand).rejects(conditionFailed());
      dynamo.on(GetCommand).resolves({});
      // Act
      const code = await rejectedCode(repository().replace(storedProduct({ version: 4 }), 3));
      // Assess
      expect(code).toBe('PRODUCT_NOT_FOUND');
    });

    it('lets other DynamoDB errors through untouched', async () => {
      // Prepare
      dynamo.on(PutCommand).rejects(new Error('ProvisionedThroughputExceededException'));
      // Act
      const act = repository().replace(storedProduct(), 3);
      // Assess
      await expect(act).rejects.toThrow('ProvisionedThroughputExceededException');
    });
  });

  describe('delete', () => {
    it('deletes an existing product and returns it as it was', async () => {
      // Prepare
      dynamo.on(DeleteCommand).resolves({ Attributes: storedProduct({ version: 5 }) });
      // Act
      const deleted = await repository().delete(PRODUCT_ID);
      // Assess
      expect(deleted).toEqual(storedProduct({ version: 5 }));
      expect(dynamo.commandCalls(DeleteCommand)[0]?.args[0].input).toEqual({
        TableName: TABLE,
        Key: { productId: PRODUCT_ID },
        ConditionExpression: 'attribute_exists(productId)',
        ReturnValues: 'ALL_OLD',
      });
    });

    it('answers 404 PRODUCT_NOT_FOUND when there is nothing to delete', async () => {
      // Prepare
      dynamo.on(DeleteCommand).rejects(conditionFailed());
      // Act
      const code = await rejectedCode(repository().delete(PRODUCT_ID));
      // Assess
      expect(code).toBe('PRODUCT_NOT_FOUND');
    });

    it('deletes only the expected version when one is given, else 409 VERSION_CONFLICT', async () => {
      // Prepare
      dynamo.on(DeleteCommand).rejects(conditionFailed());
      dynamo.on(GetCommand).resolves({ Item: storedProduct({ version: 6 }) });
      // Act
      const code = await rejectedCode(repository().delete(PRODUCT_ID, 5));
      // Assess
      expect(code).toBe('VERSION_CONFLICT');
      expect(dynamo.commandCalls(DeleteCommand)[0]?.args[0].input).toMatchObject({
        ConditionExpression: 'version = :expectedVersion',
        ExpressionAttributeValues: { ':expectedVersion': 5 },
      });
    });
  });

  describe('list', () => {
    it('queries the byCategory index for a category and hands back an opaque cursor', async () => {
      // Prepare
      dynamo.on(QueryCommand).resolves({ Items: [storedProduct()], LastEvaluatedKey: { productId: PRODUCT_ID, category: 'kitchen' } });
      // Act
      const page = await repository().list({ category: 'kitchen', limit: 1 });
      // Assess
      expect(page).toEqual({ items: [storedProduct()], nextCursor: encodeCursor({ productId: PRODUCT_ID, category: 'kitchen' }) });
      expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toEqual({
        TableName: TABLE,
        IndexName: 'byCategory',
        KeyConditionExpression: 'category = :category',
        ExpressionAttributeValues: { ':category': 'kitchen' },
        Limit: 1,
      });
    });

    it('continues a category listing from the cursor', async () => {
      // Prepare
      dynamo.on(QueryCommand).resolves({ Items: [] });
      const cursor = encodeCursor({ productId: PRODUCT_ID, category: 'kitchen' });
      // Act
      const page = await repository().list({ category: 'kitchen', limit: 20, cursor });
      // Assess
      expect(page).toEqual({ items: [] });
      expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input.ExclusiveStartKey).toEqual({ productId: PRODUCT_ID, category: 'kitchen' });
    });

    it('scans the table without a category', async () => {
      // Prepare
      dynamo.on(ScanCommand).resolves({ Items: [storedProduct(), storedProduct({ productId: OTHER_PRODUCT_ID })], LastEvaluatedKey: { productId: OTHER_PRODUCT_ID } });
      const cursor = encodeCursor({ productId: PRODUCT_ID });
      // Act
      const page = await repository().list({ limit: 2, cursor });
      // Assess
      expect(page.items.map((product) => product.productId)).toEqual([PRODUCT_ID, OTHER_PRODUCT_ID]);
      expect(page.nextCursor).toBe(encodeCursor({ productId: OTHER_PRODUCT_ID }));
      expect(dynamo.commandCalls(ScanCommand)[0]?.args[0].input).toEqual({ TableName: TABLE, Limit: 2, ExclusiveStartKey: { productId: PRODUCT_ID } });
    });

    it('rejects a cursor from another listing before touching DynamoDB', async () => {
      // Prepare
      const cursor = encodeCursor({ productId: PRODUCT_ID, category: 'garden' });
      // Act
      const code = await rejectedCode(repository().list({ category: 'kitchen', limit: 20, cursor }));
      // Assess
      expect(code).toBe('INVALID_CURSOR');
      expect(dynamo.calls()).toHaveLength(0);
    });
  });
});
