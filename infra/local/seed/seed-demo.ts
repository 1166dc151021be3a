import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_ADMIN, DEMO_PRODUCTS, DEMO_USERS, type DemoUser } from './demo-catalog';
import { ensureUser, signIn } from './users';

export interface StackEndpoints {
  readonly apiUrl: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

export interface SeedReport {
  readonly users: readonly DemoUser[];
  /** Products created now; 0 when the catalog already had products (a restart with persisted data). */
  readonly productsCreated: number;
}

/** Seeds demo users and, on an empty catalog, demo products — through the public API, as a client would. */
export async function seedDemo(cognito: CognitoIdentityProviderClient, endpoints: StackEndpoints): Promise<SeedReport> {
  for (const user of DEMO_USERS) await ensureUser(cognito, endpoints.userPoolId, user);
  const token = await signIn(cognito, endpoints.userPoolClientId, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const api = endpoints.apiUrl.replace(/\/$/, '');

  const existing = (await (await fetch(`${api}/products?limit=1`)).json()) as { items?: unknown[] };
  if ((existing.items ?? []).length > 0) return { users: DEMO_USERS, productsCreated: 0 };
  for (const [index, product] of DEMO_PRODUCTS.entries()) {
    const response = await fetch(`${api}/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `demo-seed-${index}` },
      body: JSON.stringify(product),
    });
    if (response.status !== 201) throw new Error(`Seeding "${product.name}" failed: ${response.status} ${await response.text()}`);
  }
  return { users: DEMO_USERS, productsCreated: DEMO_PRODUCTS.length };
}
