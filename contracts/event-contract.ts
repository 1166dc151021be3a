import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { EventDetail } from './envelope';

/** One event type at one major version: what it is called on the bus, its schema and its validator. */
export interface EventContract<TData> {
  readonly source: string;
  readonly detailType: string;
  readonly schemaVersion: string;
  /** The draft-04 schema of the whole EventBridge event, as registered in the Schema Registry. */
  readonly schema: object;
  /** Schema Registry name: `ecommerce.<domain>@<EventName>-v<major>`. */
  readonly schemaName: string;
  /** Throws {@link EventValidationError} unless `event` (`{ source, 'detail-type', detail }`) matches the schema. */
  validateEvent(event: unknown): void;
  /** Type-only marker, never set: it ties `TData` to the contract so `buildEvent` and `parseIncomingEvent` infer it. */
  readonly dataType?: TData;
}

export interface EventValidationIssue {
  /** JSON Pointer into the event, e.g. `/detail/data/price/amount`. */
  path: string;
  message: string;
}

export class EventValidationError extends Error {
  readonly code = 'EVENT_VALIDATION_FAILED';

  constructor(
    readonly eventName: string,
    readonly details: EventValidationIssue[],
  ) {
    const summary = details.map((d) => `${d.path || '(root)'} ${d.message}`).join('; ');
    super(`${eventName} is invalid: ${summary}`);
    this.name = 'EventValidationError';
  }
}

export interface EventContractSpec {
  source: string;
  detailType: string;
  schemaVersion: string;
  schema: object;
}

export interface OutgoingEvent<TData = unknown> {
  contract: EventContract<TData>;
  detail: EventDetail<TData>;
  resources?: string[];
}

export interface EventContext {
  eventId: string;
  occurredAt: string;
  correlationId: string;
  causationId?: string;
}

const SOURCE_PATTERN = /^ecommerce\.[a-z][a-z0-9-]*$/;
const DETAIL_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]*$/;
const MAJOR_VERSION_PATTERN = /^[1-9][0-9]*$/;

// One instance for every contract, created on first use: ajv instances are costly and a Lambda validates few events.
let sharedAjv: Ajv | undefined;
function ajv(): Ajv {
  if (sharedAjv === undefined) {
    sharedAjv = new Ajv({ allErrors: true, strict: true });
    addFormats(sharedAjv);
  }
  return sharedAjv;
}

/** The Schema Registry name of an event version: `ecommerce.<domain>@<EventName>-v<major>`. */
export const registrySchemaName = (source: string, detailType: string, schemaVersion: string): string =>
  `${source}@${detailType}-v${schemaVersion}`;

export function defineEvent<TData>(spec: EventContractSpec): EventContract<TData> {
  const { source, detailType, schemaVersion, schema } = spec;
  const wellNamed =
    SOURCE_PATTERN.test(source) && DETAIL_TYPE_PATTERN.test(detailType) && MAJOR_VERSION_PATTERN.test(schemaVersion);
  if (!wellNamed) {
    throw new Error(`Invalid event contract ${source} ${detailType} v${schemaVersion}`);
  }
  const eventName = `${detailType} v${schemaVersion}`;
  // Compiled on first validation, so a cold start pays only for the schemas it uses.
  let validate: ValidateFunction | undefined;

  return {
    source,
    detailType,
    schemaVersion,
    schema,
    schemaName: registrySchemaName(source, detailType, schemaVersion),
    validateEvent(event: unknown): void {
      validate ??= ajv().compile(schema);
      if (!validate(event)) {
        throw new EventValidationError(eventName, (validate.errors ?? []).map(toIssue));
      }
      // One detail-type carries every major version, so the version is checked here, not in the shared metadata schema.
      const { detail } = event as { detail?: { metadata?: { schemaVersion?: unknown } } };
      const actualVersion = detail?.metadata?.schemaVersion;
      if (actualVersion !== schemaVersion) {
        throw new EventValidationError(eventName, [
          { path: '/detail/metadata/schemaVersion', message: `must be "${schemaVersion}", got ${String(actualVersion)}` },
        ]);
      }
    },
  };
}

/** Builds a publishable event; ids and time come from the caller so the result is deterministic. */
export function buildEvent<TData>(
  contract: EventContract<TData>,
  data: NoInfer<TData>,
  context: EventContext,
): OutgoingEvent<TData> {
  const { eventId, occurredAt, correlationId, causationId } = context;
  const metadata = { eventId, schemaVersion: contract.schemaVersion, correlationId, occurredAt };
  return {
    contract,
    detail: { metadata: causationId === undefined ? metadata : { ...metadata, causationId }, data },
  };
}

/** Validates an event as EventBridge delivered it and returns its detail. */
export function parseIncomingEvent<TData>(contract: EventContract<TData>, event: unknown): EventDetail<TData> {
  contract.validateEvent(event);
  return (event as { detail: EventDetail<TData> }).detail;
}

function toIssue(error: ErrorObject): EventValidationIssue {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === 'required' && params.missingProperty !== undefined) {
    return { path: `${error.instancePath}/${escapePointer(params.missingProperty)}`, message: 'is required' };
  }
  if (error.keyword === 'additionalProperties' && params.additionalProperty !== undefined) {
    return { path: `${error.instancePath}/${escapePointer(params.additionalProperty)}`, message: 'is not allowed' };
  }
  return { path: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
