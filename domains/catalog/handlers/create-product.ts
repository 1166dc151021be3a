import { httpHandler } from '../../shared/http/handler';
import { parseJsonBody } from '../../shared/http/request';
import { created, versionETag } from '../../shared/http/responses';
import { storefrontValidator } from '../../shared/http/storefront-schemas';
import { newProduct, type ProductInput } from '../core/product';
import { catalog } from '../dependencies';
import { productCreatedEvents } from '../events';

const createProductRequest = storefrontValidator<ProductInput>('CreateProductRequest');

/** POST /products — admin. */
export const handler = httpHandler(async (request) => {
  const input = parseJsonBody(request, createProductRequest);
  const { products, publisher, clock, ids } = catalog;
  const product = newProduct(input, clock.now(), ids.next());
  await products.create(product);
  await publisher.publish(productCreatedEvents(product, { correlationId: request.correlationId, ids }));
  return created(product, `/products/${product.productId}`, versionETag(product.version));
});
