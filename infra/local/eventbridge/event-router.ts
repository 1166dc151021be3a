import type { Archives } from './archives/archives';
import type { TargetDispatcher } from './delivery/target-dispatcher';
import { eventAsJson } from './event-envelope';
import type { EventListener, PublishedEvent } from './event-log';
import type { EventBridgeLogger } from './eventbridge-logger';
import type { RuleRegistry } from './rules/rule-registry';
import type { SchemaViolations } from './schemas/schema-violations';

export interface EventRouterParts {
  readonly rules: RuleRegistry;
  readonly archives: Archives;
  readonly schemaViolations: SchemaViolations;
  readonly dispatcher: TargetDispatcher;
  readonly now: () => Date;
  readonly logger: EventBridgeLogger;
}

/**
 * What happens to an accepted event, synchronously inside PutEvents (cheap work only): checked against its registered
 * schema, filed in the bus's archives, matched against the bus's enabled rules — and one delivery per target of each
 * matched rule handed to the dispatcher, which delivers after PutEvents has answered. Each step is guarded on its
 * own: a failing archive write must not stop rule delivery.
 */
export function eventRouter(parts: EventRouterParts): EventListener {
  return ({ bus, event }: PublishedEvent) => {
    const ingestionTime = parts.now();
    const guarded = (step: string, run: () => void): void => {
      try {
        run();
      } catch (error) {
        parts.logger.error(`event ${step} failed`, {
          service: 'events',
          eventBusName: bus.name,
          eventId: event.id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
      }
    };
    guarded('schema check', () => {
      parts.schemaViolations.check(bus.name, event);
    });
    guarded('archiving', () => {
      parts.archives.record(bus, event, ingestionTime);
    });
    guarded('rule matching', () => {
      for (const { definition, targets } of parts.rules.matching(bus.name, eventAsJson(event))) {
        for (const target of targets.values()) {
          parts.dispatcher.dispatch({ ruleName: definition.name, ruleArn: definition.arn, target, event, ingestionTime });
        }
      }
    });
  };
}
