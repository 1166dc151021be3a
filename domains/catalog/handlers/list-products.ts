import categorySlugSchema from '../../../contracts/generated/validators/storefront/CategorySlug';
import { httpHandler } from '../../shared/http/handler';
import { integerQueryParameter, stringQueryParameter } from '../../shared/http/request';
import { ok } from '../../shared/http/responses';
import { validatorFrom } from '../../shared/validation';
import { catalog } from '../dependencies';

const categorySlug = validatorFrom<string>(categorySlugSchema);

/** GET /products?category=&limit=&cursor= — public. */
export const handler = httpHandler(async (request) => {
  const category = stringQueryParameter(request, 'category', categorySlug);
  const limit = integerQueryParameter(request, 'limit', { min: 1, max: 100, defaultValue: 20 });
  const cursor = stringQueryParameter(request, 'cursor');
  const { products } = catalog;
  const page = await products.list({ limit, ...(category === undefined ? {} : { category }), ...(cursor === undefined ? {} : { cursor }) });
  return ok(page);
});
