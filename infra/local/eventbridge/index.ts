/**
 * The local EventBridge, first slice: PutEvents with AWS's validation onto the template's buses, ListEventBuses,
 * DescribeEventBus, and an in-memory per-bus event log with a subscribe hook for the rule engine to come.
 */
export { createLocalEventBridge, type LocalEventBridge, type LocalEventBridgeOptions } from './local-eventbridge';
export { DEFAULT_BUS_NAME, EventBuses, type BusLocation, type EventBus } from './event-buses';
export { eventTime, type EventBridgeEvent } from './event-envelope';
export { DEFAULT_RETAINED_EVENTS_PER_BUS, EventLog, type EventListener, type PublishedEvent } from './event-log';
export { EVENTBRIDGE_TARGET_PREFIX } from './eventbridge-api';
export { silentEventBridgeLogger, type EventBridgeLogger } from './eventbridge-logger';
export { entrySize, MAX_ENTRIES, MAX_TOTAL_ENTRY_BYTES, type PutEventsEntry } from './put-events-request';
