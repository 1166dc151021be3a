import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { resolveTemplate, type Json, type LocalStack } from '../../../../assembly';
import { startEdgeTestServer, testClientConfig, type EdgeTestServer } from '../../../../testing/edge-test-server';
import {
  createLocalEventBridge,
  type EventBridgeLogger,
  type LocalEventBridge,
  type LocalEventBridgeOptions,
} from '../../..';
import { FakeTargetPorts } from './fake-target-ports';

export const NOW = new Date('2026-11-24T10:00:00.123Z');
export const ACCOUNT = '000000000000';
export const SHOP_BUS_ARN = 'arn:aws:events:us-east-1:000000000000:event-bus/ecommerce-dev';

/** A stage's bus as the CDK app declares it, plus an archive of every event. */
export const SHOP_TEMPLATE = {
  Resources: {
    Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'ecommerce-dev', Description: 'Domain events' } },
    Archive: {
      Type: 'AWS::Events::Archive',
      Properties: { ArchiveName: 'ecommerce-dev-all', SourceArn: { 'Fn::GetAtt': ['Bus', 'Arn'] } },
    },
  },
} as const;

export function stackOf(template: object, stackName = 'Shop-dev'): LocalStack {
  // Test templates are JSON literals; the assertion only widens their literal types.
  return resolveTemplate(template as Json, { stackName });
}

/** The shop template plus extra resources. */
export function shopStackWith(resources: Record<string, object>): LocalStack {
  return stackOf({ Resources: { ...SHOP_TEMPLATE.Resources, ...resources } });
}

/** Keeps log lines for assertions instead of printing them. */
export class CapturingLogger implements EventBridgeLogger {
  readonly lines: { level: string; message: string; fields: Readonly<Record<string, unknown>> }[] = [];
  debug(message: string, fields: Readonly<Record<string, unknown>>): void {
    this.lines.push({ level: 'debug', message, fields });
  }
  warn(message: string, fields: Readonly<Record<string, unknown>>): void {
    this.lines.push({ level: 'warn', message, fields });
  }
  error(message: string, fields: Readonly<Record<string, unknown>>): void {
    this.lines.push({ level: 'error', message, fields });
  }
  at(level: string): { message: string; fields: Readonly<Record<string, unknown>> }[] {
    return this.lines.filter((line) => line.level === level);
  }
}

export interface Harness {
  readonly eventBridge: LocalEventBridge;
  readonly sdk: EventBridgeClient;
  readonly server: EdgeTestServer;
  readonly logger: CapturingLogger;
  readonly ports: FakeTargetPorts;
  close(): Promise<void>;
}

/**
 * The local EventBridge over the shop template (or the given stacks), behind a test edge, with deterministic time and
 * ids, recording target ports, and retry waits scaled down so a whole retry cycle takes milliseconds.
 */
export async function startHarness(overrides: Partial<LocalEventBridgeOptions> = {}): Promise<Harness> {
  const logger = new CapturingLogger();
  const ports = new FakeTargetPorts();
  let events = 0;
  const eventBridge = createLocalEventBridge({
    stacks: [stackOf(SHOP_TEMPLATE)],
    now: () => NOW,
    newEventId: () => `event-${String(++events)}`,
    logger,
    targets: ports,
    timeScale: 0.0001,
    random: () => 0.5,
    ...overrides,
  });
  const server = await startEdgeTestServer(eventBridge.service);
  const sdk = new EventBridgeClient(testClientConfig(server));
  return {
    eventBridge,
    sdk,
    server,
    logger,
    ports,
    close: async () => {
      sdk.destroy();
      await eventBridge.stop();
      await server.close();
    },
  };
}
