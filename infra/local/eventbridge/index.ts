/**
 * The local EventBridge: PutEvents onto the template's buses; rules from the template and the API with the complete
 * event-pattern language, matched through a per-bus index; delivery to Lambda and SQS targets (Step Functions and
 * Kinesis once wired) with Input/InputPath/InputTransformer, retries with backoff and dead-letter queues; archives;
 * TestEventPattern; and the template's schema registry (Schemas API, violations as a dev aid).
 */
export { createLocalEventBridge, type LocalEventBridge, type LocalEventBridgeOptions } from './local-eventbridge';
export { busNameOf, DEFAULT_BUS_NAME, EventBuses, type BusLocation, type EventBus } from './event-buses';
export { eventAsJson, eventTime, type EventBridgeEvent } from './event-envelope';
export { DEFAULT_RETAINED_EVENTS_PER_BUS, EventLog, type EventListener, type PublishedEvent } from './event-log';
export { EVENTBRIDGE_TARGET_PREFIX } from './eventbridge-api';
export { silentEventBridgeLogger, type EventBridgeLogger } from './eventbridge-logger';
export { entrySize, MAX_ENTRIES, MAX_TOTAL_ENTRY_BYTES, type PutEventsEntry } from './put-events-request';
export { EventBridgeStartError } from './start-problems';
export {
  TargetDeliveryError,
  type DeliveryErrorCode,
  type SqsMessageAttribute,
  type SqsSendOptions,
  type TargetPorts,
} from './delivery/target-ports';
export type { DeliveryFailure, ExhaustedRetryCondition } from './delivery/dead-letter';
export { retryDelaySeconds } from './delivery/retry-schedule';
export { RuleRegistry, type RuleEntry } from './rules/rule-registry';
export { RuleIndex } from './rules/rule-index';
export { isEnabled, ruleArn, type RuleDefinition, type RuleState } from './rules/rule';
export { DEFAULT_RETRY_POLICY, parseTarget, TargetConfigError, type Target, type TargetKind } from './targets/target';
export { Archives } from './archives/archives';
export type { ArchivedEvent } from './archives/archive-journal';
export { SCHEMA_VIOLATIONS_PATH, type SchemaViolation } from './schemas/schema-violations';
