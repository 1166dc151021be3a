import { defineEvent } from '../event-contract';
import type {
  ProductCreatedV1Data,
  ProductDeletedV1Data,
  ProductPriceChangedV1Data,
  ProductUpdatedV1Data,
} from '../generated';
import validateProductCreatedV1 from '../generated/validators/events/catalog/ProductCreated.v1';
import validateProductDeletedV1 from '../generated/validators/events/catalog/ProductDeleted.v1';
import validateProductPriceChangedV1 from '../generated/validators/events/catalog/ProductPriceChanged.v1';
import validateProductUpdatedV1 from '../generated/validators/events/catalog/ProductUpdated.v1';
import productCreatedV1Schema from './catalog/ProductCreated.v1.json';
import productDeletedV1Schema from './catalog/ProductDeleted.v1.json';
import productPriceChangedV1Schema from './catalog/ProductPriceChanged.v1.json';
import productUpdatedV1Schema from './catalog/ProductUpdated.v1.json';

export type {
  Money,
  ProductCreatedV1Data,
  ProductDeletedV1Data,
  ProductPriceChangedV1Data,
  ProductUpdatedV1Data,
} from '../generated';

const source = 'ecommerce.catalog';

export const ProductCreatedV1 = defineEvent<ProductCreatedV1Data>({
  source,
  detailType: 'ProductCreated',
  schemaVersion: '1',
  schema: productCreatedV1Schema,
  validate: validateProductCreatedV1,
});

export const ProductUpdatedV1 = defineEvent<ProductUpdatedV1Data>({
  source,
  detailType: 'ProductUpdated',
  schemaVersion: '1',
  schema: productUpdatedV1Schema,
  validate: validateProductUpdatedV1,
});

export const ProductPriceChangedV1 = defineEvent<ProductPriceChangedV1Data>({
  source,
  detailType: 'ProductPriceChanged',
  schemaVersion: '1',
  schema: productPriceChangedV1Schema,
  validate: validateProductPriceChangedV1,
});

export const ProductDeletedV1 = defineEvent<ProductDeletedV1Data>({
  source,
  detailType: 'ProductDeleted',
  schemaVersion: '1',
  schema: productDeletedV1Schema,
  validate: validateProductDeletedV1,
});

/** Every catalog contract; contracts/events/index.ts collects these lists. */
export const catalogEventContracts = [
  ProductCreatedV1,
  ProductUpdatedV1,
  ProductPriceChangedV1,
  ProductDeletedV1,
] as const;
