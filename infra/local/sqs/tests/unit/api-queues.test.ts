import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListDeadLetterSourceQueuesCommand,
  ListQueuesCommand,
  PurgeQueueCommand,
  QueueDoesNotExist,
  QueueNameExists,
  SendMessageCommand,
  SetQueueAttributesCommand,
} from '@aws-sdk/client-sqs';
import { startSdkHarness, type SdkHarness } from './support/sqs-harness';

describe('the queue API through the SDK v3 client', () => {
  let harness: SdkHarness;

  beforeEach(async () => {
    harness = await startSdkHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  const create = async (QueueName: string, Attributes?: Record<string, string>): Promise<string> => {
    const { QueueUrl } = await harness.sdk.send(new CreateQueueCommand({ QueueName, Attributes }));
    return QueueUrl ?? '';
  };

  it('creates a queue whose URL is on the edge, and finds it again by name', async () => {
    // Act
    const url = await create('orders');
    const found = await harness.sdk.send(new GetQueueUrlCommand({ QueueName: 'orders' }));
    // Assess
    expect(url).toBe('http://127.0.0.1:4566/000000000000/orders');
    expect(found.QueueUrl).toBe(url);
  });

  it('lists queues by name prefix, in pages when MaxResults is given', async () => {
    // Prepare
    for (const name of ['orders-a', 'orders-b', 'orders-c', 'payments']) await create(name);
    // Act
    const first = await harness.sdk.send(new ListQueuesCommand({ QueueNamePrefix: 'orders', MaxResults: 2 }));
    const second = await harness.sdk.send(
      new ListQueuesCommand({ QueueNamePrefix: 'orders', MaxResults: 2, NextToken: first.NextToken }),
    );
    const none = await harness.sdk.send(new ListQueuesCommand({ QueueNamePrefix: 'nothing' }));
    // Assess
    expect(first.QueueUrls?.map((url) => url.split('/').at(-1))).toEqual(['orders-a', 'orders-b']);
    expect(second.QueueUrls?.map((url) => url.split('/').at(-1))).toEqual(['orders-c']);
    expect(second.NextToken).toBeUndefined();
    expect(none.QueueUrls).toBeUndefined();
  });

  it('reports every attribute for All, with the approximate counters', async () => {
    // Prepare
    const QueueUrl = await create('orders', { VisibilityTimeout: '45' });
    await harness.sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a' }));
    await harness.sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'b', DelaySeconds: 60 }));
    // Act
    const { Attributes } = await harness.sdk.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    // Assess
    expect(Attributes).toEqual({
      QueueArn: 'arn:aws:sqs:us-east-1:000000000000:orders',
      ApproximateNumberOfMessages: '1',
      ApproximateNumberOfMessagesNotVisible: '0',
      ApproximateNumberOfMessagesDelayed: '1',
      CreatedTimestamp: expect.stringMatching(/^\d{10}$/) as unknown,
      LastModifiedTimestamp: expect.stringMatching(/^\d{10}$/) as unknown,
      DelaySeconds: '0',
      MaximumMessageSize: '1048576',
      MessageRetentionPeriod: '345600',
      ReceiveMessageWaitTimeSeconds: '0',
      VisibilityTimeout: '45',
      SqsManagedSseEnabled: 'true',
    });
  });

  it('reports only the attributes asked for, and FIFO attributes on a FIFO queue', async () => {
    // Prepare
    const QueueUrl = await create('orders.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    // Act
    const { Attributes } = await harness.sdk.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: ['FifoQueue', 'ContentBasedDeduplication', 'DelaySeconds'],
      }),
    );
    // Assess
    expect(Attributes).toEqual({ FifoQueue: 'true', ContentBasedDeduplication: 'true', DelaySeconds: '0' });
  });

  it('sets attributes, a redrive policy among them, and lists the dead-letter source queues', async () => {
    // Prepare
    const dlqUrl = await create('orders-dlq');
    const QueueUrl = await create('orders');
    const RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:orders-dlq',
      maxReceiveCount: 3,
    });
    // Act
    await harness.sdk.send(
      new SetQueueAttributesCommand({ QueueUrl, Attributes: { RedrivePolicy, VisibilityTimeout: '5' } }),
    );
    const { Attributes } = await harness.sdk.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['RedrivePolicy', 'VisibilityTimeout'] }),
    );
    const sources = await harness.sdk.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlqUrl }));
    // Assess
    expect(Attributes).toEqual({ RedrivePolicy, VisibilityTimeout: '5' });
    expect(sources.queueUrls).toEqual([QueueUrl]);
  });

  it('purges and deletes a queue; the deleted queue then does not exist', async () => {
    // Prepare
    const QueueUrl = await create('orders');
    await harness.sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a' }));
    // Act
    await harness.sdk.send(new PurgeQueueCommand({ QueueUrl }));
    const { Attributes } = await harness.sdk.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    await harness.sdk.send(new DeleteQueueCommand({ QueueUrl }));
    const afterDelete = harness.sdk.send(new GetQueueUrlCommand({ QueueName: 'orders' }));
    // Assess
    expect(Attributes).toEqual({ ApproximateNumberOfMessages: '0' });
    await expect(afterDelete).rejects.toBeInstanceOf(QueueDoesNotExist);
  });

  it('returns the same URL for an identical create and QueueNameExists for a different one', async () => {
    // Prepare
    const url = await create('orders', { VisibilityTimeout: '60' });
    // Act
    const again = await create('orders', { VisibilityTimeout: '60' });
    const different = harness.sdk.send(
      new CreateQueueCommand({ QueueName: 'orders', Attributes: { VisibilityTimeout: '10' } }),
    );
    // Assess
    expect(again).toBe(url);
    await expect(different).rejects.toBeInstanceOf(QueueNameExists);
    await expect(different).rejects.toMatchObject({ Code: 'QueueAlreadyExists', $metadata: { httpStatusCode: 400 } });
  });

  it('accepts the queue URL path alone as QueueUrl', async () => {
    // Prepare
    await create('orders');
    // Act
    const { Attributes } = await harness.sdk.send(
      new GetQueueAttributesCommand({ QueueUrl: '/000000000000/orders', AttributeNames: ['QueueArn'] }),
    );
    // Assess
    expect(Attributes?.QueueArn).toBe('arn:aws:sqs:us-east-1:000000000000:orders');
  });
});
