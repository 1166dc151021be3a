import { isJsonArray, isJsonObject, type Json, type JsonObject } from './json';
import type { UrlRewrite } from './types';

/**
 * Replaces AWS URLs that mean a local endpoint (an API's execute-api URL built with Fn::Join, a Cognito issuer built
 * with Fn::Sub) in every string of a value, so clients and functions reach the local servers.
 */
export function rewriteValue(value: Json, rewrites: readonly UrlRewrite[]): Json {
  if (typeof value === 'string') return rewriteString(value, rewrites);
  if (isJsonArray(value)) return value.map((item) => rewriteValue(item, rewrites));
  if (isJsonObject(value)) return rewriteObject(value, rewrites);
  return value;
}

export function rewriteObject(value: JsonObject, rewrites: readonly UrlRewrite[]): JsonObject {
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, rewriteValue(child, rewrites)]));
}

export function rewriteString(value: string, rewrites: readonly UrlRewrite[]): string {
  return rewrites.reduce((text, rewrite) => text.split(rewrite.from).join(rewrite.to), value);
}
