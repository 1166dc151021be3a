import storefront from '../../storefront.json';

type Json = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const ACCESS_LEVELS = ['public', 'customer', 'admin'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Operation {
  readonly key: string;
  readonly operation: Json;
}

const operations = (): Operation[] =>
  Object.entries(storefront.paths as Record<string, Json>).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => isObject(item[method])).map((method) => ({
      key: `${method.toUpperCase()} ${path}`,
      operation: item[method] as Json,
    })),
  );

/** Every value of every `$ref` key anywhere in the document, with where it was found. */
const refsIn = (node: unknown, at = '#'): { at: string; ref: string }[] => {
  if (Array.isArray(node)) return node.flatMap((child, index) => refsIn(child, `${at}/${index}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [{ at, ref: value }] : refsIn(value, `${at}/${key}`),
  );
};

const keysIn = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(keysIn);
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]) => [key, ...keysIn(value)]);
};

const resolvePointer = (pointer: string): unknown =>
  pointer
    .replace(/^#\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, segment) => (isObject(node) ? node[segment] : undefined), storefront);

describe('the storefront OpenAPI document', () => {
  it('is OpenAPI 3.0.3', () => {
    expect(storefront.openapi).toBe('3.0.3');
  });

  it('has only internal references, and every one resolves', () => {
    // Act
    const broken = refsIn(storefront).filter(({ ref }) => !ref.startsWith('#/') || resolvePointer(ref) === undefined);
    // Assess
    expect(broken).toEqual([]);
  });

  it('avoids `nullable`, which the request validators (ajv) do not understand', () => {
    expect(keysIn(storefront.components)).not.toContain('nullable');
  });

  it('gives every operation a unique operationId', () => {
    // Act
    const ids = operations().map(({ operation }) => operation.operationId);
    // Assess
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(operations())('declares the access level of $key and secures it accordingly', ({ operation }) => {
    // Prepare
    const access = operation['x-access'];
    // Assess
    expect(ACCESS_LEVELS).toContain(access);
    expect(operation.security).toEqual(access === 'public' ? [] : [{ cognitoJwt: [] }]);
  });

  it.each(operations().filter(({ operation }) => operation['x-access'] !== 'public'))(
    'documents 401 and 403 for the protected operation $key',
    ({ operation }) => {
      expect(Object.keys(operation.responses as Json)).toEqual(expect.arrayContaining(['401', '403']));
    },
  );

  it.each(operations().filter(({ operation }) => isObject(operation.requestBody)))(
    'documents 400, 413 and 415 for $key, which takes a body',
    ({ operation }) => {
      expect(Object.keys(operation.responses as Json)).toEqual(expect.arrayContaining(['400', '413', '415']));
    },
  );

  it('rejects unknown fields in every request body schema', () => {
    // Prepare
    const requestSchemas = Object.entries(storefront.components.schemas).filter(([name]) => name.endsWith('Request'));
    // Assess
    expect(requestSchemas.length).toBeGreaterThan(0);
    for (const [, schema] of requestSchemas) {
      expect(schema).toMatchObject({ additionalProperties: false });
    }
  });
});
