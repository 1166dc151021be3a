import { SQSClient } from '@aws-sdk/client-sqs';
import { resolveTemplate, type Json, type LocalStack } from '../../../../assembly';
import { startEdgeTestServer, testClientConfig, type EdgeTestServer } from '../../../../testing/edge-test-server';
import {
  createLocalSqs,
  QueueRegistry,
  type LocalSqs,
  type LocalSqsOptions,
  type SqsClock,
  type SqsLogger,
} from '../../..';

export const ACCOUNT = '000000000000';
export const EDGE_URL = 'http://127.0.0.1:4566';
export const START = new Date('2026-11-24T10:00:00.000Z').getTime();

/** A clock the test moves by hand: SQS seconds are real seconds on it, nothing waits in real time. */
export class ManualClock implements SqsClock {
  private current = START;
  now(): number {
    return this.current;
  }
  ms(seconds: number): number {
    return seconds * 1000;
  }
  advance(seconds: number): void {
    this.current += seconds * 1000;
  }
}

/** Deterministic ids: `id-1`, `id-2`… */
export function counterIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next)}`;
}

/** A registry on a manual clock, for the model's semantics. */
export function manualRegistry(): { queues: QueueRegistry; clock: ManualClock } {
  const clock = new ManualClock();
  const queues = new QueueRegistry(
    { accountId: ACCOUNT, region: 'us-east-1', partition: 'aws', edgeUrl: EDGE_URL },
    clock,
    counterIds(),
  );
  return { queues, clock };
}

export function stackOf(template: object, stackName = 'Shop-dev'): LocalStack {
  // Test templates are JSON literals; the assertion only widens their literal types.
  return resolveTemplate(template as Json, { stackName, endpoints: { edgeUrl: EDGE_URL } });
}

/** Keeps log lines for assertions instead of printing them. */
export class CapturingLogger implements SqsLogger {
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

export interface SdkHarness {
  readonly sqs: LocalSqs;
  readonly sdk: SQSClient;
  readonly server: EdgeTestServer;
  readonly logger: CapturingLogger;
  close(): Promise<void>;
}

/** The local SQS behind a test edge, driven by the real SDK v3 client; SQS time runs 100× faster. */
export async function startSdkHarness(overrides: Partial<LocalSqsOptions> = {}): Promise<SdkHarness> {
  const logger = new CapturingLogger();
  const sqs = createLocalSqs({ stacks: [], timeScale: 0.01, logger, edgeUrl: EDGE_URL, ...overrides });
  const server = await startEdgeTestServer(sqs.service);
  const sdk = new SQSClient(testClientConfig(server));
  return {
    sqs,
    sdk,
    server,
    logger,
    close: async () => {
      sdk.destroy();
      await sqs.stop();
      await server.close();
    },
  };
}

/** What `act` throws (undefined when it does not), for assertions made after the clock has moved on. */
export function captured(act: () => unknown): unknown {
  try {
    act();
    return undefined;
  } catch (error) {
    return error;
  }
}
