import { BadRequestError } from '../../shared/http/errors';
import { isUlid } from '../../shared/ids';

/**
 * Where a page of products ended: DynamoDB's LastEvaluatedKey. A table scan's key is `{ productId }`; a
 * `byCategory` query's key also holds the index key, `{ productId, category }`.
 */
export interface ProductPageKey {
  readonly productId: string;
  readonly category?: string;
}

/** Far above any real cursor; stops absurd inputs before they are decoded. */
const MAX_CURSOR_LENGTH = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const invalidCursor = (): BadRequestError =>
  new BadRequestError('INVALID_CURSOR', 'The cursor is not valid for this listing; start again without it', [
    { path: 'query.cursor', message: 'must be a nextCursor returned by the same listing' },
  ]);

/** Opaque to clients: base64url of the key's JSON. */
export const encodeCursor = (key: ProductPageKey): string => {
  const json = key.category === undefined ? { productId: key.productId } : { productId: key.productId, category: key.category };
  return Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

const hasExactlyKeys = (value: object, keys: readonly string[]): boolean => {
  const actual = Object.keys(value).sort();
  return actual.length === keys.length && [...keys].sort().every((key, index) => actual[index] === key);
};

/**
 * Decodes a client-supplied cursor defensively: it goes into ExclusiveStartKey, so anything but the exact key
 * shape this listing produces (right attributes, a ULID, the same category) is 400 `INVALID_CURSOR` — never
 * a DynamoDB error and never a jump into another category's partition.
 */
export const decodeCursor = (cursor: string, category: string | undefined): ProductPageKey => {
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) {
    throw invalidCursor();
  }
  const decoded = parseJson(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) {
    throw invalidCursor();
  }
  const expectedKeys = category === undefined ? ['productId'] : ['productId', 'category'];
  const { productId, category: cursorCategory } = decoded as Record<string, unknown>;
  if (!hasExactlyKeys(decoded, expectedKeys) || typeof productId !== 'string' || !isUlid(productId) || cursorCategory !== category) {
    throw invalidCursor();
  }
  return category === undefined ? { productId } : { productId, category };
};
