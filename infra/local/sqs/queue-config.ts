import { parseRedrivePolicy, renderRedrivePolicy, type RedrivePolicy } from './redrive-policy';
import { sqsErrors } from './sqs-errors';

/** A queue's settable attributes, with AWS's defaults applied. Durations in seconds. */
export interface QueueConfig {
  readonly fifo: boolean;
  readonly delaySeconds: number;
  readonly maximumMessageSize: number;
  readonly messageRetentionPeriod: number;
  readonly receiveMessageWaitTimeSeconds: number;
  readonly visibilityTimeout: number;
  readonly redrivePolicy: RedrivePolicy | undefined;
  /** FIFO only. */
  readonly contentBasedDeduplication: boolean;
  /** FIFO only: deduplicate per queue or per message group. */
  readonly deduplicationScope: 'queue' | 'messageGroup';
  /** FIFO only; a throughput quota, no local effect beyond being reported. */
  readonly fifoThroughputLimit: 'perQueue' | 'perMessageGroupId';
  /** Accepted and reported as given, no local effect: Policy, RedriveAllowPolicy, encryption settings. */
  readonly inert: Readonly<Record<string, string>>;
}

export const MAX_MESSAGE_BYTES = 1_048_576;
export const MAX_VISIBILITY_TIMEOUT_SECONDS = 43_200;
export const MAX_DELAY_SECONDS = 900;
export const MAX_WAIT_TIME_SECONDS = 20;

/** Defaults from the CreateQueue reference. SSE-SQS is on for new queues unless a KMS key is given. */
const DEFAULTS: QueueConfig = {
  fifo: false,
  delaySeconds: 0,
  maximumMessageSize: MAX_MESSAGE_BYTES,
  messageRetentionPeriod: 345_600,
  receiveMessageWaitTimeSeconds: 0,
  visibilityTimeout: 30,
  redrivePolicy: undefined,
  contentBasedDeduplication: false,
  deduplicationScope: 'queue',
  fifoThroughputLimit: 'perQueue',
  inert: { SqsManagedSseEnabled: 'true' },
};

const INTEGER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  DelaySeconds: [0, MAX_DELAY_SECONDS],
  MaximumMessageSize: [1024, MAX_MESSAGE_BYTES],
  MessageRetentionPeriod: [60, 1_209_600],
  ReceiveMessageWaitTimeSeconds: [0, MAX_WAIT_TIME_SECONDS],
  VisibilityTimeout: [0, MAX_VISIBILITY_TIMEOUT_SECONDS],
};
const INERT = [
  'Policy',
  'RedriveAllowPolicy',
  'KmsMasterKeyId',
  'KmsDataKeyReusePeriodSeconds',
  'SqsManagedSseEnabled',
];
const FIFO_ONLY = ['ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit'];
/** Computed attributes: GetQueueAttributes returns them, nothing sets them. */
export const COMPUTED_ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesDelayed',
  'ApproximateNumberOfMessagesNotVisible',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
  'QueueArn',
] as const;

const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO_QUEUE_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;

/** CreateQueue's attributes → the new queue's config; FifoQueue must agree with the `.fifo` suffix of its name. */
export function createConfig(queueName: string, attributes: Readonly<Record<string, string>>): QueueConfig {
  const fifo = attributes.FifoQueue === undefined ? false : parseBoolean('FifoQueue', attributes.FifoQueue);
  if (fifo && !FIFO_QUEUE_NAME.test(queueName)) {
    throw sqsErrors.invalidParameterValue(
      'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.',
    );
  }
  if (!fifo && !QUEUE_NAME.test(queueName)) {
    throw sqsErrors.invalidParameterValue(
      'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
  }
  const settable = Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'FifoQueue'));
  return applyAttributes({ ...DEFAULTS, fifo }, settable);
}

/** SetQueueAttributes: the queue type is fixed at creation. */
export function updateConfig(config: QueueConfig, attributes: Readonly<Record<string, string>>): QueueConfig {
  if (attributes.FifoQueue !== undefined) {
    throw sqsErrors.invalidAttributeValue('FifoQueue', 'Modifying queue type is not supported.');
  }
  return applyAttributes(config, attributes);
}

function applyAttributes(config: QueueConfig, attributes: Readonly<Record<string, string>>): QueueConfig {
  let next: QueueConfig = config;
  for (const [name, value] of Object.entries(attributes)) {
    next = applyAttribute(next, name, value);
  }
  return next;
}

function applyAttribute(config: QueueConfig, name: string, value: string): QueueConfig {
  if (name in INTEGER_RANGES) return { ...config, ...integerAttribute(name, value) };
  if (INERT.includes(name)) {
    const inert = { ...config.inert, [name]: value };
    // A KMS key replaces SSE-SQS unless the caller says otherwise.
    if (name === 'KmsMasterKeyId' && config.inert.SqsManagedSseEnabled === 'true') delete inert.SqsManagedSseEnabled;
    return { ...config, inert };
  }
  if (name === 'RedrivePolicy') return { ...config, redrivePolicy: parseRedrivePolicy(value) };
  if (!config.fifo || !FIFO_ONLY.includes(name)) throw sqsErrors.invalidAttributeName(name);
  switch (name) {
    case 'ContentBasedDeduplication':
      return { ...config, contentBasedDeduplication: parseBoolean(name, value) };
    case 'DeduplicationScope':
      if (value !== 'queue' && value !== 'messageGroup') throw sqsErrors.invalidAttributeValue(name);
      return { ...config, deduplicationScope: value };
    default:
      if (value !== 'perQueue' && value !== 'perMessageGroupId') throw sqsErrors.invalidAttributeValue(name);
      if (value === 'perMessageGroupId' && config.deduplicationScope !== 'messageGroup') {
        throw sqsErrors.invalidAttributeValue(
          name,
          'perMessageGroupId is allowed only with DeduplicationScope messageGroup.',
        );
      }
      return { ...config, fifoThroughputLimit: value };
  }
}

function integerAttribute(name: string, value: string): Partial<QueueConfig> {
  const [min, max] = INTEGER_RANGES[name] ?? [0, 0];
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) throw sqsErrors.invalidAttributeValue(name);
  switch (name) {
    case 'DelaySeconds':
      return { delaySeconds: number };
    case 'MaximumMessageSize':
      return { maximumMessageSize: number };
    case 'MessageRetentionPeriod':
      return { messageRetentionPeriod: number };
    case 'ReceiveMessageWaitTimeSeconds':
      return { receiveMessageWaitTimeSeconds: number };
    default:
      return { visibilityTimeout: number };
  }
}

function parseBoolean(name: string, value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  throw sqsErrors.invalidAttributeValue(name);
}

/** The settable attributes as GetQueueAttributes reports them (all values strings). */
export function configAttributes(config: QueueConfig): Readonly<Record<string, string>> {
  return {
    DelaySeconds: String(config.delaySeconds),
    MaximumMessageSize: String(config.maximumMessageSize),
    MessageRetentionPeriod: String(config.messageRetentionPeriod),
    ReceiveMessageWaitTimeSeconds: String(config.receiveMessageWaitTimeSeconds),
    VisibilityTimeout: String(config.visibilityTimeout),
    ...(config.redrivePolicy === undefined ? {} : { RedrivePolicy: renderRedrivePolicy(config.redrivePolicy) }),
    ...config.inert,
    ...(config.fifo
      ? {
          FifoQueue: 'true',
          ContentBasedDeduplication: String(config.contentBasedDeduplication),
          DeduplicationScope: config.deduplicationScope,
          FifoThroughputLimit: config.fifoThroughputLimit,
        }
      : {}),
  };
}

/**
 * CreateQueue on an existing name succeeds only when every attribute it gives matches the queue's: the first one that
 * differs, or undefined.
 */
export function differingAttribute(
  config: QueueConfig,
  attributes: Readonly<Record<string, string>>,
): string | undefined {
  const current = configAttributes(config);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'FifoQueue') {
      if ((value === 'true') !== config.fifo) return name;
      continue;
    }
    const requested = configAttributes(applyAttribute(config, name, value))[name];
    if (requested !== current[name]) return name;
  }
  return undefined;
}
