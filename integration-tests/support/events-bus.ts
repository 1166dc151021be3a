import { PutEventsCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { E2E_SOURCE } from './events-test-app';

/** An event the tests put: the source is always E2E_SOURCE. */
export interface TestEvent {
  readonly detailType: string;
  readonly detail: Record<string, unknown>;
  /** The event's own time; EventBridge uses the time it received the event when absent. */
  readonly time?: Date;
}

/**
 * The error codes EventBridge documents for the ERROR_CODE attribute of its dead-letter messages ("Using dead-letter
 * queues to process undelivered events", EventBridge user guide).
 */
export const EVENTBRIDGE_DLQ_ERROR_CODES = [
  'CONNECTION_FAILURE',
  'CROSS_ACCOUNT_INGESTION_FAILED',
  'CROSS_REGION_INGESTION_FAILED',
  'ERROR_FROM_TARGET',
  'EVENTS_IN_BATCH_REQUEST_REJECTED',
  'FAILED_TO_ASSUME_ROLE',
  'INTERNAL_ERROR',
  'INVALID_JSON',
  'INVALID_PARAMETER',
  'NO_PERMISSIONS',
  'NO_RESOURCE',
  'RESOURCE_ALREADY_EXISTS',
  'RESOURCE_LIMIT_EXCEEDED',
  'RESOURCE_MODIFICATION_COLLISION',
  'RULE_NOT_FOUND',
  'SDK_CLIENT_ERROR',
  'THIRD_ACCOUNT_HOP_DETECTED',
  'THIRD_REGION_HOP_DETECTED',
  'THROTTLING',
  'TIMEOUT',
  'TRANSIENT_ASSUME_ROLE',
  'UNKNOWN',
] as const;

/** The app's bus as the tests use it: PutEvents through the SDK, remembering every event id it was given. */
export class TestBus {
  /** Every event put so far, in order. */
  readonly putEventIds: string[] = [];

  constructor(
    private readonly events: EventBridgeClient,
    readonly busName: string,
    /** The account events carry (the local account). */
    readonly account: string,
  ) {}

  /** Puts the entries in one PutEvents call; fails if any is refused. Returns their event ids, in order. */
  async put(...entries: readonly TestEvent[]): Promise<string[]> {
    const response = await this.events.send(
      new PutEventsCommand({
        Entries: entries.map((entry) => ({
          EventBusName: this.busName,
          Source: E2E_SOURCE,
          DetailType: entry.detailType,
          Detail: JSON.stringify(entry.detail),
          ...(entry.time === undefined ? {} : { Time: entry.time }),
        })),
      }),
    );
    if (response.FailedEntryCount !== 0) throw new Error(`PutEvents refused entries: ${JSON.stringify(response.Entries)}`);
    const ids = (response.Entries ?? []).map((entry) => entry.EventId ?? '');
    this.putEventIds.push(...ids);
    return ids;
  }

  async putOne(entry: TestEvent): Promise<string> {
    return single(await this.put(entry));
  }

  /** The envelope EventBridge builds for an event put with an explicit time. */
  envelope(id: string, entry: TestEvent & { readonly time: Date }): Record<string, unknown> {
    return {
      version: '0',
      id,
      'detail-type': entry.detailType,
      source: E2E_SOURCE,
      account: this.account,
      time: eventTime(entry.time),
      region: 'us-east-1',
      resources: [],
      detail: entry.detail,
    };
  }
}

/** A rule's name and bus from its ARN (`arn:aws:events:<region>:<account>:rule/<bus>/<name>`). */
export function ruleOf(ruleArn: string): { Name: string; EventBusName: string } {
  const [, busName = '', name = ''] = (ruleArn.split(':')[5] ?? '').split('/');
  return { Name: name, EventBusName: busName };
}

/** An event's time as EventBridge renders it: ISO 8601 to the second. */
export function eventTime(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Exactly one item, or a failure saying how many there were. */
export function single<T>(items: readonly T[]): T {
  const [first] = items;
  if (first === undefined || items.length !== 1) throw new Error(`Expected exactly one item, got ${items.length}`);
  return first;
}
