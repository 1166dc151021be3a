import type { EdgeResponse, EdgeRoute } from '../../edge/protocol';
import { eventAsJson, type EventBridgeEvent } from '../event-envelope';
import type { EventBridgeLogger } from '../eventbridge-logger';
import type { RegisteredSchema, SchemaRegistry } from './schema-registry';

/** An accepted event that does not validate against any schema registered for its source and detail-type. */
export interface SchemaViolation {
  readonly eventId: string;
  readonly eventBusName: string;
  readonly source: string;
  readonly detailType: string;
  /** The event's own time. */
  readonly time: string;
  /** The schemas it was checked against, as `<registry>/<schema>`. */
  readonly schemas: readonly string[];
  readonly errors: readonly { readonly schema: string; readonly path: string; readonly message: string }[];
}

/** How many violations are kept for inspection; the count covers all. */
export const RETAINED_VIOLATIONS = 1000;

export const SCHEMA_VIOLATIONS_PATH = '/_local/schema-violations';

/**
 * Schemas as a dev aid: AWS does not enforce the registry, so an event that breaks its schema is still delivered, but
 * locally it is logged as a warning, counted and listed (`GET /_local/schema-violations`).
 */
export class SchemaViolations {
  private readonly retained: SchemaViolation[] = [];
  private total = 0;

  constructor(
    private readonly registry: SchemaRegistry,
    private readonly logger: EventBridgeLogger,
  ) {}

  /** Checks the event against its registered draft-04 schemas; it conforms when any of them accepts it. */
  check(eventBusName: string, event: EventBridgeEvent): void {
    const schemas = this.registry
      .schemasFor(event.source, event['detail-type'])
      .filter((schema): schema is RegisteredSchema & Required<Pick<RegisteredSchema, 'validate'>> => schema.validate !== undefined);
    if (schemas.length === 0) return;
    const json = eventAsJson(event);
    const errors: SchemaViolation['errors'][number][] = [];
    for (const schema of schemas) {
      if (schema.validate(json)) return;
      for (const error of schema.validate.errors ?? []) {
        errors.push({ schema: schemaId(schema), path: error.instancePath, message: error.message ?? error.keyword });
      }
    }
    this.record({
      eventId: event.id,
      eventBusName,
      source: event.source,
      detailType: event['detail-type'],
      time: event.time,
      schemas: schemas.map(schemaId),
      errors,
    });
  }

  list(): readonly SchemaViolation[] {
    return [...this.retained];
  }

  get count(): number {
    return this.total;
  }

  /** `GET /_local/schema-violations` on the edge: `{ count, violations }` (most recent last). */
  route(): EdgeRoute {
    return {
      name: 'events-schemas',
      answer: (request) => {
        if (request.path !== SCHEMA_VIOLATIONS_PATH || request.method !== 'GET') return undefined;
        const response: EdgeResponse = {
          status: 200,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          body: JSON.stringify({ count: this.total, violations: this.retained }),
        };
        return response;
      },
    };
  }

  private record(violation: SchemaViolation): void {
    this.total++;
    this.retained.push(violation);
    if (this.retained.length > RETAINED_VIOLATIONS) this.retained.shift();
    this.logger.warn('event does not match its registered schema (delivered anyway: AWS does not enforce schemas)', {
      service: 'events',
      ...violation,
    });
  }
}

function schemaId(schema: RegisteredSchema): string {
  return `${schema.registryName}/${schema.name}`;
}
