import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../../../domains/shared/clock';
import type { IdGenerator } from '../../../domains/shared/ids';
import type { EdgeRequest, EdgeResponse, EdgeService } from '../edge/protocol';
import { cognitoApiService } from './cognito-api';
import type { CognitoContext, CognitoLogger } from './cognito-context';
import { jsonLinesLogger } from './cognito-logger';
import { CognitoState, type CognitoSnapshot, type CognitoTopology } from './cognito-state';
import { wellKnownResponse } from './jwks';
import { inMemoryKeyStore, loadOrCreatePoolKeys, type PoolKeys, type SigningKeyStore } from './signing-keys';

/** The entry of the local Cognito: pools from the template, the API on the edge, the issuer's well-known documents. */

export interface LocalCognitoOptions extends CognitoTopology {
  /** The edge's base URL (`http://127.0.0.1:4566`): issuers are `${edgeUrl}/${poolId}`. */
  readonly edgeUrl: string;
  /** Default: in memory, new keys each start. `directoryKeyStore('.local/cognito/keys')` keeps them. */
  readonly keyStore?: SigningKeyStore;
  readonly clock?: Clock;
  /** Default: random UUIDs, the shape of Cognito's `sub`, `jti` and `event_id`. */
  readonly ids?: IdGenerator;
  readonly logger?: CognitoLogger;
  /** The one code ConfirmSignUp accepts. Default `123456`. */
  readonly confirmationCode?: string;
  /** Runs after every request that changed users or tokens: the place to write `snapshot()` under `.local/`. */
  readonly onChange?: () => void;
}

export interface LocalCognito {
  readonly service: EdgeService;
  /** `GET /<poolId>/.well-known/jwks.json` and `…/openid-configuration`; undefined for any other request. */
  wellKnownRoute(request: Pick<EdgeRequest, 'method' | 'path'>): EdgeResponse | undefined;
  issuer(poolId: string): string;
  snapshot(): CognitoSnapshot;
  restore(snapshot: CognitoSnapshot): void;
}

export const DEFAULT_CONFIRMATION_CODE = '123456';

export async function createLocalCognito(options: LocalCognitoOptions): Promise<LocalCognito> {
  const state = new CognitoState(options);
  const keyStore = options.keyStore ?? inMemoryKeyStore();
  const keys = new Map<string, PoolKeys>();
  for (const pool of state.allPools()) keys.set(pool.id, await loadOrCreatePoolKeys(pool.id, keyStore));
  const edgeUrl = options.edgeUrl.replace(/\/+$/, '');
  const clock = options.clock ?? systemClock;
  const context: CognitoContext = {
    state,
    keys,
    clock,
    ids: options.ids ?? { next: () => randomUUID() },
    logger: options.logger ?? jsonLinesLogger(),
    confirmationCode: options.confirmationCode ?? DEFAULT_CONFIRMATION_CODE,
    sessions: new Map(),
    startedAt: clock.now().getTime(),
    issuer: (poolId) => `${edgeUrl}/${poolId}`,
  };
  return {
    service: cognitoApiService(context, options.onChange),
    wellKnownRoute: (request) => wellKnownResponse(context, request),
    issuer: (poolId) => context.issuer(poolId),
    snapshot: () => state.snapshot(),
    restore: (snapshot) => {
      state.restore(snapshot);
    },
  };
}
