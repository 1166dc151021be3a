import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { edgeClientConfig } from '../../../../integration-tests/support/stack';
import { createTableFromTemplate } from '../../../../integration-tests/support/tables';
import { SequenceIds } from '../../../shared/testing/fakes';
import { DynamoProductRepository } from '../../adapters/product-repository';
import { newProduct, type Product } from '../../core/product';
import { validInput } from '../unit/fixtures';

/** The repository against the real DynamoDB Local, on the table the CDK construct declares. */
describe('DynamoProductRepository on DynamoDB Local', () => {
  const client = new DynamoDBClient(edgeClientConfig());
  const documents = DynamoDBDocumentClient.from(client);
  const products = new DynamoProductRepository(documents, 'products-repository-test');
  const ids = new SequenceIds('01JH00000000000000000000');
  const at = new Date('2026-01-01T00:00:00.000Z');

  const aProduct = (category = 'kitchen'): Product => newProduct(validInput({ category }), at, ids.next());

  beforeAll(async () => {
    await createTableFromTemplate(client, (stack) => stack.catalog.table, 'products-repository-test');
  });
  afterAll(() => {
    client.destroy();
  });

  it('stores a new product and reads it back', async () => {
    // Prepare
    const product = aProduct();
    // Act
    await products.create(product);
    // Assess
    await expect(products.get(product.productId)).resolves.toEqual(product);
  });

  it('refuses to create a product whose id exists (409) and keeps the stored one', async () => {
    // Prepare
    const product = aProduct();
    await products.create(product);
    // Act
    const act = products.create({ ...product, name: 'Impostor' });
    // Assess
    await expect(act).rejects.toMatchObject({ status: 409, code: 'PRODUCT_ALREADY_EXISTS' });
    await expect(products.get(product.productId)).resolves.toEqual(product);
  });

  it('replaces a product only from the version the writer read', async () => {
    // Prepare
    const product = aProduct();
    await products.create(product);
    await products.replace({ ...product, name: 'First writer', version: 2 }, 1);
    // Act: a second writer who also read version 1
    const act = products.replace({ ...product, name: 'Second writer', version: 2 }, 1);
    // Assess
    await expect(act).rejects.toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    await expect(products.get(product.productId)).resolves.toMatchObject({ name: 'First writer', version: 2 });
  });

  it('does not resurrect a deleted product on replace (404)', async () => {
    // Prepare
    const product = aProduct();
    await products.create(product);
    await products.delete(product.productId);
    // Act
    const act = products.replace({ ...product, version: 2 }, 1);
    // Assess
    await expect(act).rejects.toMatchObject({ status: 404, code: 'PRODUCT_NOT_FOUND' });
    await expect(products.get(product.productId)).resolves.toBeUndefined();
  });

  it('returns the deleted product once, then 404', async () => {
    // Prepare
    const product = aProduct();
    await products.create(product);
    // Act
    const deleted = await products.delete(product.productId);
    // Assess
    expect(deleted).toEqual(product);
    await expect(products.delete(product.productId)).rejects.toMatchObject({ status: 404 });
  });

  it('pages through a category in creation order, every product exactly once', async () => {
    // Prepare
    const created = Array.from({ length: 7 }, () => aProduct('garden'));
    for (const product of created) await products.create(product);
    // Act
    const seen: Product[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await products.list({ category: 'garden', limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined && pages < 10);
    // Assess
    expect(seen.map((p) => p.productId)).toEqual(created.map((p) => p.productId));
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('pages through the whole catalog without duplicates', async () => {
    // Prepare
    for (let i = 0; i < 5; i += 1) await products.create(aProduct('books'));
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await products.list({ limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((p) => p.productId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined && pages < 50);
    // Assess
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });

  it('rejects a cursor issued for another category (400) without querying', async () => {
    // Prepare
    for (let i = 0; i < 3; i += 1) await products.create(aProduct('toys'));
    const { nextCursor } = await products.list({ category: 'toys', limit: 1 });
    // Act
    const act = products.list({ category: 'garden', limit: 1, cursor: nextCursor ?? '' });
    // Assess
    await expect(act).rejects.toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
  });
});
