import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor, type ProductPageKey } from '../core/cursor';
import { productAlreadyExists, productNotFound, versionConflict } from '../core/errors';
import type { Product } from '../core/product';
import { fromItem, type ProductItem, toItem } from './product-item';
import { PRODUCTS_TABLE } from './products-table';

const BY_CATEGORY_INDEX = PRODUCTS_TABLE.byCategoryIndex.name;

export interface ProductListQuery {
  readonly category?: string;
  readonly limit: number;
  /** Opaque `nextCursor` from a previous page of the same listing. */
  readonly cursor?: string;
}

export interface ProductPage {
  readonly items: Product[];
  readonly nextCursor?: string;
}

export interface ProductRepository {
  /** Throws 409 `PRODUCT_ALREADY_EXISTS` if the id is taken. */
  create(product: Product): Promise<void>;
  get(productId: string): Promise<Product | undefined>;
  /** Writes only if the stored version is still `expectedVersion`: 404 if gone, 409 `VERSION_CONFLICT` if moved on. */
  replace(product: Product, expectedVersion: number): Promise<void>;
  /** Deletes and returns the product as it was; 404 if absent, 409 if `expectedVersion` is given and stale. */
  delete(productId: string, expectedVersion?: number): Promise<Product>;
  /** A category listing is in creation order (ULID sort key); the full listing is a scan, in table order. */
  list(query: ProductListQuery): Promise<ProductPage>;
}

const isConditionalCheckFailure = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

const pageKeyFrom = (lastEvaluatedKey: ProductItem | undefined): ProductPageKey | undefined => {
  const productId = lastEvaluatedKey?.productId;
  if (typeof productId !== 'string') return undefined;
  const category = lastEvaluatedKey?.category;
  return typeof category === 'string' ? { productId, category } : { productId };
};

export class DynamoProductRepository implements ProductRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(product: Product): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: toItem(product), ConditionExpression: 'attribute_not_exists(productId)' }),
      );
    } catch (error: unknown) {
      throw isConditionalCheckFailure(error) ? productAlreadyExists(product.productId) : error;
    }
  }

  async get(productId: string): Promise<Product | undefined> {
    // Strongly consistent, so a read right after a write (and the version check before a replace) sees it.
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { productId }, ConsistentRead: true }));
    return Item === undefined ? undefined : fromItem(Item);
  }

  async replace(product: Product, expectedVersion: number): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem(product),
          // A missing item has no version, so this also refuses to resurrect a deleted product.
          ConditionExpression: 'version = :expectedVersion',
          ExpressionAttributeValues: { ':expectedVersion': expectedVersion },
        }),
      );
    } catch (error: unknown) {
      if (!isConditionalCheckFailure(error)) throw error;
      throw (await this.get(product.productId)) === undefined ? productNotFound() : versionConflict(expectedVersion);
    }
  }

  async delete(productId: string, expectedVersion?: number): Promise<Product> {
    const versionGuard = expectedVersion === undefined ? {} : { ExpressionAttributeValues: { ':expectedVersion': expectedVersion } };
    try {
      const { Attributes } = await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { productId },
          ConditionExpression: expectedVersion === undefined ? 'attribute_exists(productId)' : 'version = :expectedVersion',
          ...versionGuard,
          // The deleted item tells us which version was deleted, without a racy read beforehand.
          ReturnValues: 'ALL_OLD',
        }),
      );
      if (Attributes === undefined) throw productNotFound();
      return fromItem(Attributes);
    } catch (error: unknown) {
      if (!isConditionalCheckFailure(error)) throw error;
      if (expectedVersion === undefined) throw productNotFound();
      throw (await this.get(productId)) === undefined ? productNotFound() : versionConflict(expectedVersion);
    }
  }

  async list(query: ProductListQuery): Promise<ProductPage> {
    // Decoded before any I/O: a tampered cursor is the client's error, never DynamoDB's.
    const startKey = query.cursor === undefined ? undefined : decodeCursor(query.cursor, query.category);
    const page = {
      TableName: this.tableName,
      Limit: query.limit,
      ...(startKey === undefined ? {} : { ExclusiveStartKey: { ...startKey } }),
    };
    const { Items, LastEvaluatedKey } = await this.client.send(
      query.category === undefined
        ? new ScanCommand(page)
        : new QueryCommand({
            ...page,
            IndexName: BY_CATEGORY_INDEX,
            KeyConditionExpression: 'category = :category',
            ExpressionAttributeValues: { ':category': query.category },
          }),
    );
    const nextKey = pageKeyFrom(LastEvaluatedKey);
    return {
      items: (Items ?? []).map(fromItem),
      ...(nextKey === undefined ? {} : { nextCursor: encodeCursor(nextKey) }),
    };
  }
}
