import { arn } from '../environment';
import type { EmulatedResourceType } from './descriptor';
import { TAGS } from './descriptor';
import { nameOrGenerated } from './properties';

/** SQS standard queues behind the edge. Ref is the queue URL, which locally is on the edge. */
const QUEUE_NAME_LIMIT = 80;

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
    ],
    // Encryption at rest has no local effect; the redrive allow-list only restricts which queues may use this as DLQ.
    inertProperties: [...TAGS, 'SqsManagedSseEnabled', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'RedriveAllowPolicy'],
    validate: (properties) =>
      properties.FifoQueue === true || properties.FifoQueue === 'true'
        ? [{ property: 'FifoQueue', message: 'FIFO queues are not emulated', hint: 'use a standard queue' }]
        : [],
    identify: (context) => {
      const name = nameOrGenerated(context, 'QueueName', QUEUE_NAME_LIMIT);
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
