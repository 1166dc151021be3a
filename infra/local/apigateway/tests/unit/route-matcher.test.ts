import { InvalidRouteKeyError, createRouteMatcher } from '../../route-matcher';

const routes = (...routeKeys: string[]): { routeKey: string }[] => routeKeys.map((routeKey) => ({ routeKey }));

const matchedKey = (routeKeys: string[], method: string, path: string): string | undefined =>
  createRouteMatcher(routes(...routeKeys)).match(method, path)?.route.routeKey;

describe('createRouteMatcher', () => {
  describe('with the example routes of "Working with routes for HTTP APIs"', () => {
    // Prepare
    const documented = ['GET /pets/dog/1', 'GET /pets/dog/{id}', 'GET /pets/{proxy+}', 'ANY /{proxy+}', '$default'];

    it.each([
      ['GET', '/pets/dog/1', 'GET /pets/dog/1'],
      ['GET', '/pets/dog/2', 'GET /pets/dog/{id}'],
      ['GET', '/pets/cat/1', 'GET /pets/{proxy+}'],
      ['POST', '/pets/cat/1', 'ANY /{proxy+}'],
      ['GET', '/', '$default'],
    ])('routes %s %s to %s', (method, path, expected) => {
      // Act
      const routeKey = matchedKey(documented, method, path);
      // Assess
      expect(routeKey).toBe(expected);
    });
  });

  it('prefers an exact method to ANY on the same path', () => {
    // Act
    const routeKey = matchedKey(['ANY /products/{productId}', 'GET /products/{productId}'], 'GET', '/products/p1');
    // Assess
    expect(routeKey).toBe('GET /products/{productId}');
  });

  it('lets ANY catch the methods the path does not define', () => {
    // Act
    const routeKey = matchedKey(['ANY /products/{productId}', 'GET /products/{productId}'], 'DELETE', '/products/p1');
    // Assess
    expect(routeKey).toBe('ANY /products/{productId}');
  });

  it('prefers a static segment to a path variable, whatever the declaration order', () => {
    // Act
    const routeKey = matchedKey(['GET /products/{productId}', 'GET /products/featured'], 'GET', '/products/featured');
    // Assess
    expect(routeKey).toBe('GET /products/featured');
  });

  it('decides by the leftmost differing segment', () => {
    // Act
    const routeKey = matchedKey(['GET /{a}/items', 'GET /orders/{b}'], 'GET', '/orders/items');
    // Assess
    expect(routeKey).toBe('GET /orders/{b}');
  });

  it('prefers a full match with ANY to a greedy match with the exact method', () => {
    // Act
    const routeKey = matchedKey(['GET /basket/{proxy+}', 'ANY /basket/items'], 'GET', '/basket/items');
    // Assess
    expect(routeKey).toBe('ANY /basket/items');
  });

  it('prefers the longer static prefix between two greedy routes', () => {
    // Act
    const routeKey = matchedKey(['ANY /{proxy+}', 'ANY /admin/{proxy+}'], 'GET', '/admin/users/1');
    // Assess
    expect(routeKey).toBe('ANY /admin/{proxy+}');
  });

  it('returns undefined when nothing matches and there is no $default route', () => {
    // Act
    const match = createRouteMatcher(routes('GET /products')).match('POST', '/products');
    // Assess
    expect(match).toBeUndefined();
  });

  it('does not match a greedy variable with nothing to catch, nor a path variable with an empty segment', () => {
    // Prepare
    const matcher = createRouteMatcher(routes('ANY /files/{proxy+}', 'GET /products/{productId}'));
    // Act
    const matches = [matcher.match('GET', '/files'), matcher.match('GET', '/files/'), matcher.match('GET', '/products/')];
    // Assess
    expect(matches).toEqual([undefined, undefined, undefined]);
  });

  it('treats a trailing slash as a different path', () => {
    // Act
    const routeKey = matchedKey(['GET /products'], 'GET', '/products/');
    // Assess
    expect(routeKey).toBeUndefined();
  });

  it('decodes path parameters, greedy ones included', () => {
    // Prepare
    const matcher = createRouteMatcher(routes('GET /products/{productId}', 'ANY /files/{proxy+}'));
    // Act
    const product = matcher.match('GET', '/products/caf%C3%A9%20cr%C3%A8me');
    const file = matcher.match('PUT', '/files/a%20b/c.txt');
    // Assess
    expect(product?.pathParameters).toEqual({ productId: 'café crème' });
    expect(file?.pathParameters).toEqual({ proxy: 'a b/c.txt' });
  });

  it('keeps a malformed percent-encoding as sent', () => {
    // Act
    const match = createRouteMatcher(routes('GET /products/{productId}')).match('GET', '/products/100%');
    // Assess
    expect(match?.pathParameters).toEqual({ productId: '100%' });
  });

  it('matches the root path only with a root route, not with a greedy variable', () => {
    // Act
    const withRootRoute = matchedKey(['GET /', 'ANY /{proxy+}'], 'GET', '/');
    const withGreedyOnly = matchedKey(['ANY /{proxy+}'], 'GET', '/');
    // Assess
    expect(withRootRoute).toBe('GET /');
    expect(withGreedyOnly).toBeUndefined();
  });

  it('gives $default no path parameters, whatever the method', () => {
    // Act
    const match = createRouteMatcher(routes('GET /products', '$default')).match('PATCH', '/anything/at/all');
    // Assess
    expect(match).toEqual({ route: { routeKey: '$default' }, pathParameters: {} });
  });

  it.each([
    ['GET products', 'a path must start with /'],
    ['FETCH /products', 'an unknown method'],
    ['GET /{proxy+}/items', 'a greedy variable before the end'],
    ['GET /{a}/{a}', 'a variable name used twice'],
    ['GET /pro{ducts', 'a malformed variable'],
  ])('refuses %s at creation (%s)', (routeKey) => {
    // Act
    const create = (): unknown => createRouteMatcher(routes(routeKey));
    // Assess
    expect(create).toThrow(InvalidRouteKeyError);
  });
});
