import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoLogger } from '../../../cognito-context';
import { createLocalCognito, type LocalCognito, type LocalCognitoOptions } from '../../../local-cognito';
import type { UserPoolClientConfig, UserPoolConfig, UserPoolGroupConfig } from '../../../user-pool-config';
import { startTestEdge, type TestEdge } from './edge-http-server';

/** Pools shaped like the storefront's (e-mail sign-in, the template's password policy) plus a username-based one. */
export const STOREFRONT_POOL: UserPoolConfig = {
  id: 'us-east-1_StoreFrnt1',
  name: 'ecommerce-test-customers',
  usernameAttributes: ['email'],
  autoVerifiedAttributes: ['email'],
  passwordPolicy: {
    minimumLength: 12,
    requireLowercase: true,
    requireUppercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 3,
  },
};

export const STAFF_POOL: UserPoolConfig = {
  id: 'us-east-1_StaffPoo12',
  name: 'staff',
  passwordPolicy: { minimumLength: 8, requireSymbols: false },
};

export const STOREFRONT_CLIENT: UserPoolClientConfig = {
  clientId: 'storefrontclient0000000001',
  poolId: STOREFRONT_POOL.id,
  name: 'storefront',
  explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  accessTokenValiditySeconds: 3600,
  idTokenValiditySeconds: 3600,
  refreshTokenValiditySeconds: 30 * 24 * 3600,
  preventUserExistenceErrors: true,
};

/** A browser-style client: SRP only, as a client created without USER_PASSWORD_AUTH. */
export const SRP_ONLY_CLIENT: UserPoolClientConfig = {
  clientId: 'srponlyclient0000000000001',
  poolId: STOREFRONT_POOL.id,
  name: 'browser',
  explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
};

/** Existence errors not prevented: an unknown user is reported as such. */
export const STAFF_CLIENT: UserPoolClientConfig = {
  clientId: 'staffclient000000000000001',
  poolId: STAFF_POOL.id,
  name: 'staff-cli',
  explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
};

export const ADMIN_GROUP: UserPoolGroupConfig = { poolId: STOREFRONT_POOL.id, groupName: 'admin', precedence: 1 };
export const BETA_GROUP: UserPoolGroupConfig = { poolId: STOREFRONT_POOL.id, groupName: 'beta-testers' };

/** A clock tests move by hand. */
export class SteppingClock {
  constructor(private current = new Date('2026-11-24T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

/** Keeps log lines for assertions instead of printing them. */
export class CapturingLogger implements CognitoLogger {
  readonly lines: { level: string; message: string; fields: Readonly<Record<string, unknown>> }[] = [];
  debug(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: 'debug', message, fields });
  }
  info(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: 'info', message, fields });
  }
  error(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: 'error', message, fields });
  }
}

export interface Harness {
  readonly cognito: LocalCognito;
  readonly edge: TestEdge;
  readonly sdk: CognitoIdentityProviderClient;
  readonly clock: SteppingClock;
  readonly logger: CapturingLogger;
  readonly issuer: string;
  readonly jwksUrl: string;
  close(): Promise<void>;
}

/** Only the storefront pool by default: every pool costs two RSA key generations at start. */
const STOREFRONT_ONLY = {
  pools: [STOREFRONT_POOL],
  clients: [STOREFRONT_CLIENT, SRP_ONLY_CLIENT],
  groups: [ADMIN_GROUP, BETA_GROUP],
};

export const WITH_STAFF_POOL = {
  pools: [STOREFRONT_POOL, STAFF_POOL],
  clients: [STOREFRONT_CLIENT, SRP_ONLY_CLIENT, STAFF_CLIENT],
};

/** The local Cognito behind a test edge (bound first: issuers contain its port), with a real SDK client on it. */
export async function startHarness(overrides: Partial<LocalCognitoOptions> = {}): Promise<Harness> {
  const clock = new SteppingClock(new Date());
  const logger = new CapturingLogger();
  const edge = await startTestEdge();
  const cognito = await createLocalCognito({
    ...STOREFRONT_ONLY,
    clock,
    logger,
    edgeUrl: edge.url,
    ...overrides,
  });
  edge.mount(cognito);
  const sdk = new CognitoIdentityProviderClient({
    endpoint: edge.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const issuer = `${edge.url}/${STOREFRONT_POOL.id}`;
  return {
    cognito,
    edge,
    sdk,
    clock,
    logger,
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    close: async () => {
      sdk.destroy();
      await edge.close();
    },
  };
}
