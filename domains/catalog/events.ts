import { buildEvent, type EventContext, type OutgoingEvent } from '../../contracts/event-contract';
import {
  type ProductCreatedV1Data,
  ProductCreatedV1,
  ProductDeletedV1,
  ProductPriceChangedV1,
  ProductUpdatedV1,
} from '../../contracts/events/catalog';
import type { IdGenerator } from '../shared/ids';
import { type Product, productFields, type ProductReplacement } from './core/product';

/**
 * The events the catalog publishes, built from product changes. Pure: event ids come from the injected
 * generator and `occurredAt` is the time of the change itself, so a test can predict every byte.
 * Contracts (names, schemas, versions) live in contracts/events/catalog.ts; nothing here sends anything.
 */
export interface EventOrigin {
  readonly correlationId: string;
  readonly ids: IdGenerator;
}

const contextFor = (origin: EventOrigin, occurredAt: string): EventContext => ({
  eventId: origin.ids.next(),
  occurredAt,
  correlationId: origin.correlationId,
});

/** Exactly the schema's fields, whatever else the object carries. */
const productData = (product: Product): ProductCreatedV1Data => productFields(product);

export const productCreatedEvents = (product: Product, origin: EventOrigin): OutgoingEvent[] => [
  buildEvent(ProductCreatedV1, productData(product), contextFor(origin, product.createdAt)),
];

/**
 * ProductUpdated for any change, plus ProductPriceChanged when the price moved (baskets reprice on it).
 * No change, no events: a retried PUT publishes nothing.
 */
export const productReplacedEvents = (previous: Product, replacement: ProductReplacement, origin: EventOrigin): OutgoingEvent[] => {
  const { product, changedFields, priceChanged } = replacement;
  if (changedFields.length === 0) {
    return [];
  }
  const updated = buildEvent(
    ProductUpdatedV1,
    { ...productData(product), changedFields: [...changedFields] },
    contextFor(origin, product.updatedAt),
  );
  if (!priceChanged) {
    return [updated];
  }
  const priceChangedEvent = buildEvent(
    ProductPriceChangedV1,
    { productId: product.productId, oldPrice: { ...previous.price }, newPrice: { ...product.price }, version: product.version, changedAt: product.updatedAt },
    contextFor(origin, product.updatedAt),
  );
  return [updated, priceChangedEvent];
};

/** `version` is the version the product had when it was deleted. */
export const productDeletedEvents = (deleted: Product, deletedAt: Date, origin: EventOrigin): OutgoingEvent[] => {
  const timestamp = deletedAt.toISOString();
  return [buildEvent(ProductDeletedV1, { productId: deleted.productId, version: deleted.version, deletedAt: timestamp }, contextFor(origin, timestamp))];
};
