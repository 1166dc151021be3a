import type { Product, ProductInput } from '../../core/product';

/** Valid ULIDs for products that exist in a test's world. */
export const PRODUCT_ID = '01JH0000000000000000000P01';
export const OTHER_PRODUCT_ID = '01JH0000000000000000000P02';

export const CREATED_AT = '2025-01-01T09:00:00.000Z';
export const NOW = '2025-01-02T10:00:00.000Z';

export const validInput = (overrides: Partial<ProductInput> = {}): ProductInput => ({
  name: 'Espresso cup',
  description: 'Double-walled glass, 80 ml.',
  category: 'kitchen',
  price: { amount: 1999, currency: 'EUR' },
  ...overrides,
});

export const storedProduct = (overrides: Partial<Product> = {}): Product => ({
  productId: PRODUCT_ID,
  ...validInput(),
  createdAt: CREATED_AT,
  updatedAt: CREATED_AT,
  version: 3,
  ...overrides,
});
