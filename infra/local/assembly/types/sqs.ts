import { arn } from '../environment';
import { generatedName } from '../physical-names';
import type { JsonObject } from '../json';
import type { EmulatedResourceType, PropertyIssue } from './descriptor';
import { TAGS } from './descriptor';
import { nameOrGenerated, optionalString } from './properties';

/** SQS queues, standard and FIFO, behind the edge. Ref is the queue URL, which locally is on the edge. */
const QUEUE_NAME_LIMIT = 80;
const FIFO_SUFFIX = '.fifo';
const FIFO_ONLY = ['ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit'];

function isFifo(properties: JsonObject): boolean {
  return properties.FifoQueue === true || properties.FifoQueue === 'true';
}

/** What CloudFormation itself refuses: a FIFO name without `.fifo` (or the reverse) and FIFO settings on a standard queue. */
function validateQueue(properties: JsonObject): readonly PropertyIssue[] {
  const fifo = isFifo(properties);
  const name = properties.QueueName;
  const issues: PropertyIssue[] = [];
  if (typeof name === 'string' && name.endsWith(FIFO_SUFFIX) !== fifo) {
    issues.push({
      property: 'QueueName',
      message: fifo ? 'a FIFO queue name must end with .fifo' : 'only a FIFO queue name may end with .fifo',
      hint: fifo ? 'add the .fifo suffix' : 'set FifoQueue: true, or drop the suffix',
    });
  }
  if (!fifo) {
    for (const property of FIFO_ONLY.filter((candidate) => properties[candidate] !== undefined)) {
      issues.push({ property, message: 'applies to FIFO queues only', hint: 'set FifoQueue: true, or remove it' });
    }
  }
  return issues;
}

export const sqsTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::SQS::Queue',
    support: 'emulated',
    properties: [
      'QueueName',
      'VisibilityTimeout',
      'MessageRetentionPeriod',
      'DelaySeconds',
      'MaximumMessageSize',
      'ReceiveMessageWaitTimeSeconds',
      'RedrivePolicy',
      'FifoQueue',
      'ContentBasedDeduplication',
      'DeduplicationScope',
      'FifoThroughputLimit',
    ],
    // Encryption at rest has no local effect; the redrive allow-list only restricts which queues may use this as DLQ.
    inertProperties: [...TAGS, 'SqsManagedSseEnabled', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'RedriveAllowPolicy'],
    validate: validateQueue,
    identify: (context) => {
      // CloudFormation gives an unnamed FIFO queue a generated name that ends in .fifo, within the same 80 characters.
      const name = isFifo(context.properties)
        ? (optionalString(context.properties, 'QueueName') ??
          `${generatedName(context.stackName, context.logicalId, QUEUE_NAME_LIMIT - FIFO_SUFFIX.length)}${FIFO_SUFFIX}`)
        : nameOrGenerated(context, 'QueueName', QUEUE_NAME_LIMIT);
      const { accountId, region, urlSuffix, endpoints } = context.env;
      const queueUrl = `${endpoints.edgeUrl}/${accountId}/${name}`;
      return {
        ref: queueUrl,
        attributes: { Arn: arn(context.env, 'sqs', name), QueueName: name, QueueUrl: queueUrl },
        rewrites: [{ from: `https://sqs.${region}.${urlSuffix}/${accountId}/${name}`, to: queueUrl }],
      };
    },
  },
];
