import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { EventValidationError, type OutgoingEvent } from './event-contract';

/** PutEvents limits: 10 entries per call; 256 KB per entry and per call, sized as EventBridge sizes entries. */
export const MAX_ENTRIES_PER_CALL = 10;
export const MAX_BYTES = 256 * 1024;

export interface SizedEntry {
  readonly event: OutgoingEvent;
  readonly entry: PutEventsRequestEntry;
  readonly bytes: number;
}

/**
 * Validates the event as it will travel (after a JSON round trip, so what is checked is what is sent) and
 * serializes it to a PutEvents entry. Throws EventValidationError when invalid or over the entry size limit.
 */
export function toSizedEntry(event: OutgoingEvent, eventBusName: string): SizedEntry {
  const { contract, detail, resources } = event;
  const detailJson = JSON.stringify(detail);
  const sent = { source: contract.source, 'detail-type': contract.detailType, detail: JSON.parse(detailJson) as unknown };
  contract.validateEvent(sent);

  const entry: PutEventsRequestEntry = {
    Source: contract.source,
    DetailType: contract.detailType,
    Detail: detailJson,
    EventBusName: eventBusName,
    ...(resources === undefined ? {} : { Resources: resources }),
  };
  const bytes = entrySize(entry);
  if (bytes > MAX_BYTES) {
    throw new EventValidationError(`${contract.detailType} v${contract.schemaVersion}`, [
      { path: '/detail', message: `makes a ${bytes}-byte PutEvents entry; the limit is ${MAX_BYTES} bytes` },
    ]);
  }
  return { event, entry, bytes };
}

/**
 * Entry size as EventBridge computes it ("Calculating Amazon EventBridge PutEvents event entry size"):
 * UTF-8 bytes of Source, DetailType, Detail and each Resource, plus 14 bytes when Time is set.
 * EventBusName does not count.
 */
export function entrySize(entry: PutEventsRequestEntry): number {
  const utf8 = (text: string | undefined): number => (text === undefined ? 0 : Buffer.byteLength(text, 'utf8'));
  const resources = (entry.Resources ?? []).reduce((sum, resource) => sum + utf8(resource), 0);
  return (entry.Time === undefined ? 0 : 14) + utf8(entry.Source) + utf8(entry.DetailType) + utf8(entry.Detail) + resources;
}

/** Packs entries, in order, into calls of at most 10 entries and 256 KB. */
export function packIntoCalls(entries: readonly SizedEntry[]): SizedEntry[][] {
  const calls: SizedEntry[][] = [];
  let current: SizedEntry[] = [];
  let currentBytes = 0;
  for (const sized of entries) {
    const full = current.length === MAX_ENTRIES_PER_CALL || currentBytes + sized.bytes > MAX_BYTES;
    if (full && current.length > 0) {
      calls.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(sized);
    currentBytes += sized.bytes;
  }
  if (current.length > 0) calls.push(current);
  return calls;
}
