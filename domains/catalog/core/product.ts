import { currencyChangeNotAllowed, versionConflict } from './errors';
import { assertSupportedCurrency, type Money, sameMoney } from './money';

/** What an admin supplies when creating or (fully) replacing a product. */
export interface ProductInput {
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly price: Money;
}

export interface Product extends ProductInput {
  readonly productId: string;
  /** ISO-8601 UTC. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Starts at 1 and increments on every write; consumers use it to ignore stale events. */
  readonly version: number;
}

export type ProductField = keyof ProductInput;

export interface ProductReplacement {
  /** The product after the replacement; the unchanged original when nothing changed. */
  readonly product: Product;
  /** Empty when the input equals the current product: nothing to write, nothing to publish. */
  readonly changedFields: readonly ProductField[];
  readonly priceChanged: boolean;
}

const inputOf = (source: ProductInput): ProductInput => ({
  name: source.name,
  description: source.description,
  category: source.category,
  price: { amount: source.price.amount, currency: source.price.currency },
});

/** Exactly a product's own fields, whatever else the object carries: what is stored and what events carry. */
export const productFields = (product: Product): Product => ({
  productId: product.productId,
  ...inputOf(product),
  createdAt: product.createdAt,
  updatedAt: product.updatedAt,
  version: product.version,
});

export const newProduct = (input: ProductInput, now: Date, productId: string): Product => {
  assertSupportedCurrency(input.price);
  const timestamp = now.toISOString();
  return { productId, ...inputOf(input), createdAt: timestamp, updatedAt: timestamp, version: 1 };
};

const changedFieldsBetween = (current: ProductInput, next: ProductInput): ProductField[] => {
  const changed: ProductField[] = [];
  if (current.name !== next.name) changed.push('name');
  if (current.description !== next.description) changed.push('description');
  if (current.category !== next.category) changed.push('category');
  if (!sameMoney(current.price, next.price)) changed.push('price');
  return changed;
};

/**
 * Full replacement (PUT semantics). The currency is fixed for a product's life: a price in another currency
 * would silently change what open baskets hold.
 *
 * `expectedVersion` (from If-Match) guards against lost updates. An input equal to the current product is a
 * no-op that succeeds whatever the version: it is what a client retrying an already-applied PUT sends
 * (RFC 9110 §13.1.1 allows a 2xx when the change has already been made).
 */
export const replaceProduct = (existing: Product, input: ProductInput, now: Date, expectedVersion?: number): ProductReplacement => {
  assertSupportedCurrency(input.price);
  if (input.price.currency !== existing.price.currency) {
    throw currencyChangeNotAllowed(existing.price.currency, input.price.currency);
  }
  const changedFields = changedFieldsBetween(existing, input);
  if (changedFields.length === 0) {
    return { product: existing, changedFields, priceChanged: false };
  }
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw versionConflict(expectedVersion);
  }
  return {
    product: { ...existing, ...inputOf(input), updatedAt: now.toISOString(), version: existing.version + 1 },
    changedFields,
    priceChanged: changedFields.includes('price'),
  };
};
