import openapi from '../../../contracts/openapi/storefront.json';
import { synthesizedRoutes } from '../api-routes';
import { synthesized } from '../synthesized';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** "GET /products/{productId}" for every operation the OpenAPI document describes. */
function documentedRouteKeys(): string[] {
  return Object.entries(openapi.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => HTTP_METHODS.includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('the storefront OpenAPI document', () => {
  const { template } = synthesized();
  const deployed = synthesizedRoutes(template).map((route) => route.routeKey);

  it('documents every route of the synthesized HTTP API', () => {
    expect(deployed.filter((key) => !documentedRouteKeys().includes(key))).toEqual([]);
  });

  it('describes no route the HTTP API lacks', () => {
    expect(documentedRouteKeys().filter((key) => !deployed.includes(key))).toEqual([]);
  });
});
