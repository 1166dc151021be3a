import { randomUUID } from 'node:crypto';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION, type LocalStack } from '../assembly';
import type { EdgeService } from '../edge/protocol';
import { EventBuses } from './event-buses';
import { EventLog } from './event-log';
import { eventBridgeApiService } from './eventbridge-api';
import { silentEventBridgeLogger, type EventBridgeLogger } from './eventbridge-logger';

export interface LocalEventBridgeOptions {
  /** The loaded stacks: their buses are the account's buses besides `default`, in their account and region. */
  readonly stacks: readonly LocalStack[];
  readonly now?: () => Date;
  readonly newEventId?: () => string;
  readonly newRequestId?: () => string;
  readonly logger?: EventBridgeLogger;
  /** How many events the log keeps per bus for inspection (listeners see all). Default 10 000. */
  readonly retainedEventsPerBus?: number;
}

/** The EventBridge subsystem, wired: what the edge serves and where accepted events can be observed. */
export interface LocalEventBridge {
  /** Mount on the edge (signing name `events`, target prefix `AWSEvents`). */
  readonly service: EdgeService;
  readonly buses: EventBuses;
  /** Every accepted event, per bus; `onEvent` is where the rule engine plugs in. */
  readonly log: EventLog;
}

/**
 * The bus, first slice: PutEvents onto the template's buses, recorded in the event log. Rules are refused at start —
 * without a rule engine a rule would silently never fire, and every result downstream of it would be a lie.
 */
export function createLocalEventBridge(options: LocalEventBridgeOptions): LocalEventBridge {
  const { stacks } = options;
  refuseRules(stacks);
  // One account and region for every stack: the loader resolves them all into the same local environment.
  const location = { accountId: stacks[0]?.accountId ?? LOCAL_ACCOUNT_ID, region: stacks[0]?.region ?? LOCAL_REGION };
  const logger = options.logger ?? silentEventBridgeLogger;
  const buses = EventBuses.fromStacks(location, stacks);
  const log = new EventLog((error, published) => {
    logger.error('event listener failed', {
      service: 'events',
      eventBusName: published.bus.name,
      eventId: published.event.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }, options.retainedEventsPerBus);
  const now = options.now ?? (() => new Date());
  const service = eventBridgeApiService({
    ...location,
    buses,
    log,
    now,
    newEventId: options.newEventId ?? randomUUID,
    logger,
    createdAt: now(),
    ...(options.newRequestId === undefined ? {} : { newRequestId: options.newRequestId }),
  });
  return { service, buses, log };
}

function refuseRules(stacks: readonly LocalStack[]): void {
  const rules = stacks.flatMap((stack) => stack.byType('AWS::Events::Rule').map((rule) => rule.logicalId));
  if (rules.length > 0) {
    throw new Error(`EventBridge rules are not supported by this local cloud yet: ${rules.join(', ')}`);
  }
}
