import { thrownCode } from '../../../../shared/testing/errors';
import { newProduct, replaceProduct } from '../../../core/product';
import { NOW, PRODUCT_ID, storedProduct, validInput } from '../fixtures';

const now = new Date(NOW);

describe('newProduct', () => {
  it('creates version 1 with both timestamps at now', () => {
    // Prepare
    const input = validInput();
    // Act
    const product = newProduct(input, now, PRODUCT_ID);
    // Assess
    expect(product).toEqual({ productId: PRODUCT_ID, ...input, createdAt: NOW, updatedAt: NOW, version: 1 });
  });

  it.each(['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'JPY'])('accepts a price in %s', (currency) => {
    // Act
    const product = newProduct(validInput({ price: { amount: 500, currency } }), now, PRODUCT_ID);
    // Assess
    expect(product.price.currency).toBe(currency);
  });

  it('rejects a currency the shop cannot take payments in with UNSUPPORTED_CURRENCY', () => {
    // Prepare
    const input = validInput({ price: { amount: 500, currency: 'XAU' } });
    // Act
    const code = thrownCode(() => newProduct(input, now, PRODUCT_ID));
    // Assess
    expect(code).toBe('UNSUPPORTED_CURRENCY');
  });

  it('does not keep a reference to the caller’s price object', () => {
    // Prepare
    const price = { amount: 100, currency: 'EUR' };
    // Act
    const product = newProduct(validInput({ price }), now, PRODUCT_ID);
    // Assess
    expect(product.price).not.toBe(price);
  });
});

describe('replaceProduct', () => {
  it('replaces every field, bumps the version and stamps updatedAt, keeping createdAt', () => {
    // Prepare
    const existing = storedProduct({ version: 3 });
    const input = validInput({ name: 'Tea cup', description: 'Porcelain', category: 'tea', price: { amount: 999, currency: 'EUR' } });
    // Act
    const { product } = replaceProduct(existing, input, now);
    // Assess
    expect(product).toEqual({ productId: existing.productId, ...input, createdAt: existing.createdAt, updatedAt: NOW, version: 4 });
  });

  it('reports which fields changed and that the price did not', () => {
    // Prepare
    const existing = storedProduct();
    // Act
    const replacement = replaceProduct(existing, validInput({ name: 'Tea cup', category: 'tea' }), now);
    // Assess
    expect(replacement.changedFields).toEqual(['name', 'category']);
    expect(replacement.priceChanged).toBe(false);
  });

  it('reports a price change', () => {
    // Prepare
    const existing = storedProduct();
    // Act
    const replacement = replaceProduct(existing, validInput({ price: { amount: 2499, currency: 'EUR' } }), now);
    // Assess
    expect(replacement.changedFields).toEqual(['price']);
    expect(replacement.priceChanged).toBe(true);
  });

  it('changes nothing when the input equals the current product', () => {
    // Prepare
    const existing = storedProduct();
    // Act
    const replacement = replaceProduct(existing, validInput(), now);
    // Assess
    expect(replacement).toEqual({ product: existing, changedFields: [], priceChanged: false });
  });

  it('refuses to change the currency with CURRENCY_CHANGE_NOT_ALLOWED', () => {
    // Prepare
    const existing = storedProduct();
    // Act
    const code = thrownCode(() => replaceProduct(existing, validInput({ price: { amount: 1999, currency: 'USD' } }), now));
    // Assess
    expect(code).toBe('CURRENCY_CHANGE_NOT_ALLOWED');
  });

  it('rejects an unsupported currency before comparing currencies', () => {
    // Act
    const code = thrownCode(() => replaceProduct(storedProduct(), validInput({ price: { amount: 1, currency: 'XXX' } }), now));
    // Assess
    expect(code).toBe('UNSUPPORTED_CURRENCY');
  });

  it('refuses a change based on a stale version with VERSION_CONFLICT', () => {
    // Prepare
    const existing = storedProduct({ version: 5 });
    // Act
    const code = thrownCode(() => replaceProduct(existing, validInput({ name: 'Tea cup' }), now, 4));
    // Assess
    expect(code).toBe('VERSION_CONFLICT');
  });

  it('accepts a change based on the current version', () => {
    // Prepare
    const existing = storedProduct({ version: 5 });
    // Act
    const { product } = replaceProduct(existing, validInput({ name: 'Tea cup' }), now, 5);
    // Assess
    expect(product.version).toBe(6);
  });

  it('treats a retried, already-applied replacement as a no-op even with an outdated expected version', () => {
    // Prepare
    const existing = storedProduct({ version: 6, name: 'Tea cup' });
    // Act
    const replacement = replaceProduct(existing, validInput({ name: 'Tea cup' }), now, 5);
    // Assess
    expect(replacement.changedFields).toEqual([]);
    expect(replacement.product).toBe(existing);
  });
});
