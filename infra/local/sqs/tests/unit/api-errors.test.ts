import {
  BatchEntryIdsNotDistinct,
  BatchRequestTooLong,
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  EmptyBatchRequest,
  GetQueueAttributesCommand,
  InvalidAttributeName,
  InvalidAttributeValue,
  InvalidBatchEntryId,
  InvalidMessageContents,
  MessageNotInflight,
  PurgeQueueCommand,
  PurgeQueueInProgress,
  QueueDoesNotExist,
  ReceiptHandleIsInvalid,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
  TooManyEntriesInBatchRequest,
} from '@aws-sdk/client-sqs';
import { startSdkHarness, type SdkHarness } from './support/sqs-harness';

describe('SQS errors as the SDK v3 client surfaces them', () => {
  let harness: SdkHarness;
  let QueueUrl: string;

  beforeEach(async () => {
    harness = await startSdkHarness();
    QueueUrl = (await harness.sdk.send(new CreateQueueCommand({ QueueName: 'orders' }))).QueueUrl ?? '';
  });

  afterEach(async () => {
    await harness.close();
  });

  it('puts the query code in x-amzn-query-error and the shape in __type, as AWS does', async () => {
    // Act
    const response = await fetch(harness.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.GetQueueUrl' },
      body: JSON.stringify({ QueueName: 'missing' }),
    });
    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-query-error')).toBe('AWS.SimpleQueueService.NonExistentQueue;Sender');
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(response.headers.get('x-amzn-requestid')).toEqual(expect.any(String));
    expect(await response.json()).toEqual({
      __type: 'com.amazonaws.sqs#QueueDoesNotExist',
      message: 'The specified queue does not exist.',
    });
  });

  it('surfaces a missing queue as the typed QueueDoesNotExist with its query code', async () => {
    // Act
    const failure = harness.sdk.send(new SendMessageCommand({ QueueUrl: `${QueueUrl}-missing`, MessageBody: 'x' }));
    // Assess
    await expect(failure).rejects.toBeInstanceOf(QueueDoesNotExist);
    await expect(failure).rejects.toMatchObject({
      name: 'QueueDoesNotExist',
      Code: 'AWS.SimpleQueueService.NonExistentQueue',
      message: 'The specified queue does not exist.',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it.each([
    [
      'an invalid receipt handle',
      (sdk: SQSClient) => sdk.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: 'nope' })),
      ReceiptHandleIsInvalid,
    ],
    [
      'an empty batch',
      (sdk: SQSClient) => sdk.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: [] })),
      EmptyBatchRequest,
    ],
    [
      'eleven entries',
      (sdk: SQSClient) =>
        sdk.send(
          new SendMessageBatchCommand({
            QueueUrl,
            Entries: Array.from({ length: 11 }, (_, i) => ({ Id: `e${String(i)}`, MessageBody: 'x' })),
          }),
        ),
      TooManyEntriesInBatchRequest,
    ],
    [
      'repeated entry ids',
      (sdk: SQSClient) =>
        sdk.send(
          new SendMessageBatchCommand({
            QueueUrl,
            Entries: [
              { Id: 'a', MessageBody: 'x' },
              { Id: 'a', MessageBody: 'y' },
            ],
          }),
        ),
      BatchEntryIdsNotDistinct,
    ],
    [
      'an entry id with a dot',
      (sdk: SQSClient) =>
        sdk.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'a.b', MessageBody: 'x' }] })),
      InvalidBatchEntryId,
    ],
    [
      'a batch over 1 MiB',
      (sdk: SQSClient) =>
        sdk.send(
          new SendMessageBatchCommand({
            QueueUrl,
            Entries: [
              { Id: 'a', MessageBody: 'x'.repeat(600_000) },
              { Id: 'b', MessageBody: 'y'.repeat(600_000) },
            ],
          }),
        ),
      BatchRequestTooLong,
    ],
    [
      'an unknown attribute name',
      (sdk: SQSClient) => sdk.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Colour' as 'All'] })),
      InvalidAttributeName,
    ],
    [
      'an out-of-range attribute',
      (sdk: SQSClient) =>
        sdk.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { VisibilityTimeout: '99999' } })),
      InvalidAttributeValue,
    ],
    [
      'a control character in the body',
      (sdk: SQSClient) => sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a\u0000b' })),
      InvalidMessageContents,
    ],
  ])('surfaces %s as its typed exception', async (_case, request, type) => {
    // Act
    const failure = request(harness.sdk);
    // Assess
    await expect(failure).rejects.toBeInstanceOf(type);
  });

  it('surfaces a second purge within a minute as PurgeQueueInProgress (403)', async () => {
    // Prepare
    await harness.sdk.send(new PurgeQueueCommand({ QueueUrl }));
    // Act
    const failure = harness.sdk.send(new PurgeQueueCommand({ QueueUrl }));
    // Assess
    await expect(failure).rejects.toBeInstanceOf(PurgeQueueInProgress);
    await expect(failure).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });

  it('surfaces a visibility change of a message no longer in flight as MessageNotInflight', async () => {
    // Prepare
    await harness.sdk.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    const { Messages = [] } = await harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Act
    const failure = harness.sdk.send(
      new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: Messages[0]?.ReceiptHandle, VisibilityTimeout: 5 }),
    );
    // Assess
    await expect(failure).rejects.toBeInstanceOf(MessageNotInflight);
  });

  it.each([
    [
      'a too large message',
      { MessageBody: 'x'.repeat(1_048_577) },
      'InvalidParameterValue',
      /Message must be shorter than 1048576 bytes/,
    ],
    [
      'a FIFO parameter on a standard queue',
      { MessageBody: 'x', MessageDeduplicationId: 'd' },
      'InvalidParameterValue',
      /not valid for this queue type/,
    ],
    ['an empty body', { MessageBody: '' }, 'MissingParameter', /MessageBody/],
  ])('names %s by its common error code', async (_case, input, name, message) => {
    // Act
    const failure = harness.sdk.send(new SendMessageCommand({ QueueUrl, ...input }));
    // Assess
    await expect(failure).rejects.toMatchObject({
      name,
      message: expect.stringMatching(message) as unknown,
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('refuses a long poll beyond 20 seconds and more than 10 messages', async () => {
    // Act
    const wait = harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 21 }));
    const many = harness.sdk.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 11 }));
    // Assess
    await expect(wait).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining('WaitTimeSeconds') as unknown,
    });
    await expect(many).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining('MaxNumberOfMessages') as unknown,
    });
  });

  it('answers an operation it does not implement, and a query-protocol request, with InvalidAction', async () => {
    // Act
    const json = await fetch(harness.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.TagQueue' },
      body: '{}',
    });
    const query = await fetch(harness.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListQueues&Version=2012-11-05',
    });
    // Assess
    expect(json.headers.get('x-amzn-query-error')).toBe('InvalidAction;Sender');
    expect(query.status).toBe(400);
    expect(await query.text()).toContain('<Code>InvalidAction</Code>');
  });
});
