import type { EventDetail } from './envelope';
import { type PrecompiledValidator, validationIssues } from './validation-issues';

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
  /**
   * The validator generated from `schema` at build time: the default export of
   * contracts/generated/validators/events/<domain>/<EventName>.v<major> (`npm run contracts:generate`).
   */
  validate: PrecompiledValidator;
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

/** The Schema Registry name of an event version: `ecommerce.<domain>@<EventName>-v<major>`. */
export const registrySchemaName = (source: string, detailType: string, schemaVersion: string): string =>
  `${source}@${detailType}-v${schemaVersion}`;

export function defineEvent<TData>(spec: EventContractSpec): EventContract<TData> {
  const { source, detailType, schemaVersion, schema, validate } = spec;
  const wellNamed =
    SOURCE_PATTERN.test(source) && DETAIL_TYPE_PATTERN.test(detailType) && MAJOR_VERSION_PATTERN.test(schemaVersion);
  if (!wellNamed) {
    throw new Error(`Invalid event contract ${source} ${detailType} v${schemaVersion}`);
  }
  const eventName = `${detailType} v${schemaVersion}`;

  const contract: EventContract<TData> = {
    source,
    detailType,
    schemaVersion,
    schema,
    schemaName: registrySchemaName(source, detailType, schemaVersion),
    validateEvent(event: unknown): void {
      if (!validate(event)) {
        const issues = validationIssues(validate.errors).map(({ pointer, message }) => ({ path: pointer, message }));
        throw new EventValidationError(eventName, issues);
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
  // Logged events (e.g. the unsent ones of an EventPublishError) show the contract's name, not its whole schema.
  Object.defineProperty(contract, 'toJSON', { value: () => contract.schemaName, enumerable: false });
  return contract;
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
