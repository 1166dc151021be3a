import { isJsonObject, type JsonObject } from '../../assembly/json';
import { constraintViolation, invalidPageToken } from '../step-functions-errors';

export interface Page<T> {
  readonly items: readonly T[];
  /** Absent on the last page. */
  readonly nextToken?: string;
}

/**
 * Paging as the List operations and GetExecutionHistory do it: `maxResults` items, then an opaque `nextToken` that
 * names the key of the next item, so a page stays right when items are added between calls. `kind` binds a token to
 * the operation (and its arguments) that issued it; any other token is InvalidToken.
 */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => string, size: number, token: string | undefined, kind: string): Page<T> {
  let start = 0;
  if (token !== undefined) {
    const key = keyOfToken(token, kind);
    start = items.findIndex((item) => keyOf(item) === key);
    if (start === -1) throw invalidPageToken(token);
  }
  const page = items.slice(start, start + size);
  const next = items[start + size];
  return next === undefined ? { items: page } : { items: page, nextToken: tokenOf(kind, keyOf(next)) };
}

const MAX_TOKEN_LENGTH = 1024;

function tokenOf(kind: string, key: string): string {
  return Buffer.from(JSON.stringify({ kind, key }), 'utf8').toString('base64');
}

function keyOfToken(token: string, kind: string): string {
  if (token.length > MAX_TOKEN_LENGTH) {
    throw constraintViolation('nextToken', token, `Member must have length less than or equal to ${MAX_TOKEN_LENGTH}`);
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    throw invalidPageToken(token);
  }
  if (!isJsonObject(decoded) || decoded.kind !== kind || typeof decoded.key !== 'string') throw invalidPageToken(token);
  return (decoded as JsonObject & { key: string }).key;
}
