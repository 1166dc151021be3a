import { ConflictError, NotFoundError } from '../../shared/http/errors';

/** The catalog's error codes, in one place so handlers, repository and tests agree on them. */

/** Also used for ids that are not ULIDs, so the API never reveals which ids could exist. */
export const productNotFound = (): NotFoundError => new NotFoundError('PRODUCT_NOT_FOUND', 'No such product');

export const productAlreadyExists = (productId: string): ConflictError =>
  new ConflictError('PRODUCT_ALREADY_EXISTS', `Product ${productId} already exists`);

export const versionConflict = (expectedVersion: number): ConflictError =>
  new ConflictError('VERSION_CONFLICT', `The product is no longer at version ${expectedVersion}; read it again and retry`);

export const currencyChangeNotAllowed = (current: string, requested: string): ConflictError =>
  new ConflictError(
    'CURRENCY_CHANGE_NOT_ALLOWED',
    `The price must stay in ${current}; changing a product's currency would break open baskets`,
    [{ path: 'price.currency', message: `must be ${current}, got ${requested}` }],
  );
