import updateProductRequestSchema from '../../../contracts/generated/validators/storefront/UpdateProductRequest';
import { httpHandler } from '../../shared/http/handler';
import { ifMatchVersion, parseJsonBody, ulidPathParameter } from '../../shared/http/request';
import { ok, versionETag } from '../../shared/http/responses';
import { validatorFrom } from '../../shared/validation';
import { productNotFound } from '../core/errors';
import { type ProductInput, replaceProduct } from '../core/product';
import { catalog } from '../dependencies';
import { productReplacedEvents } from '../events';

const updateProductRequest = validatorFrom<ProductInput>(updateProductRequestSchema);

/** PUT /products/{productId} — admin; full replacement, optional If-Match. */
export const handler = httpHandler(async (request) => {
  const productId = ulidPathParameter(request, 'productId', productNotFound);
  const expectedVersion = ifMatchVersion(request);
  const input = parseJsonBody(request, updateProductRequest);
  const { products, publisher, clock, ids } = catalog;
  const existing = await products.get(productId);
  if (existing === undefined) {
    throw productNotFound();
  }
  const replacement = replaceProduct(existing, input, clock.now(), expectedVersion);
  if (replacement.changedFields.length > 0) {
    // Conditional on the version just read, so a concurrent writer in between gets 409, not a lost update.
    await products.replace(replacement.product, existing.version);
    await publisher.publish(productReplacedEvents(existing, replacement, { correlationId: request.correlationId, ids }));
  }
  return ok(replacement.product, versionETag(replacement.product.version));
});
