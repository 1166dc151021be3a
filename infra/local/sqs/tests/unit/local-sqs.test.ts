import { SqsSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import { createLocalSqs, sqsEventRecord } from '../..';
import { counterIds, EDGE_URL, stackOf } from './support/sqs-harness';

describe('the local SQS created from the template', () => {
  it("creates the template's queues at the URLs their Ref resolved to, with their attributes", () => {
    // Prepare
    const stack = stackOf({
      Resources: {
        Intake: {
          Type: 'AWS::SQS::Queue',
          Properties: { QueueName: 'intake', VisibilityTimeout: 120, DelaySeconds: '5' },
        },
      },
      Outputs: { OrderIntakeQueueUrl: { Value: { Ref: 'Intake' } } },
    });
    // Act
    const sqs = createLocalSqs({ stacks: [stack], edgeUrl: EDGE_URL });
    // Assess
    const queue = sqs.queues.byUrl(stack.outputs.OrderIntakeQueueUrl ?? '');
    expect(queue.identity).toEqual({
      name: 'intake',
      arn: 'arn:aws:sqs:us-east-1:000000000000:intake',
      url: 'http://127.0.0.1:4566/000000000000/intake',
      accountId: '000000000000',
      region: 'us-east-1',
    });
    expect(queue.config).toMatchObject({ visibilityTimeout: 120, delaySeconds: 5 });
  });

  it('creates a FIFO queue, giving an unnamed one a generated name ending in .fifo', () => {
    // Prepare
    const stack = stackOf({
      Resources: {
        Steps: { Type: 'AWS::SQS::Queue', Properties: { FifoQueue: true, ContentBasedDeduplication: true } },
      },
    });
    // Act
    const sqs = createLocalSqs({ stacks: [stack], edgeUrl: EDGE_URL });
    // Assess
    const [queue] = sqs.queues.list();
    expect(queue?.identity.name).toMatch(/^Shop-dev-Steps-[A-Z0-9]{12}\.fifo$/);
    expect(queue?.config).toMatchObject({ fifo: true, contentBasedDeduplication: true });
  });

  it('resolves a redrive policy to a dead-letter queue declared after its source', () => {
    // Prepare
    const stack = stackOf({
      Resources: {
        Jobs: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            QueueName: 'jobs',
            RedrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:jobs-dlq', maxReceiveCount: 4 },
          },
        },
        JobsDlq: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'jobs-dlq', MessageRetentionPeriod: 1_209_600 } },
      },
    });
    // Act
    const sqs = createLocalSqs({ stacks: [stack], edgeUrl: EDGE_URL });
    // Assess
    expect(sqs.queues.byName('jobs')?.config.redrivePolicy).toEqual({
      deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:jobs-dlq',
      maxReceiveCount: 4,
    });
  });

  it('fails at start, naming the resource, on a queue SQS would refuse', () => {
    // Prepare
    const stack = stackOf({
      Resources: {
        Jobs: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            QueueName: 'jobs',
            RedrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:missing', maxReceiveCount: 4 },
          },
        },
      },
    });
    // Act
    const act = (): unknown => createLocalSqs({ stacks: [stack], edgeUrl: EDGE_URL });
    // Assess
    expect(act).toThrow(
      /^Jobs \(AWS::SQS::Queue\) cannot be created locally: \[InvalidParameterValue\] .*Dead letter target does not exist/,
    );
  });

  it('refuses a FIFO queue name without .fifo at load, as CloudFormation does', () => {
    // Act
    const act = (): unknown =>
      stackOf({ Resources: { Jobs: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'jobs', FifoQueue: true } } } });
    // Assess
    expect(act).toThrow(/QueueName/);
  });

  it("builds FIFO records that Powertools' SQS schema accepts, with group, deduplication id and sequence number", () => {
    // Prepare
    const stack = stackOf({
      Resources: { Steps: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'steps.fifo', FifoQueue: true } } },
    });
    const sqs = createLocalSqs({ stacks: [stack], edgeUrl: EDGE_URL, newId: counterIds() });
    const queue = sqs.queues.byName('steps.fifo');
    queue?.send({
      body: 'step',
      messageGroupId: 'order-1',
      messageDeduplicationId: 'step-1',
      traceHeader: 'Root=1-abc',
    });
    const [message] = queue?.receive() ?? [];
    // Act
    const event = SqsSchema.parse({
      Records: message === undefined || queue === undefined ? [] : [sqsEventRecord(message, queue.identity)],
    });
    // Assess
    expect(event.Records[0]?.attributes).toEqual({
      ApproximateReceiveCount: '1',
      ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/) as unknown,
      SentTimestamp: expect.stringMatching(/^\d{13}$/) as unknown,
      SenderId: '000000000000',
      MessageGroupId: 'order-1',
      MessageDeduplicationId: 'step-1',
      SequenceNumber: expect.stringMatching(/^\d{20}$/) as unknown,
      AWSTraceHeader: 'Root=1-abc',
    });
  });
});
