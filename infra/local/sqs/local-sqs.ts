import { randomUUID } from 'node:crypto';
import { DEFAULT_ENDPOINTS, LOCAL_ACCOUNT_ID, LOCAL_REGION, type LocalResource, type LocalStack } from '../assembly';
import type { Json } from '../assembly/json';
import type { EdgeService } from '../edge/protocol';
import { startSqsEventSource, type SqsEventSource, type SqsEventSourceOptions } from './event-source/sqs-event-source';
import { QueueRegistry } from './queue-registry';
import { sqsApiService } from './sqs-api';
import { sqsClock, type SqsClock } from './sqs-clock';
import { SqsError } from './sqs-errors';
import { silentSqsLogger, type SqsLogger } from './sqs-logger';

export interface LocalSqsOptions {
  /** The loaded stacks: their `AWS::SQS::Queue` resources are the account's queues at start. */
  readonly stacks: readonly LocalStack[];
  /** Queue URLs of queues created at runtime are `<edgeUrl>/<account>/<name>`. Default `http://127.0.0.1:4566`. */
  readonly edgeUrl?: string;
  readonly now?: () => Date;
  /** Scales every SQS duration (visibility, delays, retention, waits, batching windows); tests use e.g. 0.01. */
  readonly timeScale?: number;
  readonly logger?: SqsLogger;
  /** Message ids and receipt tokens. */
  readonly newId?: () => string;
  readonly newRequestId?: () => string;
}

/** What the wiring passes to start one SQS → Lambda mapping; queue, clock and logger come from the subsystem. */
export type EventSourceStart = Omit<SqsEventSourceOptions, 'queue' | 'clock' | 'logger'>;

/** The SQS subsystem, wired: what the edge serves, the queues, and the SQS → Lambda event sources it runs. */
export interface LocalSqs {
  /** Mount on the edge (signing name `sqs`, target prefix `AmazonSQS`). */
  readonly service: EdgeService;
  readonly queues: QueueRegistry;
  readonly clock: SqsClock;
  /** Polls the mapping's queue and invokes its function; stopped with the subsystem. */
  startEventSource(options: EventSourceStart): SqsEventSource;
  /** Ends long polls and event sources (waiting for invocations in flight to settle). */
  stop(): Promise<void>;
}

/** Template properties that are queue attributes under the same name (QueueName is the name, RedrivePolicy comes last). */
const ATTRIBUTE_PROPERTIES = [
  'VisibilityTimeout',
  'MessageRetentionPeriod',
  'DelaySeconds',
  'MaximumMessageSize',
  'ReceiveMessageWaitTimeSeconds',
  'FifoQueue',
  'ContentBasedDeduplication',
  'DeduplicationScope',
  'FifoThroughputLimit',
  'RedriveAllowPolicy',
  'SqsManagedSseEnabled',
  'KmsMasterKeyId',
  'KmsDataKeyReusePeriodSeconds',
];

export function createLocalSqs(options: LocalSqsOptions): LocalSqs {
  const { stacks } = options;
  const region = stacks[0]?.region ?? LOCAL_REGION;
  const clock = sqsClock(options);
  const logger = options.logger ?? silentSqsLogger;
  const queues = new QueueRegistry(
    {
      accountId: stacks[0]?.accountId ?? LOCAL_ACCOUNT_ID,
      region,
      partition: partitionOf(region),
      edgeUrl: (options.edgeUrl ?? DEFAULT_ENDPOINTS.edgeUrl).replace(/\/+$/, ''),
    },
    clock,
    options.newId ?? randomUUID,
  );
  createTemplateQueues(
    queues,
    stacks.flatMap((stack) => stack.byType('AWS::SQS::Queue')),
  );
  const stopping = new AbortController();
  const eventSources: SqsEventSource[] = [];
  return {
    service: sqsApiService({
      queues,
      clock,
      stopping: stopping.signal,
      logger,
      ...(options.newRequestId === undefined ? {} : { newRequestId: options.newRequestId }),
    }),
    queues,
    clock,
    startEventSource(start) {
      const queue = queues.byArn(start.mapping.eventSourceArn);
      if (queue === undefined) {
        throw new Error(`SQS event source mapping ${start.mapping.id}: no queue ${start.mapping.eventSourceArn}`);
      }
      const source = startSqsEventSource({ ...start, queue, clock, logger });
      eventSources.push(source);
      return source;
    },
    async stop() {
      stopping.abort();
      await Promise.all(eventSources.map((source) => source.stop()));
    },
  };
}

/**
 * The template's queues, with the same validation CreateQueue applies, failing loudly at start. Redrive policies are
 * set once every queue exists, so a dead-letter queue declared after its source still resolves.
 */
function createTemplateQueues(queues: QueueRegistry, resources: readonly LocalResource[]): void {
  const created = resources.map((resource) => {
    const name = resource.attributes.QueueName;
    if (typeof name !== 'string') throw new Error(`${resource.logicalId} (AWS::SQS::Queue) has no QueueName attribute`);
    const attributes = Object.fromEntries(
      ATTRIBUTE_PROPERTIES.flatMap((property) => {
        const value = resource.properties[property];
        return value === undefined ? [] : [[property, attributeValue(value)]];
      }),
    );
    const queue = atStart(resource, () => queues.create(name, attributes, resource.physicalId));
    return { resource, queue };
  });
  for (const { resource, queue } of created) {
    const policy = resource.properties.RedrivePolicy;
    if (policy === undefined) continue;
    atStart(resource, () => {
      queues.setAttributes(queue, { RedrivePolicy: attributeValue(policy) });
    });
  }
}

/** CloudFormation writes numbers and booleans as such and policies as objects; the API takes strings. */
function attributeValue(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function atStart<T>(resource: LocalResource, create: () => T): T {
  try {
    return create();
  } catch (error) {
    if (!(error instanceof SqsError)) throw error;
    throw new Error(
      `${resource.logicalId} (AWS::SQS::Queue) cannot be created locally: [${error.code}] ${error.message}`,
      {
        cause: error,
      },
    );
  }
}

function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}
