/**
 * The envelope every ecommerce event carries in `detail`: `{ metadata, data }`.
 * The metadata schema below is canonical; each event schema file holds a verbatim copy (schema files must be
 * self-contained for the EventBridge Schema Registry) and a contract test keeps the copies equal to it.
 */

export interface EventMetadata {
  /** ULID; consumers deduplicate on it, so a replayed event is recognised. */
  eventId: string;
  /** Major version of the event's data schema, e.g. "1". */
  schemaVersion: string;
  correlationId: string;
  causationId?: string;
  /** ISO-8601 UTC timestamp of the business fact, not of the publish call. */
  occurredAt: string;
}

export interface EventDetail<TData> {
  metadata: EventMetadata;
  data: TData;
}

/** Draft-04 JSON Schema for {@link EventMetadata}. */
export const eventMetadataSchema = {
  title: 'EventMetadata',
  description: 'Envelope metadata common to every ecommerce event.',
  type: 'object',
  additionalProperties: false,
  required: ['eventId', 'schemaVersion', 'correlationId', 'occurredAt'],
  properties: {
    eventId: {
      description: 'ULID of this event; consumers are idempotent on it.',
      type: 'string',
      pattern: '^[0-9A-HJKMNP-TV-Z]{26}$',
    },
    schemaVersion: {
      description: 'Major version of the data schema, e.g. "1".',
      type: 'string',
      pattern: '^[1-9][0-9]*$',
    },
    correlationId: {
      description: 'Id shared by every event and request of one business flow.',
      type: 'string',
      minLength: 1,
      maxLength: 128,
    },
    causationId: {
      description: 'Id of the event or request that directly caused this event.',
      type: 'string',
      minLength: 1,
      maxLength: 128,
    },
    occurredAt: {
      description: 'When the business fact happened (ISO-8601, UTC).',
      type: 'string',
      format: 'date-time',
    },
  },
} as const;
