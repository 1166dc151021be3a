import type { JsonObject } from '../assembly/json';
import { validationError } from './eventbridge-errors';
import { checkRange, optionalInteger, optionalString } from './request-fields';

export interface Page<T> {
  readonly items: readonly T[];
  /** Absent on the last page. */
  readonly nextToken?: string;
}

/**
 * List paging the way the List* operations do it: `Limit` (1–100) and an opaque `NextToken`. The token carries the
 * key of the last item returned, so a page stays correct when items are added or removed between calls. `items` is
 * in the order the operation lists (sorted by key, except for buses, listed in creation order).
 */
export function pageOf<T>(sorted: readonly T[], keyOf: (item: T) => string, input: JsonObject): Page<T> {
  const limit = optionalInteger(input, 'Limit') ?? 100;
  checkRange('limit', limit, 1, 100);
  const token = optionalString(input, 'NextToken');
  const after = token === undefined ? undefined : keyOfToken(token);
  const rest = after === undefined ? sorted : itemsAfter(sorted, keyOf, after);
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return rest.length > limit && last !== undefined ? { items, nextToken: tokenOf(keyOf(last)) } : { items };
}

/** After the item with that key; if it is gone, after where it sorted. */
function itemsAfter<T>(items: readonly T[], keyOf: (item: T) => string, after: string): readonly T[] {
  const position = items.findIndex((item) => keyOf(item) === after);
  return position === -1 ? items.filter((item) => keyOf(item) > after) : items.slice(position + 1);
}

const TOKEN_PREFIX = 'local:';

function tokenOf(key: string): string {
  return Buffer.from(`${TOKEN_PREFIX}${key}`, 'utf8').toString('base64');
}

function keyOfToken(token: string): string {
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  if (!decoded.startsWith(TOKEN_PREFIX)) throw validationError('The provided NextToken is not valid.');
  return decoded.slice(TOKEN_PREFIX.length);
}
