import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { directoryKeyStore } from '../../signing-keys';
import { startHarness, STOREFRONT_CLIENT, STOREFRONT_POOL, type Harness } from './support/cognito-harness';
import { JoseVerifier } from './support/jose-verifier';

const CLIENT = STOREFRONT_CLIENT.clientId;
const PASSWORD = 'Admin-Password-1';

describe('a restarted local Cognito with a snapshot and a directory key store', () => {
  let keyDirectory: string;
  let first: Harness;
  let second: Harness;
  let changes = 0;
  const jose = new JoseVerifier();

  beforeAll(async () => {
    keyDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'cognito-keys-'));
    first = await startHarness({ keyStore: directoryKeyStore(keyDirectory), onChange: () => (changes += 1) });
    await first.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: STOREFRONT_POOL.id,
        Username: 'admin@example.com',
        MessageAction: 'SUPPRESS',
      }),
    );
    await first.sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: STOREFRONT_POOL.id,
        Username: 'admin@example.com',
        Password: PASSWORD,
        Permanent: true,
      }),
    );
    await first.sdk.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: STOREFRONT_POOL.id,
        Username: 'admin@example.com',
        GroupName: 'admin',
      }),
    );
  });

  afterAll(async () => {
    await jose.close();
    await Promise.all([first.close(), second.close()]);
    await fs.rm(keyDirectory, { recursive: true, force: true });
  });

  const signIn = (harness: Harness) =>
    harness.sdk.send(
      new InitiateAuthCommand({
        ClientId: CLIENT,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'admin@example.com', PASSWORD },
      }),
    );

  it('reports every change so the caller can persist it', () => {
    // Assess
    expect(changes).toBe(3);
  });

  it('keeps users, passwords, groups and refresh tokens, and signs with the same keys', async () => {
    // Prepare
    const before = (await signIn(first)).AuthenticationResult;
    const snapshot = first.cognito.snapshot();
    // Act
    second = await startHarness({ keyStore: directoryKeyStore(keyDirectory) });
    second.cognito.restore(JSON.parse(JSON.stringify(snapshot)) as typeof snapshot);
    const after = (await signIn(second)).AuthenticationResult;
    const refreshed = await second.sdk.send(
      new InitiateAuthCommand({
        ClientId: CLIENT,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: before?.RefreshToken ?? '' },
      }),
    );
    // Assess
    const verified = await jose.verify(after?.IdToken ?? '', {
      jwksUrl: second.jwksUrl,
      issuer: second.issuer,
      audience: CLIENT,
    });
    expect(verified).toMatchObject({ ok: true, payload: { 'cognito:groups': ['admin'] } });
    expect(refreshed.AuthenticationResult?.AccessToken).toBeDefined();
    const [firstJwks, secondJwks] = await Promise.all([
      fetch(first.jwksUrl).then((r) => r.json()),
      fetch(second.jwksUrl).then((r) => r.json()),
    ]);
    expect(secondJwks).toEqual(firstJwks);
  });

  it('writes neither passwords nor refresh tokens in clear into the snapshot', async () => {
    // Prepare
    const tokens = (await signIn(first)).AuthenticationResult;
    // Act
    const written = JSON.stringify(first.cognito.snapshot());
    // Assess
    expect(written).not.toContain(PASSWORD);
    expect(written).not.toContain(tokens?.RefreshToken);
  });
});
