import { httpHandler } from '../../shared/http/handler';
import { ulidPathParameter } from '../../shared/http/request';
import { ok, versionETag } from '../../shared/http/responses';
import { productNotFound } from '../core/errors';
import { catalog } from '../dependencies';

/** GET /products/{productId} — public. */
export const handler = httpHandler(async (request) => {
  const productId = ulidPathParameter(request, 'productId', productNotFound);
  const { products } = catalog;
  const product = await products.get(productId);
  if (product === undefined) {
    throw productNotFound();
  }
  return ok(product, versionETag(product.version));
});
