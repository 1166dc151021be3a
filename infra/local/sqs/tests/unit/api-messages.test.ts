import {
  ChangeMessageVisibilityBatchCommand,
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { md5OfAttributes, md5OfBody } from '../../message-digest';
import { startSdkHarness, type SdkHarness } from './support/sqs-harness';

describe('sending and receiving through the SDK v3 client', () => {
  let harness: SdkHarness;
  let QueueUrl: string;

  beforeEach(async () => {
    harness = await startSdkHarness();
    const created = await harness.sdk.send(
      new CreateQueueCommand({ QueueName: 'orders', Attributes: { VisibilityTimeout: '30' } }),
    );
    QueueUrl = created.QueueUrl ?? '';
  });

  afterEach(async () => {
    await harness.close();
  });

  it('sends a message with attributes and answers the digests the SDK checks', async () => {
    // Act
    const sent = await harness.sdk.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: '{"orderId":"o-1"}',
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'order' },
          blob: { DataType: 'Binary', BinaryValue: Uint8Array.from([1, 2, 3]) },
        },
        MessageSystemAttributes: {
          AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-5759e988-bd862e3fe1be46a994272793' },
        },
      }),
    );
    // Assess
    expect(sent).toMatchObject({
      MessageId: expect.any(String) as unknown,
      MD5OfMessageBody: md5OfBody('{"orderId":"o-1"}'),
      MD5OfMessageAttributes: md5OfAttributes({
        kind: { dataType: 'String', stringValue: 'order' },
        blob: { dataType: 'Binary', binaryValue: Buffer.from([1, 2, 3]) },
      }),
      MD5OfMessageSystemAttributes: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
    });
  });

  it('receives only the system and message attributes asked for', async () => {
    // Prepare
    await harness.sdk.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'hello',
        MessageAttributes: {
          'order.id': { DataType: 'String', StringValue: 'o-1' },
          'order.total': { DataType: 'Number', StringValue: '12.5' },
          other: { DataType: 'Binary', BinaryValue: Uint8Array.from([9]) },
        },
      }),
    );
    // Act
    const { Messages } = await harness.sdk.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
        MessageAttributeNames: ['order.*'],
      }),
    );
    // Assess
    expect(Messages).toEqual([
      {
        MessageId: expect.any(String) as unknown,
        ReceiptHandle: expect.any(String) as unknown,
        MD5OfBody: md5OfBody('hello'),
        Body: 'hello',
        Attributes: { ApproximateReceiveCount: '1', SentTimestamp: expect.stringMatching(/^\d{13}$/) as unknown },
        MD5OfMessageAttributes: md5OfAttributes({
          'order.id': { dataType: 'String', stringValue: 'o-1' },
          'order.total': { dataType: 'Number', stringValue: '12.5' },
        }),
        MessageAttributes: {
          'order.id': { DataType: 'String', StringValue: 'o-1' },
          'order.total': { DataType: 'Number', StringValue: '12.5' },
        },
      },
    ]);
  });

  it('returns every system attribute for All (the deprecated AttributeNames too) and binary attributes as bytes', async () => {
    // Prepare
    await harness.sdk.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'x',
        MessageAttributes: { raw: { DataType: 'Binary', BinaryValue: Uint8Array.from([7, 8]) } },
      }),
    );
    // Act
    const { Messages } = await harness.sdk.send(
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- older consumers still send it, and SQS still honours it
      new ReceiveMessageCommand({ QueueUrl, AttributeNames: ['All'], MessageAttributeNames: ['All'] }),
    );
    // Assess
    expect(Object.keys(Messages?.[0]?.Attributes ?? {}).sort()).toEqual([
      'ApproximateFirstReceiveTimestamp',
      'ApproximateReceiveCount',
      'SenderId',
      'SentTimestamp',
    ]);
    expect(Messages?.[0]?.MessageAttributes?.raw?.BinaryValue).toEqual(Uint8Array.from([7, 8]));
  });

  it('long-polls: a receive waiting for 20 seconds returns as soon as a message is sent', async () => {
    // Prepare
    const started = Date.now();
    const receiving = harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    // Act
    await new Promise((resolve) => setTimeout(resolve, 20));
    await harness.sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'late' }));
    const { Messages } = await receiving;
    // Assess
    expect(Messages?.map((message) => message.Body)).toEqual(['late']);
    expect(Date.now() - started).toBeLessThan(180);
  });

  it('answers an empty receive without a Messages list', async () => {
    // Act
    const output = await harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    // Assess
    expect(output.Messages).toBeUndefined();
  });

  it('deletes a received message and changes the visibility of another', async () => {
    // Prepare
    await harness.sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'done' }));
    await harness.sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'retry' }));
    const { Messages = [] } = await harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2 }));
    const [done, retry] = Messages;
    // Act
    await harness.sdk.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: done?.ReceiptHandle }));
    await harness.sdk.send(
      new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: retry?.ReceiptHandle, VisibilityTimeout: 0 }),
    );
    const again = await harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    // Assess
    expect(again.Messages?.map((message) => message.Body)).toEqual(['retry']);
  });

  it('sends a batch, reporting each entry that fails apart from those that succeed', async () => {
    // Act
    const output = await harness.sdk.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'ok', MessageBody: 'fine' },
          { Id: 'delayed', MessageBody: 'later', DelaySeconds: 5 },
          { Id: 'too-late', MessageBody: 'never', DelaySeconds: 901 },
          { Id: 'empty', MessageBody: '' },
        ],
      }),
    );
    // Assess
    expect(output.Successful?.map((entry) => [entry.Id, entry.MD5OfMessageBody])).toEqual([
      ['ok', md5OfBody('fine')],
      ['delayed', md5OfBody('later')],
    ]);
    expect(output.Failed).toEqual([
      {
        Id: 'too-late',
        SenderFault: true,
        Code: 'InvalidParameterValue',
        Message: 'Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.',
      },
      {
        Id: 'empty',
        SenderFault: true,
        Code: 'MissingParameter',
        Message: 'The request must contain the parameter MessageBody.',
      },
    ]);
  });

  it('deletes and changes visibility in batches, failing only the entries with bad handles', async () => {
    // Prepare
    await harness.sdk.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'a', MessageBody: 'a' },
          { Id: 'b', MessageBody: 'b' },
        ],
      }),
    );
    const { Messages = [] } = await harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2 }));
    // Act
    const visibility = await harness.sdk.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'first', ReceiptHandle: Messages[0]?.ReceiptHandle, VisibilityTimeout: 60 },
          { Id: 'bogus', ReceiptHandle: 'bogus', VisibilityTimeout: 60 },
        ],
      }),
    );
    const deleted = await harness.sdk.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: Messages.map((message, index) => ({ Id: `m${String(index)}`, ReceiptHandle: message.ReceiptHandle })),
      }),
    );
    // Assess
    expect(visibility.Successful).toEqual([{ Id: 'first' }]);
    expect(visibility.Failed).toEqual([
      {
        Id: 'bogus',
        SenderFault: true,
        Code: 'ReceiptHandleIsInvalid',
        Message: 'The input receipt handle "bogus" is not a valid receipt handle.',
      },
    ]);
    expect(deleted).toMatchObject({ Successful: [{ Id: 'm0' }, { Id: 'm1' }], Failed: [] });
  });

  it('delivers a FIFO group in order with its sequence numbers', async () => {
    // Prepare
    const { QueueUrl: fifoUrl } = await harness.sdk.send(
      new CreateQueueCommand({
        QueueName: 'orders.fifo',
        Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' },
      }),
    );
    const sent = await harness.sdk.send(
      new SendMessageBatchCommand({
        QueueUrl: fifoUrl,
        Entries: ['1', '2', '3'].map((n) => ({ Id: `e${n}`, MessageBody: `step ${n}`, MessageGroupId: 'order-1' })),
      }),
    );
    // Act
    const { Messages = [] } = await harness.sdk.send(
      new ReceiveMessageCommand({ QueueUrl: fifoUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] }),
    );
    // Assess
    expect(Messages.map((message) => message.Body)).toEqual(['step 1', 'step 2', 'step 3']);
    expect(Messages.map((message) => message.Attributes?.SequenceNumber)).toEqual(
      sent.Successful?.map((entry) => entry.SequenceNumber),
    );
    expect(Messages[0]?.Attributes?.MessageGroupId).toBe('order-1');
  });
});
