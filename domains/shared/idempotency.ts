import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { JSONValue } from '@aws-lambda-powertools/commons/types';
import { BadRequestError, ConflictError, UnprocessableError } from './http/errors';
import type { HttpRequest } from './http/request-context';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** Printable, header-safe and long enough for a UUID or ULID with a prefix. */
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

/** How long a key is remembered: a client retrying within a day gets the first outcome. */
const EXPIRES_AFTER_SECONDS = 24 * 60 * 60;

/** Marks an outcome returned from the store rather than produced now (Powertools' response hook sets it). */
const REPLAYED = '__idempotentReplay';

interface IdempotentCall {
  readonly caller: string;
  readonly key: string;
  readonly payload: JSONValue;
}

export interface IdempotentOutcome<T> {
  readonly result: T;
  /** True when this request repeated an earlier one and got its stored result. */
  readonly replayed: boolean;
}

/** The optional `Idempotency-Key` header; a malformed one is a 400, never silently ignored. */
export const idempotencyKeyOf = (request: HttpRequest): string | undefined => {
  const key = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new BadRequestError('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 8-128 characters of A-Z a-z 0-9 _ . : -');
  }
  return key;
};

/**
 * Runs a write at most once per (route, caller, Idempotency-Key), with Powertools' idempotency utility on a DynamoDB
 * table: a repeat with the same body gets the stored result (`replayed`), a repeat with another body is 422
 * `IDEMPOTENCY_KEY_REUSED`, a repeat while the first is still running is 409 `IDEMPOTENCY_KEY_IN_USE`. A failed
 * operation stores nothing, so the client may retry. Without the header the operation simply runs.
 * The result must be JSON-serializable: it is what the store keeps and what a repeat receives.
 */
export class IdempotentWrites {
  private persistence: DynamoDBPersistenceLayer | undefined;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: () => string,
  ) {}

  async run<T>(request: HttpRequest, payload: unknown, operation: () => Promise<T>): Promise<IdempotentOutcome<T>> {
    const key = idempotencyKeyOf(request);
    if (key === undefined) return { result: await operation(), replayed: false };

    const config = new IdempotencyConfig({
      eventKeyJmesPath: '[caller, key]',
      payloadValidationJmesPath: 'payload',
      throwOnNoIdempotencyKey: true,
      expiresAfterSeconds: EXPIRES_AFTER_SECONDS,
      responseHook: (response) => ({ ...(response as Record<string, JSONValue>), [REPLAYED]: true }),
    });
    config.registerLambdaContext(request.lambdaContext);
    // The call's data is only what the key and payload check read; the operation itself is the closure.
    const once = makeIdempotent(async (_call: IdempotentCall) => ({ result: (await operation()) as JSONValue }), {
      persistenceStore: this.store(),
      config,
      keyPrefix: request.routeKey,
      dataIndexArgument: 0,
    });
    try {
      const stored = (await once({ caller: request.caller.sub ?? 'anonymous', key, payload: payload as JSONValue })) as {
        result: T;
        [REPLAYED]?: boolean;
      };
      return { result: stored.result, replayed: stored[REPLAYED] === true };
    } catch (error: unknown) {
      throw translate(error);
    }
  }

  private store(): DynamoDBPersistenceLayer {
    this.persistence ??= new DynamoDBPersistenceLayer({ tableName: this.tableName(), awsSdkV3Client: this.client });
    return this.persistence;
  }
}

const translate = (error: unknown): unknown => {
  if (error instanceof IdempotencyValidationError) {
    return new UnprocessableError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request body');
  }
  if (error instanceof IdempotencyAlreadyInProgressError) {
    return new ConflictError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed');
  }
  // The operation's own errors pass through Powertools unchanged, so domain errors keep their status.
  return error;
};
