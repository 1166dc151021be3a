import type { Money } from '../core/money';
import { type Product, productFields } from '../core/product';

/**
 * The products table stores a product as its own top-level attributes (key: `productId`; the `byCategory`
 * index reads `category` + `productId`). Reading maps attributes back field by field, so stray attributes
 * never reach a response or an event, and a corrupt item fails loudly instead of being served.
 */
export type ProductItem = Record<string, unknown>;

export const toItem = (product: Product): ProductItem => ({ ...productFields(product) });

class CorruptProductItemError extends Error {
  constructor(attribute: string) {
    super(`products table item has an invalid ${attribute} attribute`);
    this.name = 'CorruptProductItemError';
  }
}

const stringAttribute = (item: ProductItem, name: string): string => {
  const value = item[name];
  if (typeof value !== 'string') throw new CorruptProductItemError(name);
  return value;
};

const integerAttribute = (item: ProductItem, name: string): number => {
  const value = item[name];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new CorruptProductItemError(name);
  return value;
};

const moneyAttribute = (item: ProductItem, name: string): Money => {
  const value = item[name];
  if (typeof value !== 'object' || value === null) throw new CorruptProductItemError(name);
  const money = value as ProductItem;
  return { amount: integerAttribute(money, 'amount'), currency: stringAttribute(money, 'currency') };
};

export const fromItem = (item: ProductItem): Product => ({
  productId: stringAttribute(item, 'productId'),
  name: stringAttribute(item, 'name'),
  description: stringAttribute(item, 'description'),
  category: stringAttribute(item, 'category'),
  price: moneyAttribute(item, 'price'),
  createdAt: stringAttribute(item, 'createdAt'),
  updatedAt: stringAttribute(item, 'updatedAt'),
  version: integerAttribute(item, 'version'),
});
