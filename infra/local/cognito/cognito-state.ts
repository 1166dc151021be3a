import { resourceNotFound } from './cognito-errors';
import type { UserPoolClientConfig, UserPoolConfig, UserPoolGroupConfig } from './user-pool-config';
import { UserPool, type UserRecord } from './user-pool-model';

/** A refresh token as remembered: only its SHA-256, so a snapshot cannot be replayed into a session. */
export interface RefreshTokenRecord {
  tokenHash: string;
  poolId: string;
  clientId: string;
  username: string;
  /** Shared by every token minted from this sign-in (`origin_jti`), with the sign-in's `event_id` and `auth_time`. */
  originJti: string;
  eventId: string;
  authTime: number;
  expiresAt: number;
}

/** Everything worth keeping across restarts, as plain JSON. Challenge sessions (minutes long) are left out. */
export interface CognitoSnapshot {
  readonly version: 1;
  readonly pools: Readonly<Record<string, { readonly users: readonly UserRecord[] }>>;
  readonly refreshTokens: readonly RefreshTokenRecord[];
}

export interface CognitoTopology {
  readonly pools: readonly UserPoolConfig[];
  readonly clients: readonly UserPoolClientConfig[];
  readonly groups: readonly UserPoolGroupConfig[];
}

/** Pools, clients and refresh tokens of one local Cognito, with lookups that fail the way Cognito does. */
export class CognitoState {
  private readonly pools = new Map<string, UserPool>();
  private readonly clients = new Map<string, UserPoolClientConfig>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();

  constructor(topology: CognitoTopology) {
    for (const config of topology.pools) {
      this.pools.set(
        config.id,
        new UserPool(
          config,
          topology.groups.filter((group) => group.poolId === config.id),
        ),
      );
    }
    for (const client of topology.clients) {
      if (!this.pools.has(client.poolId)) {
        throw new Error(`Client ${client.clientId} refers to unknown user pool ${client.poolId}`);
      }
      this.clients.set(client.clientId, client);
    }
    for (const group of topology.groups) {
      if (!this.pools.has(group.poolId)) {
        throw new Error(`Group ${group.groupName} refers to unknown user pool ${group.poolId}`);
      }
    }
  }

  allPools(): UserPool[] {
    return [...this.pools.values()];
  }

  findPool(poolId: string): UserPool | undefined {
    return this.pools.get(poolId);
  }

  pool(poolId: string): UserPool {
    const pool = this.pools.get(poolId);
    if (pool === undefined) throw resourceNotFound(`User pool ${poolId} does not exist.`);
    return pool;
  }

  client(clientId: string): { readonly client: UserPoolClientConfig; readonly pool: UserPool } {
    const client = this.clients.get(clientId);
    if (client === undefined) throw resourceNotFound(`User pool client ${clientId} does not exist.`);
    return { client, pool: this.pool(client.poolId) };
  }

  snapshot(): CognitoSnapshot {
    const pools = Object.fromEntries(this.allPools().map((pool) => [pool.id, { users: pool.all() }]));
    // A deep copy through JSON: the caller may hold on to it (or write it later) while users keep changing.
    return JSON.parse(
      JSON.stringify({ version: 1, pools, refreshTokens: [...this.refreshTokens.values()] }),
    ) as CognitoSnapshot;
  }

  /** Replaces all users and refresh tokens. Pools no longer in the template are dropped with their users. */
  restore(snapshot: CognitoSnapshot): void {
    // Snapshots come from disk: check the version the type promises.
    const version: unknown = snapshot.version;
    if (version !== 1) throw new Error(`Unsupported local Cognito snapshot version ${String(version)}`);
    const copy = JSON.parse(JSON.stringify(snapshot)) as CognitoSnapshot;
    for (const pool of this.allPools()) {
      pool.clear();
      for (const user of copy.pools[pool.id]?.users ?? [])
        pool.add({ ...user, groups: user.groups.filter((name) => pool.groups.has(name)) });
    }
    this.refreshTokens.clear();
    for (const record of copy.refreshTokens) {
      if (this.pools.has(record.poolId) && this.clients.has(record.clientId))
        this.refreshTokens.set(record.tokenHash, record);
    }
  }
}
