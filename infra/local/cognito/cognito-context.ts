import type { Clock } from '../../../domains/shared/clock';
import type { IdGenerator } from '../../../domains/shared/ids';
import type { CognitoState } from './cognito-state';
import type { PoolKeys } from './signing-keys';

/**
 * What the local Cognito tells the operator: request lines at debug, "deliveries" (codes, invitations) at info,
 * its own failures at error. Request bodies are never logged: they carry passwords and tokens.
 */
export interface CognitoLogger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** A pending NEW_PASSWORD_REQUIRED challenge, answered with RespondToAuthChallenge within a few minutes. */
export interface ChallengeSession {
  readonly poolId: string;
  readonly clientId: string;
  readonly username: string;
  readonly expiresAt: number;
}

/** Everything an operation needs; built once by `createLocalCognito`. */
export interface CognitoContext {
  readonly state: CognitoState;
  readonly keys: ReadonlyMap<string, PoolKeys>;
  readonly clock: Clock;
  /** Cognito's ids (`sub`, `jti`, `event_id`…) are UUIDs. */
  readonly ids: IdGenerator;
  readonly logger: CognitoLogger;
  /** The code every sign-up is confirmed with; it is logged as the "delivered" message. */
  readonly confirmationCode: string;
  readonly sessions: Map<string, ChallengeSession>;
  /** Epoch milliseconds the local Cognito started: the creation date of template-declared groups. */
  readonly startedAt: number;
  /** `${edgeUrl}/${poolId}`: the `iss` of the pool's tokens and the base of its JWKS URL. */
  issuer(poolId: string): string;
}

/** Epoch seconds, the unit of JWT times and of awsJson timestamps. */
export const epochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

export function poolKeys(context: CognitoContext, poolId: string): PoolKeys {
  const keys = context.keys.get(poolId);
  if (keys === undefined) throw new Error(`No signing keys loaded for user pool ${poolId}`);
  return keys;
}
