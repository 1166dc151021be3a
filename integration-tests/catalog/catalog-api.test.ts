import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { generateKeyPairSync, sign } from 'node:crypto';
import { ensureUser, signIn } from '../../infra/local/seed/users';
import { retimedCopyOf } from '../support/retimed-token';
import { edgeClientConfig, stackOutputs } from '../support/stack';

interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
}

const ADMIN = { email: 'it-admin@example.com', password: 'It-admin-pass-1!', groups: ['admin'] };
const CUSTOMER = { email: 'it-customer@example.com', password: 'It-customer-pass-1!', groups: [] };

const newProduct = (name: string) => ({
  name,
  description: 'Integration test product',
  category: 'it-catalog',
  price: { amount: 2500, currency: 'EUR' },
});

/** Re-signs a token's header and claims with a key the user pool never issued: what a forger can produce. */
const forged = (token: string): string => {
  const [header, payload] = token.split('.');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
};

/** The catalog through the storefront HTTP API only, as a client sees it, on the local cloud booted from the template. */
describe('the catalog over HTTP', () => {
  let api: string;
  let adminToken: string;
  let customerToken: string;
  let poolId: string;

  const call = async (method: string, route: string, options: { token?: string; body?: unknown; raw?: string } = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const response = await fetch(`${api}${route}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  };
  const itProducts = async (): Promise<unknown[]> =>
    ((await call('GET', '/products?category=it-catalog&limit=100')).body as { items: unknown[] }).items;

  beforeAll(async () => {
    const outputs = await stackOutputs();
    api = (outputs.ApiUrl ?? '').replace(/\/$/, '');
    const cognito = new CognitoIdentityProviderClient(edgeClientConfig());
    poolId = outputs.UserPoolId ?? '';
    const clientId = outputs.UserPoolClientId ?? '';
    await ensureUser(cognito, poolId, ADMIN);
    await ensureUser(cognito, poolId, CUSTOMER);
    adminToken = await signIn(cognito, clientId, ADMIN.email, ADMIN.password);
    customerToken = await signIn(cognito, clientId, CUSTOMER.email, CUSTOMER.password);
    cognito.destroy();
  });

  it('lets an admin create, update and delete a product, and anyone read it meanwhile', async () => {
    // Act: create
    const created = await call('POST', '/products', { token: adminToken, body: newProduct('Lifecycle lamp') });
    const { productId } = created.body as { productId: string };
    // Assess
    expect(created.status).toBe(201);
    expect(await call('GET', `/products/${productId}`)).toMatchObject({ status: 200, body: { name: 'Lifecycle lamp', version: 1 } });

    // Act: update
    const updated = await call('PUT', `/products/${productId}`, {
      token: adminToken,
      body: { ...newProduct('Lifecycle lamp'), price: { amount: 2700, currency: 'EUR' } },
    });
    // Assess
    expect(updated).toMatchObject({ status: 200, body: { price: { amount: 2700, currency: 'EUR' }, version: 2 } });

    // Act: delete
    const deleted = await call('DELETE', `/products/${productId}`, { token: adminToken });
    // Assess
    expect(deleted.status).toBe(204);
    expect(await call('GET', `/products/${productId}`)).toMatchObject({ status: 404, body: { error: { code: 'PRODUCT_NOT_FOUND' } } });
  });

  it('lists products anonymously, filtered by category', async () => {
    // Prepare
    await call('POST', '/products', { token: adminToken, body: newProduct('Listed lamp') });
    // Act
    const listed = await call('GET', '/products?category=it-catalog');
    // Assess
    expect(listed.status).toBe(200);
    expect((listed.body as { items: { name: string; category: string }[] }).items).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Listed lamp', category: 'it-catalog' })]),
    );
  });

  it('answers 403 to a signed-in customer on an admin route, writing nothing', async () => {
    // Prepare
    const before = await itProducts();
    // Act
    const response = await call('POST', '/products', { token: customerToken, body: newProduct('Not allowed') });
    // Assess
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await itProducts()).toHaveLength(before.length);
  });

  it('answers 400 to a malformed body, writing nothing', async () => {
    // Prepare
    const before = await itProducts();
    // Act
    const malformed = await call('POST', '/products', { token: adminToken, raw: '{"name": "broken",' });
    const unknownField = await call('POST', '/products', { token: adminToken, body: { ...newProduct('Extra'), colour: 'red' } });
    // Assess
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'MALFORMED_JSON' } } });
    expect(unknownField).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_ERROR' } } });
    expect(await itProducts()).toHaveLength(before.length);
  });

  it('answers 401 to a missing, forged or garbage token before any function runs', async () => {
    // Act
    const responses = await Promise.all([
      call('POST', '/products', { body: newProduct('No token') }),
      call('POST', '/products', { token: forged(adminToken), body: newProduct('Forged') }),
      call('POST', '/products', { token: 'not-a-jwt', body: newProduct('Garbage') }),
    ]);
    // Assess
    expect(responses.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(responses.map((r) => r.body)).toEqual([{ message: 'Unauthorized' }, { message: 'Unauthorized' }, { message: 'Unauthorized' }]);
  });

  it('answers 401 to a token the pool signed that has expired, and accepts the same token while it is valid', async () => {
    // Prepare: the admin's own token, re-signed with the pool's key — once expired an hour ago, once still valid
    const before = await itProducts();
    const expired = retimedCopyOf(adminToken, poolId, { issuedSecondsAgo: 7200, lifetimeSeconds: 3600 });
    const valid = retimedCopyOf(adminToken, poolId, { issuedSecondsAgo: 60, lifetimeSeconds: 3600 });
    // Act
    const rejected = await fetch(`${api}/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${expired}`, 'content-type': 'application/json' },
      body: JSON.stringify(newProduct('Expired')),
    });
    const deleteWithValid = await call('DELETE', '/products/01J00000000000000000000000', { token: valid });
    // Assess
    expect(rejected.status).toBe(401);
    expect(await rejected.json()).toEqual({ message: 'Unauthorized' });
    expect(rejected.headers.get('www-authenticate')).toContain('the token has expired');
    expect(deleteWithValid).toMatchObject({ status: 404, body: { error: { code: 'PRODUCT_NOT_FOUND' } } });
    expect(await itProducts()).toHaveLength(before.length);
  });
});
