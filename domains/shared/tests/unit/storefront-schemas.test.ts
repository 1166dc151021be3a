import storefront from '../../../../contracts/openapi/storefront.json';
import { ValidationError } from '../../http/errors';
import { type StorefrontSchemaName, storefrontValidator } from '../../http/storefront-schemas';

const schemaNames = Object.keys(storefront.components.schemas) as StorefrontSchemaName[];

const product = {
  productId: '01JH0000000000000000000P01',
  name: 'Espresso cup',
  description: '',
  category: 'kitchen',
  price: { amount: 0, currency: 'JPY' },
  createdAt: '2025-01-01T09:00:00.000Z',
  updatedAt: '2025-01-01T09:00:00.000Z',
  version: 1,
};

describe('storefrontValidator', () => {
  it.each(schemaNames)('compiles components.schemas.%s, internal refs included', (name) => {
    expect(() => storefrontValidator<unknown>(name)).not.toThrow();
  });

  it('validates through the $ref to Money', () => {
    // Prepare
    const validate = storefrontValidator<unknown>('Product');
    // Act
    const act = () => validate({ ...product, price: { amount: 1, currency: 'EUR', extra: true } });
    // Assess
    expect(act).toThrow(ValidationError);
  });

  it('accepts what the catalog returns as a Product and a ProductList', () => {
    // Act
    const act = () => {
      storefrontValidator<unknown>('Product')(product);
      storefrontValidator<unknown>('ProductList')({ items: [product], nextCursor: 'abc' });
    };
    // Assess
    expect(act).not.toThrow();
  });

  it('describes the error envelope every error response uses', () => {
    // Act
    const act = () => {
      storefrontValidator<unknown>('Error')({ error: { code: 'VALIDATION_ERROR', message: 'x', details: [{ path: 'name', message: 'is required' }] } });
    };
    // Assess
    expect(act).not.toThrow();
  });
});
