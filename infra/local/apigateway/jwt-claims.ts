/**
 * How the HTTP API JWT authorizer hands a verified token's claims to the integration
 * (`requestContext.authorizer.jwt.claims`): every value becomes a string. Measured on real API Gateway (and what
 * `domains/shared/http/access.ts` parses): arrays become `[a b]` (space-separated in brackets, not JSON), numbers
 * and booleans their text, nested objects their JSON text, and null-valued claims are left out.
 */

const flattenItem = (value: unknown): string => {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    return `[${value.map(flattenItem).join(' ')}]`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
};

export const flattenClaims = (claims: Readonly<Record<string, unknown>>): Record<string, string> => {
  const flattened: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) {
    if (value !== null && value !== undefined) {
      flattened[name] = flattenItem(value);
    }
  }
  return flattened;
};

const splitScopes = (value: unknown): string[] | undefined => {
  if (typeof value === 'string') {
    return value.split(' ').filter((scope) => scope !== '');
  }
  if (Array.isArray(value)) {
    return value.filter((scope): scope is string => typeof scope === 'string' && scope !== '');
  }
  return undefined;
};

/**
 * The token's scopes: `scp` (an array or a space-separated string) wins over `scope` (Cognito access tokens carry a
 * space-separated `scope`); undefined when the token has neither (Cognito ID tokens).
 */
export const tokenScopes = (claims: Readonly<Record<string, unknown>>): string[] | undefined =>
  splitScopes(claims.scp) ?? splitScopes(claims.scope);
