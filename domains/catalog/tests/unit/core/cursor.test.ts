import { thrownCode } from '../../../../shared/testing/errors';
import { decodeCursor, encodeCursor } from '../../../core/cursor';
import { PRODUCT_ID } from '../fixtures';

const encodeJson = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('product cursors', () => {
  it('round-trips a table-scan key', () => {
    // Prepare
    const cursor = encodeCursor({ productId: PRODUCT_ID });
    // Act
    const key = decodeCursor(cursor, undefined);
    // Assess
    expect(key).toEqual({ productId: PRODUCT_ID });
  });

  it('round-trips a category key', () => {
    // Prepare
    const cursor = encodeCursor({ productId: PRODUCT_ID, category: 'kitchen' });
    // Act
    const key = decodeCursor(cursor, 'kitchen');
    // Assess
    expect(key).toEqual({ productId: PRODUCT_ID, category: 'kitchen' });
  });

  it('is URL-safe and does not show the key in clear text', () => {
    // Act
    const cursor = encodeCursor({ productId: PRODUCT_ID, category: 'kitchen' });
    // Assess
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('kitchen');
  });

  it.each([
    ['garbage', '!!!not-base64!!!', undefined],
    ['base64 of something that is not JSON', Buffer.from('hello').toString('base64url'), undefined],
    ['a JSON array', encodeJson([PRODUCT_ID]), undefined],
    ['a JSON null', encodeJson(null), undefined],
    ['a key whose productId is not a ULID', encodeJson({ productId: 'abc' }), undefined],
    ['a key whose productId is not a string', encodeJson({ productId: 42 }), undefined],
    ['a key with an extra attribute', encodeJson({ productId: PRODUCT_ID, admin: true }), undefined],
    ['a category key used for the full listing', encodeJson({ productId: PRODUCT_ID, category: 'kitchen' }), undefined],
    ['a table key used for a category listing', encodeJson({ productId: PRODUCT_ID }), 'kitchen'],
    ['another category’s key', encodeJson({ productId: PRODUCT_ID, category: 'garden' }), 'kitchen'],
    ['an absurdly long cursor', 'A'.repeat(5000), undefined],
  ])('rejects %s with INVALID_CURSOR', (_case, cursor, category) => {
    // Act
    const code = thrownCode(() => decodeCursor(cursor, category));
    // Assess
    expect(code).toBe('INVALID_CURSOR');
  });
});
