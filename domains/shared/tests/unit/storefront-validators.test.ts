import storefront from '../../../../contracts/openapi/storefront.json';
import { ValidationError } from '../../http/errors';
import storefrontValidators, { type StorefrontSchemaName } from '../../../../contracts/generated/validators/storefront';
import { type Validator, validatorFrom } from '../../validation';

/** Test-only lookup by name: handlers import the one generated validator they need, so bundles stay small. */
const storefrontValidator = <T>(name: StorefrontSchemaName): Validator<T> => validatorFrom<T>(storefrontValidators[name]);

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

describe('the generated storefront validators', () => {
  it.each(schemaNames)('exist for components.schemas.%s, internal refs included', (name) => {
    expect(typeof storefrontValidators[name]).toBe('function');
  });

  it('validates through the $ref to Money', () => {
    // Prepare
    const validate = storefrontValidator<unknown>('Product');
    // Act
    const act = () => validate({ ...product, price: { amount: 1, currency: 'EUR', extra: true } });
    // Assess
    expect(act).toThrow(ValidationError);
  });

  it('reports each violation at its dotted path, unknown fields included', () => {
    // Prepare
    const validate = storefrontValidator<unknown>('CreateProductRequest');
    const { name, description, category } = product;
    // Act
    let error: unknown;
    try {
      validate({ name, description, category, price: { amount: -1, currency: 'EUR' }, colour: 'red' });
    } catch (caught: unknown) {
      error = caught;
    }
    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([
      { path: 'colour', message: 'is not an allowed field' },
      { path: 'price.amount', message: 'must be >= 0' },
    ]);
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
