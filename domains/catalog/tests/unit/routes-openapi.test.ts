import storefront from '../../../../contracts/openapi/storefront.json';
import { catalogRoutes } from '../../routes';

type Json = Record<string, unknown>;

/** The x-access the OpenAPI document declares for a route, if it documents the route at all. */
const documentedAccess = (method: string, path: string): unknown => {
  const item = (storefront.paths as Record<string, Json | undefined>)[path];
  const operation = item?.[method.toLowerCase()] as Json | undefined;
  return operation?.['x-access'];
};

describe('catalog routes and the storefront OpenAPI document', () => {
  it.each(catalogRoutes.map((route) => ({ ...route, key: `${route.method} ${route.path}` })))(
    'document $key with the access level routes.ts gives it',
    (route) => {
      expect(documentedAccess(route.method, route.path)).toBe(route.access);
    },
  );
});
