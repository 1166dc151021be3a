import type { LocalResource, LocalStack } from '../../assembly';
import type { JsonObject } from '../../assembly/json';
import { PropertyReader } from '../../assembly/views/read';

/** An `AWS::Lambda::EventSourceMapping` whose source is an SQS queue, with Lambda's defaults applied. */
export interface SqsEventSourceMapping {
  /** The mapping's UUID (its Ref). */
  readonly id: string;
  readonly logicalId: string;
  /** As the template gives it: a function name or ARN (look it up with the Lambda function registry). */
  readonly functionName: string;
  readonly eventSourceArn: string;
  readonly enabled: boolean;
  /** 1–10 000 for standard queues, 1–10 for FIFO; default 10. */
  readonly batchSize: number;
  /** 0–300; default 0. */
  readonly maximumBatchingWindowSeconds: number;
  /** FunctionResponseTypes includes `ReportBatchItemFailures`. */
  readonly reportBatchItemFailures: boolean;
  /** ScalingConfig.MaximumConcurrency (2–1000): at most this many batches in flight. */
  readonly maximumConcurrency: number | undefined;
  /** FilterCriteria as written; evaluating it is the caller's (the EventBridge pattern engine's) job. */
  readonly filterCriteria: JsonObject | undefined;
}

const DEFAULT_BATCH_SIZE = 10;
/** Settings that only stream sources (Kinesis, DynamoDB) take; Lambda refuses them for SQS. */
const STREAM_ONLY = [
  'StartingPosition',
  'BisectBatchOnFunctionError',
  'DestinationConfig',
  'MaximumRetryAttempts',
  'MaximumRecordAgeInSeconds',
  'ParallelizationFactor',
];

/** The stacks' SQS mappings; invalid settings fail here, at start, naming the resource, as Lambda would refuse them. */
export function sqsEventSourceMappings(stacks: readonly LocalStack[]): readonly SqsEventSourceMapping[] {
  return stacks
    .flatMap((stack) => stack.byType('AWS::Lambda::EventSourceMapping'))
    .filter((resource) => {
      const source = resource.properties.EventSourceArn;
      return typeof source === 'string' && /^arn:[^:]+:sqs:/.test(source);
    })
    .map(sqsEventSourceMapping);
}

function sqsEventSourceMapping(resource: LocalResource): SqsEventSourceMapping {
  const read = new PropertyReader(resource);
  const { properties } = resource;
  const fail = (message: string): never => {
    throw new Error(`${resource.logicalId} (AWS::Lambda::EventSourceMapping): ${message}`);
  };
  const streamOnly = STREAM_ONLY.filter((property) => properties[property] !== undefined);
  if (streamOnly.length > 0) fail(`${streamOnly.join(', ')} apply to stream sources only, not to SQS`);
  const eventSourceArn = read.string(properties, 'EventSourceArn');
  const fifo = eventSourceArn.endsWith('.fifo');
  const batchSize = read.optionalNumber(properties, 'BatchSize') ?? DEFAULT_BATCH_SIZE;
  const window = read.optionalNumber(properties, 'MaximumBatchingWindowInSeconds') ?? 0;
  const maxBatch = fifo ? 10 : 10_000;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > maxBatch) fail(`BatchSize must be 1 to ${maxBatch}`);
  if (!Number.isInteger(window) || window < 0 || window > 300) fail('MaximumBatchingWindowInSeconds must be 0 to 300');
  if (batchSize > 10 && window < 1) fail('a BatchSize above 10 needs MaximumBatchingWindowInSeconds of at least 1');
  const scaling = read.optionalObject(properties, 'ScalingConfig');
  const maximumConcurrency = scaling === undefined ? undefined : read.optionalNumber(scaling, 'MaximumConcurrency');
  if (
    maximumConcurrency !== undefined &&
    (!Number.isInteger(maximumConcurrency) || maximumConcurrency < 2 || maximumConcurrency > 1000)
  ) {
    fail('ScalingConfig.MaximumConcurrency must be 2 to 1000');
  }
  const responseTypes = read.strings(properties, 'FunctionResponseTypes');
  const unknownType = responseTypes.find((type) => type !== 'ReportBatchItemFailures');
  if (unknownType !== undefined) fail(`FunctionResponseTypes ${unknownType} is not a Lambda response type`);
  return {
    id: resource.physicalId,
    logicalId: resource.logicalId,
    functionName: read.string(properties, 'FunctionName'),
    eventSourceArn,
    enabled: read.optionalBoolean(properties, 'Enabled') ?? true,
    batchSize,
    maximumBatchingWindowSeconds: window,
    reportBatchItemFailures: responseTypes.includes('ReportBatchItemFailures'),
    maximumConcurrency,
    filterCriteria: read.optionalObject(properties, 'FilterCriteria'),
  };
}
