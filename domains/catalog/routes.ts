import type { RouteSpec } from '../shared/http/route-spec';

/** The catalog's storefront routes: reads are public, writes are for the `admin` group. */
export const catalogRoutes: readonly RouteSpec[] = [
  { method: 'GET', path: '/products', handler: 'list-products', access: 'public' },
  { method: 'GET', path: '/products/{productId}', handler: 'get-product', access: 'public' },
  { method: 'POST', path: '/products', handler: 'create-product', access: 'admin' },
  { method: 'PUT', path: '/products/{productId}', handler: 'update-product', access: 'admin' },
  { method: 'DELETE', path: '/products/{productId}', handler: 'delete-product', access: 'admin' },
];
