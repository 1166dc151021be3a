import createProductRequestSchema from '../../../contracts/generated/validators/storefront/CreateProductRequest';
import { IDEMPOTENCY_TABLE_ENV, requireEnv } from '../../shared/config';
import { httpHandler } from '../../shared/http/handler';
import { parseJsonBody } from '../../shared/http/request';
import { created, versionETag } from '../../shared/http/responses';
import { IdempotentWrites } from '../../shared/idempotency';
import { validatorFrom } from '../../shared/validation';
import { newProduct, type Product, type ProductInput } from '../core/product';
import { catalog, dynamoClient } from '../dependencies';
import { productCreatedEvents } from '../events';

const createProductRequest = validatorFrom<ProductInput>(createProductRequestSchema);
const idempotency = new IdempotentWrites(dynamoClient, () => requireEnv(IDEMPOTENCY_TABLE_ENV));

/** What an Idempotency-Key remembers: the product and the id of its ProductCreated event. */
interface CreatedProduct {
  readonly product: Product;
  readonly eventId: string;
  readonly correlationId: string;
}

/**
 * POST /products — admin. With an `Idempotency-Key`, a retry gets the same product instead of a second one, and
 * re-publishes ProductCreated under the same event id: if the first attempt failed after storing the product,
 * the event still goes out, and consumers dedupe it if it already had.
 */
export const handler = httpHandler(async (request) => {
  const input = parseJsonBody(request, createProductRequest);
  const { products, publisher, clock, ids } = catalog;
  const { result, replayed } = await idempotency.run(request, input, async (): Promise<CreatedProduct> => {
    const product = newProduct(input, clock.now(), ids.next());
    await products.create(product);
    return { product, eventId: ids.next(), correlationId: request.correlationId };
  });
  const { product, eventId, correlationId } = result;
  await publisher.publish(productCreatedEvents(product, { correlationId, ids: { next: () => eventId } }));
  const response = created(product, `/products/${product.productId}`, versionETag(product.version));
  return replayed ? { ...response, headers: { ...response.headers, 'idempotent-replayed': 'true' } } : response;
});
