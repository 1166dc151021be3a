import type { JsonObject } from '../assembly/json';
import type { Archives } from './archives/archives';
import type { PutEventsContext } from './put-events';
import type { RuleRegistry } from './rules/rule-registry';
import type { SupportedKinds } from './targets/target';

/** The state and clocks every EventBridge operation works on. */
export interface EventBridgeContext extends PutEventsContext {
  readonly rules: RuleRegistry;
  /** The target kinds PutTargets accepts: those a delivery port is wired for. */
  readonly supportedTargets: SupportedKinds;
  readonly archives: Archives;
}

/** One awsJson operation: the request's JSON in, the response's JSON out; throws EventBridgeError to fail. */
export type Operation = (context: EventBridgeContext, input: JsonObject) => JsonObject;
