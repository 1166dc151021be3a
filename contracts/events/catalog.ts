import { defineEvent } from '../event-contract';
import type {
  ProductCreatedV1Data,
  ProductDeletedV1Data,
  ProductPriceChangedV1Data,
  ProductUpdatedV1Data,
} from '../generated';
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
});

export const ProductUpdatedV1 = defineEvent<ProductUpdatedV1Data>({
  source,
  detailType: 'ProductUpdated',
  schemaVersion: '1',
  schema: productUpdatedV1Schema,
});

export const ProductPriceChangedV1 = defineEvent<ProductPriceChangedV1Data>({
  source,
  detailType: 'ProductPriceChanged',
  schemaVersion: '1',
  schema: productPriceChangedV1Schema,
});

export const ProductDeletedV1 = defineEvent<ProductDeletedV1Data>({
  source,
  detailType: 'ProductDeleted',
  schemaVersion: '1',
  schema: productDeletedV1Schema,
});

/** Every catalog contract; contracts/events/index.ts collects these lists. */
export const catalogEventContracts = [
  ProductCreatedV1,
  ProductUpdatedV1,
  ProductPriceChangedV1,
  ProductDeletedV1,
] as const;
