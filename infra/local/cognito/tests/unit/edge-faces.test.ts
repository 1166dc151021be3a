import { STOREFRONT_POOL, startHarness, type Harness } from './support/cognito-harness';

/** The two faces the edge mounts: the awsJson API by X-Amz-Target, the well-known documents by path. */
describe('the local Cognito on the edge', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(() => harness.close());

  const post = (target: string, body: string) =>
    harness.cognito.service.handle({
      method: 'POST',
      path: '/',
      query: {},
      headers: { 'x-amz-target': target, 'content-type': 'application/x-amz-json-1.1' },
      body: Buffer.from(body),
      httpVersion: '1.1',
    });

  it('serves the pool’s two public keys in Cognito’s JWKS shape', () => {
    // Act
    const response = harness.cognito.wellKnownRoute({
      method: 'GET',
      path: `/${STOREFRONT_POOL.id}/.well-known/jwks.json`,
    });
    // Assess
    expect(response?.status).toBe(200);
    const { keys } = JSON.parse(String(response?.body)) as { keys: Record<string, unknown>[] };
    expect(keys.map((key) => Object.keys(key).sort())).toEqual([
      ['alg', 'e', 'kid', 'kty', 'n', 'use'],
      ['alg', 'e', 'kid', 'kty', 'n', 'use'],
    ]);
    expect(keys[0]).toMatchObject({ alg: 'RS256', kty: 'RSA', use: 'sig', e: 'AQAB' });
  });

  it('answers 404 for the JWKS of an unknown pool and leaves other paths to the edge', () => {
    // Act
    const unknownPool = harness.cognito.wellKnownRoute({
      method: 'GET',
      path: '/us-east-1_Unknown00/.well-known/jwks.json',
    });
    const otherPath = harness.cognito.wellKnownRoute({ method: 'GET', path: '/_local/health' });
    const otherMethod = harness.cognito.wellKnownRoute({
      method: 'POST',
      path: `/${STOREFRONT_POOL.id}/.well-known/jwks.json`,
    });
    // Assess
    expect(unknownPool?.status).toBe(404);
    expect(otherPath).toBeUndefined();
    expect(otherMethod).toBeUndefined();
  });

  it('names the issuer after the edge URL and the pool id', () => {
    // Act
    const issuer = harness.cognito.issuer(STOREFRONT_POOL.id);
    // Assess
    expect(issuer).toBe(`${harness.edge.url}/${STOREFRONT_POOL.id}`);
  });

  it('answers an operation it does not implement with an AWS-shaped error', async () => {
    // Act
    const response = await post('AWSCognitoIdentityProviderService.CreateUserPool', '{}');
    // Assess
    expect(response.status).toBe(400);
    expect(response.headers?.['x-amzn-errortype']).toBe('UnknownOperationException');
  });

  it('answers a body that is not JSON with SerializationException', async () => {
    // Act
    const response = await post('AWSCognitoIdentityProviderService.SignUp', '{not json');
    // Assess
    expect(JSON.parse(String(response.body))).toMatchObject({ __type: 'SerializationException' });
  });
});
