import type { JsonObject } from '../assembly';

/**
 * An event as EventBridge delivers it to rules, targets and archives: the envelope around the publisher's entry.
 * Field names are EventBridge's own (`detail-type`), so the object can be handed to a target as is.
 */
export interface EventBridgeEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  /** UTC to the second, as EventBridge writes it: `2026-11-24T10:00:00Z`. */
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: JsonObject;
}

/** EventBridge drops the milliseconds: an entry's `Time` and the receive time are both shown to the second. */
export function eventTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The event as plain JSON, for pattern matching, templates and storage (an interface has no index signature). */
export function eventAsJson(event: EventBridgeEvent): JsonObject {
  return { ...event };
}
