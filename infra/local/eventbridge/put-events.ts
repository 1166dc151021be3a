import { isJsonObject, type JsonObject } from '../assembly/json';
import { DEFAULT_BUS_NAME, type EventBuses } from './event-buses';
import { eventTime, type EventBridgeEvent } from './event-envelope';
import type { EventLog } from './event-log';
import type { EventBridgeLogger } from './eventbridge-logger';
import { readPutEventsEntries, type PutEventsEntry } from './put-events-request';

/** What PutEvents needs from the bus around it. */
export interface PutEventsContext {
  readonly accountId: string;
  readonly region: string;
  readonly buses: EventBuses;
  readonly log: EventLog;
  readonly now: () => Date;
  readonly newEventId: () => string;
  readonly logger: EventBridgeLogger;
}

type ResultEntry = { readonly EventId: string } | { readonly ErrorCode: string; readonly ErrorMessage: string };

/**
 * PutEvents as EventBridge answers it: whole-request checks first (thrown), then each entry on its own, in order — a
 * bad entry gets ErrorCode/ErrorMessage in its slot and the others still go through.
 */
export function putEvents(context: PutEventsContext, input: JsonObject): JsonObject {
  const entries = readPutEventsEntries(input);
  const results = entries.map((entry) => putEntry(context, entry));
  return {
    FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length,
    Entries: results,
  };
}

function putEntry(context: PutEventsContext, entry: PutEventsEntry): ResultEntry {
  const checked = checkEntry(entry);
  if ('ErrorCode' in checked) return checked;
  const event: EventBridgeEvent = {
    version: '0',
    id: context.newEventId(),
    'detail-type': checked.detailType,
    source: checked.source,
    account: context.accountId,
    time: eventTime(entry.time ?? context.now()),
    region: context.region,
    resources: entry.resources ?? [],
    detail: checked.detail,
  };
  const busName = entry.eventBusName ?? DEFAULT_BUS_NAME;
  const bus = context.buses.find(busName);
  if (bus === undefined) {
    // AWS accepts an event for a bus that does not exist — an EventId, no error — and drops it. We answer the same,
    // so code that works here behaves the same there, but say so loudly: it is almost always a wiring mistake.
    context.logger.warn('event dropped: the event bus does not exist (AWS accepts and drops it too)', {
      service: 'events',
      eventBusName: busName,
      eventId: event.id,
      source: event.source,
      detailType: event['detail-type'],
    });
    return { EventId: event.id };
  }
  context.log.append({ bus, event });
  return { EventId: event.id };
}

interface CheckedEntry {
  readonly source: string;
  readonly detailType: string;
  readonly detail: JsonObject;
}

/** EventBridge's per-entry checks, in its order, with its codes and messages. */
function checkEntry(entry: PutEventsEntry): CheckedEntry | Extract<ResultEntry, { ErrorCode: string }> {
  const { source, detailType, detail } = entry;
  if (source === undefined || source === '') return missing('Source');
  if (detailType === undefined || detailType === '') return missing('DetailType');
  if (detail === undefined || detail === '') return missing('Detail');
  const parsed = parseJsonObject(detail);
  // Valid JSON that is not an object (an array, a string, a number) is malformed too.
  if (parsed === undefined) return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  return { source, detailType, detail: parsed };
}

function missing(name: string): { ErrorCode: string; ErrorMessage: string } {
  return {
    ErrorCode: 'InvalidArgument',
    ErrorMessage: `Parameter ${name} is not valid. Reason: ${name} is a required argument.`,
  };
}

function parseJsonObject(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
