import { EventBridgeClient, PutEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-eventbridge';
import { QueueDoesNotExist, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { EXECUTION_ARN, invokerWith, STATE_MACHINE_ARN, statesErrorOf, taskRequest } from './support';

const events = mockClient(EventBridgeClient);
const sqs = mockClient(SQSClient);
const QUEUE_URL = 'http://127.0.0.1:4566/000000000000/order-intake';

describe('events:putEvents', () => {
  beforeEach(() => {
    events.reset();
  });

  it('serializes a JSON Detail and appends the execution and state machine ARNs to Resources', async () => {
    // Prepare
    events.on(PutEventsCommand).resolves({ Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 });
    const entry = { Source: 'ecommerce.order', DetailType: 'OrderConfirmed', Detail: { orderId: 'o-1' }, EventBusName: 'ecommerce', Resources: ['order/o-1'] };
    // Act
    await invokerWith().invoke(taskRequest('arn:aws:states:::events:putEvents', { Entries: [entry] }));
    // Assess
    expect(events.commandCalls(PutEventsCommand)[0]?.args[0].input).toEqual({
      Entries: [{ ...entry, Detail: '{"orderId":"o-1"}', Resources: ['order/o-1', EXECUTION_ARN, STATE_MACHINE_ARN] }],
    });
  });

  it('sends a Detail that is already text unchanged', async () => {
    // Prepare
    events.on(PutEventsCommand).resolves({ Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 });
    // Act
    await invokerWith().invoke(taskRequest('arn:aws:states:::events:putEvents', { Entries: [{ Source: 's', DetailType: 'T', Detail: '{"a":1}' }] }));
    // Assess
    expect(events.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0]?.Detail).toBe('{"a":1}');
  });

  it('answers with the PutEvents response and no SDK metadata', async () => {
    // Prepare
    events.on(PutEventsCommand).resolves({ Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0, $metadata: { requestId: 'eb-1' } });
    // Act
    const result = await invokerWith().invoke(taskRequest('arn:aws:states:::events:putEvents', { Entries: [{ Source: 's', DetailType: 'T', Detail: {} }] }));
    // Assess
    expect(result).toEqual({ Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 });
  });

  it('fails with EventBridge.FailedEntry when an entry was not accepted, the response as the cause', async () => {
    // Prepare
    const response = { Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }], FailedEntryCount: 1 };
    events.on(PutEventsCommand).resolves(response);
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::events:putEvents', { Entries: [{ Source: 's', DetailType: 'T', Detail: {} }] })));
    // Assess
    expect(failure.error).toBe('EventBridge.FailedEntry');
    expect(JSON.parse(failure.cause)).toEqual(response);
  });

  it('names a service error EventBridge.<Exception>', async () => {
    // Prepare
    events.on(PutEventsCommand).rejects(new ResourceNotFoundException({ message: 'Event bus nope does not exist.', $metadata: {} }));
    // Act
    const failure = await statesErrorOf(
      invokerWith().invoke(taskRequest('arn:aws:states:::events:putEvents', { Entries: [{ Source: 's', DetailType: 'T', Detail: {}, EventBusName: 'nope' }] })),
    );
    // Assess
    expect(failure.error).toBe('EventBridge.ResourceNotFoundException');
  });

  it('delivers the task token inside the event Detail for .waitForTaskToken', async () => {
    // Prepare
    events.on(PutEventsCommand).resolves({ Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 });
    const request = taskRequest(
      'arn:aws:states:::events:putEvents.waitForTaskToken',
      { Entries: [{ Source: 'ecommerce.payment', DetailType: 'ConfirmationRequested', Detail: { TaskToken: 'token-9' } }] },
      { taskToken: 'token-9' },
    );
    // Act
    await invokerWith().invoke(request);
    // Assess
    const detail = events.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0]?.Detail ?? '';
    expect(JSON.parse(detail)).toEqual({ TaskToken: 'token-9' });
  });

  it('fails with States.Runtime when Entries is missing', async () => {
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::events:putEvents', {})));
    // Assess
    expect(failure.error).toBe('States.Runtime');
  });
});

describe('sqs:sendMessage', () => {
  beforeEach(() => {
    sqs.reset();
  });

  it('serializes a JSON MessageBody and sends the other parameters unchanged', async () => {
    // Prepare
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1', MD5OfMessageBody: 'abc' });
    // Act
    await invokerWith().invoke(taskRequest('arn:aws:states:::sqs:sendMessage', { QueueUrl: QUEUE_URL, MessageBody: { orderId: 'o-1' }, DelaySeconds: 5 }));
    // Assess
    expect(sqs.commandCalls(SendMessageCommand)[0]?.args[0].input).toEqual({ QueueUrl: QUEUE_URL, MessageBody: '{"orderId":"o-1"}', DelaySeconds: 5 });
  });

  it('sends binary message attributes as bytes', async () => {
    // Prepare
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    // Act
    await invokerWith().invoke(
      taskRequest('arn:aws:states:::sqs:sendMessage', {
        QueueUrl: QUEUE_URL,
        MessageBody: 'text',
        MessageAttributes: { sig: { DataType: 'Binary', BinaryValue: 'AQID' } },
      }),
    );
    // Assess
    const sent = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input;
    expect(sent?.MessageAttributes?.sig?.BinaryValue).toEqual(Uint8Array.from([1, 2, 3]));
  });

  it('answers with MessageId and MD5OfMessageBody plus the SDK metadata', async () => {
    // Prepare
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1', MD5OfMessageBody: 'abc', $metadata: { httpStatusCode: 200, requestId: 'sqs-1' } });
    // Act
    const result = await invokerWith().invoke(taskRequest('arn:aws:states:::sqs:sendMessage', { QueueUrl: QUEUE_URL, MessageBody: 'hello' }));
    // Assess
    expect(result).toMatchObject({
      MessageId: 'm-1',
      MD5OfMessageBody: 'abc',
      SdkHttpMetadata: { HttpStatusCode: 200 },
      SdkResponseMetadata: { RequestId: 'sqs-1' },
    });
  });

  it('names a missing queue SQS.QueueDoesNotExistException', async () => {
    // Prepare
    sqs.on(SendMessageCommand).rejects(new QueueDoesNotExist({ message: 'The specified queue does not exist.', $metadata: { httpStatusCode: 400 } }));
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::sqs:sendMessage', { QueueUrl: QUEUE_URL, MessageBody: 'x' })));
    // Assess
    expect(failure.error).toBe('SQS.QueueDoesNotExistException');
    expect(failure.cause).toContain('(Service: AmazonSQS; Status Code: 400; Error Code: QueueDoesNotExist;');
  });

  it('delivers the task token inside the message for .waitForTaskToken', async () => {
    // Prepare
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    const request = taskRequest(
      'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      { QueueUrl: QUEUE_URL, MessageBody: { orderId: 'o-1', taskToken: 'token-7' } },
      { taskToken: 'token-7' },
    );
    // Act
    await invokerWith().invoke(request);
    // Assess
    const body = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input.MessageBody ?? '';
    expect(JSON.parse(body)).toEqual({ orderId: 'o-1', taskToken: 'token-7' });
  });

  it('fails with States.Runtime when MessageBody is missing', async () => {
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::sqs:sendMessage', { QueueUrl: QUEUE_URL })));
    // Assess
    expect(failure.error).toBe('States.Runtime');
  });
});
