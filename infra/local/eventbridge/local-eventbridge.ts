import { randomUUID } from 'node:crypto';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION, type LocalStack } from '../assembly';
import type { EdgeRoute, EdgeService } from '../edge/protocol';
import { Archives } from './archives/archives';
import { TargetDispatcher } from './delivery/target-dispatcher';
import { TargetDeliveryError, type TargetPorts } from './delivery/target-ports';
import { EventBuses } from './event-buses';
import { EventLog } from './event-log';
import { eventRouter } from './event-router';
import { eventBridgeApiService } from './eventbridge-api';
import type { EventBridgeContext } from './eventbridge-context';
import { silentEventBridgeLogger, type EventBridgeLogger } from './eventbridge-logger';
import { RuleRegistry } from './rules/rule-registry';
import { templateRules } from './rules/template-rules';
import { SchemaRegistry } from './schemas/schema-registry';
import { SchemaViolations, type SchemaViolation } from './schemas/schema-violations';
import { schemasApiService } from './schemas/schemas-api';
import { StartProblems } from './start-problems';
import type { TargetKind } from './targets/target';

export interface LocalEventBridgeOptions {
  /** The loaded stacks: buses, rules, archives and schema registries, in their account and region. */
  readonly stacks: readonly LocalStack[];
  /**
   * How targets are reached (Lambda, SQS; Step Functions and Kinesis when given). Without ports a template rule with
   * targets stops the start, and PutTargets refuses every target.
   */
  readonly targets?: TargetPorts;
  /** Archives persist under `<dataDir>/eventbridge/archives/`; in memory without it. */
  readonly dataDir?: string;
  /** Scales retry waits and event ages (tests run a day of retries in milliseconds). Default 1. */
  readonly timeScale?: number;
  /** Jitter source for retry backoff, in [0, 1). */
  readonly random?: () => number;
  readonly now?: () => Date;
  readonly newEventId?: () => string;
  readonly newRequestId?: () => string;
  readonly logger?: EventBridgeLogger;
  /** How many events the log keeps per bus for inspection (listeners see all). Default 10 000. */
  readonly retainedEventsPerBus?: number;
}

/** The EventBridge subsystem, wired: what the edge serves and what the rest of the local cloud can observe. */
export interface LocalEventBridge {
  /** Mount on the edge (signing name `events`, target prefix `AWSEvents`). */
  readonly service: EdgeService;
  /** The Schemas API (signing name `schemas`, restJson) over the template's registries. */
  readonly schemasService: EdgeService;
  /** `GET /_local/schema-violations`, for the edge's routes. */
  readonly schemaViolationsRoute: EdgeRoute;
  readonly buses: EventBuses;
  /** Every accepted event, per bus; `onEvent` to observe them. */
  readonly log: EventLog;
  readonly rules: RuleRegistry;
  /** The template's archives; `eventsBetween(name, from, to)` is what a replay reads. */
  readonly archives: Archives;
  /** Events that broke their registered schema (delivered anyway), oldest first. */
  schemaViolations(): readonly SchemaViolation[];
  /** Resolves once every delivery dispatched so far has settled (delivered, dead-lettered or reported lost). */
  idle(): Promise<void>;
  /** Stops delivering: retries still waiting are abandoned. */
  stop(): Promise<void>;
}

/**
 * The local EventBridge: PutEvents onto the template's buses, rules (template and API) matched through a per-bus
 * index, delivery to Lambda and SQS targets with input transformation, retries and dead-letter queues, archives, and
 * the template's schema registry as a dev aid. Throws EventBridgeStartError naming every resource it cannot honour.
 */
export function createLocalEventBridge(options: LocalEventBridgeOptions): LocalEventBridge {
  const { stacks } = options;
  // One account and region for every stack: the loader resolves them all into the same local environment.
  const location = { accountId: stacks[0]?.accountId ?? LOCAL_ACCOUNT_ID, region: stacks[0]?.region ?? LOCAL_REGION };
  const logger = options.logger ?? silentEventBridgeLogger;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const ports = options.targets ?? noPorts;
  const supportedTargets = supportedKinds(options.targets);

  const problems = new StartProblems();
  const buses = EventBuses.fromStacks(location, stacks, startedAt);
  const rules = new RuleRegistry();
  for (const { definition, targets } of templateRules(stacks, buses, supportedTargets, location, problems)) {
    rules.put(definition);
    rules.putTargets(definition.busName, definition.name, targets);
  }
  const archives = Archives.fromStacks(stacks, buses, { now, ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }) }, problems);
  const schemaRegistry = SchemaRegistry.fromStacks(stacks, startedAt, problems);
  problems.throwIfAny();

  const log = new EventLog((error, published) => {
    logger.error('event listener failed', {
      service: 'events',
      eventBusName: published.bus.name,
      eventId: published.event.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }, options.retainedEventsPerBus);
  const dispatcher = new TargetDispatcher({
    ports,
    logger,
    ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
    ...(options.random === undefined ? {} : { random: options.random }),
  });
  const schemaViolations = new SchemaViolations(schemaRegistry, logger);
  log.onEvent(eventRouter({ rules, archives, schemaViolations, dispatcher, now, logger }));

  const context: EventBridgeContext = {
    ...location,
    buses,
    log,
    rules,
    archives,
    supportedTargets,
    now,
    newEventId: options.newEventId ?? randomUUID,
    logger,
  };
  return {
    service: eventBridgeApiService(context, options.newRequestId),
    schemasService: schemasApiService(schemaRegistry, logger),
    schemaViolationsRoute: schemaViolations.route(),
    buses,
    log,
    rules,
    archives,
    schemaViolations: () => schemaViolations.list(),
    idle: () => dispatcher.idle(),
    stop: () => {
      dispatcher.stop();
      return Promise.resolve();
    },
  };
}

function supportedKinds(ports: TargetPorts | undefined): ReadonlySet<TargetKind> {
  if (ports === undefined) return new Set();
  const kinds: TargetKind[] = ['lambda', 'sqs'];
  if (ports.startStepFunctionsExecution !== undefined) kinds.push('step-functions');
  if (ports.putKinesisRecord !== undefined) kinds.push('kinesis');
  return new Set(kinds);
}

/** Never called: with no ports no target kind is supported, so no target exists to deliver to. */
const noPorts: TargetPorts = {
  invokeLambdaAsync: () => Promise.reject(new TargetDeliveryError('INTERNAL_ERROR', 'no Lambda port wired', false)),
  sendSqsMessage: () => Promise.reject(new TargetDeliveryError('INTERNAL_ERROR', 'no SQS port wired', false)),
};
