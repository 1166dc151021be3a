import { httpHandler } from '../../shared/http/handler';
import { ifMatchVersion, ulidPathParameter } from '../../shared/http/request';
import { noContent } from '../../shared/http/responses';
import { productNotFound } from '../core/errors';
import { catalog } from '../dependencies';
import { productDeletedEvents } from '../events';

/** DELETE /products/{productId} — admin; optional If-Match. A second delete is 404. */
export const handler = httpHandler(async (request) => {
  const productId = ulidPathParameter(request, 'productId', productNotFound);
  const expectedVersion = ifMatchVersion(request);
  const { products, publisher, clock, ids } = catalog;
  const deleted = await products.delete(productId, expectedVersion);
  await publisher.publish(productDeletedEvents(deleted, clock.now(), { correlationId: request.correlationId, ids }));
  return noContent();
});
