import { ConditionalCheckFailedException, DynamoDBClient, GetItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, ListRulesCommand } from '@aws-sdk/client-eventbridge';
import { KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { DescribeExecutionCommand, ExecutionDoesNotExist, SFNClient } from '@aws-sdk/client-sfn';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { invokerWith, never, sendOptions, statesErrorOf, taskRequest } from './support';

const dynamo = mockClient(DynamoDBClient);
const sfn = mockClient(SFNClient);
const kinesis = mockClient(KinesisClient);
const sqs = mockClient(SQSClient);
const events = mockClient(EventBridgeClient);

describe('aws-sdk integrations', () => {
  beforeEach(() => {
    dynamo.reset();
    sfn.reset();
    kinesis.reset();
    sqs.reset();
    events.reset();
  });

  it('runs the camelCase action as the SDK command of the same name with the arguments as its input', async () => {
    // Prepare
    dynamo.on(GetItemCommand).resolves({ Item: { orderId: { S: 'o-1' } } });
    const args = { TableName: 'orders', Key: { orderId: { S: 'o-1' } } };
    // Act
    await invokerWith().invoke(taskRequest('arn:aws:states:::aws-sdk:dynamodb:getItem', args));
    // Assess
    expect(dynamo.commandCalls(GetItemCommand)[0]?.args[0].input).toEqual(args);
  });

  it('answers with the API response alone, without SDK metadata', async () => {
    // Prepare
    dynamo.on(GetItemCommand).resolves({ Item: { orderId: { S: 'o-1' } }, $metadata: { requestId: 'r-1' } });
    // Act
    const result = await invokerWith().invoke(taskRequest('arn:aws:states:::aws-sdk:dynamodb:getItem', { TableName: 'orders', Key: {} }));
    // Assess
    expect(result).toEqual({ Item: { orderId: { S: 'o-1' } } });
  });

  it('converts attribute values nested in TransactItems', async () => {
    // Prepare
    dynamo.on(TransactWriteItemsCommand).resolves({});
    // Act
    await invokerWith().invoke(
      taskRequest('arn:aws:states:::aws-sdk:dynamodb:transactWriteItems', {
        TransactItems: [{ Put: { TableName: 'stock', Item: { sku: { S: 'a' }, sig: { B: 'AQ==' } } } }],
      }),
    );
    // Assess
    const sent = dynamo.commandCalls(TransactWriteItemsCommand)[0]?.args[0].input;
    expect(sent?.TransactItems?.[0]?.Put?.Item?.sig?.B).toEqual(Uint8Array.from([1]));
  });

  it('names DynamoDB errors with the SDK integration prefix DynamoDb and the SDK v2 wording', async () => {
    // Prepare
    dynamo.on(GetItemCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: { httpStatusCode: 400, requestId: 'r-2' } }));
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::aws-sdk:dynamodb:getItem', { TableName: 'orders', Key: {} })));
    // Assess
    expect(failure).toEqual({
      error: 'DynamoDb.ConditionalCheckFailedException',
      cause: 'The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: r-2)',
    });
  });

  it('takes Step Functions parameters in PascalCase and answers in PascalCase, timestamps as ISO-8601', async () => {
    // Prepare
    const startDate = new Date('2025-03-01T12:00:00.000Z');
    sfn.on(DescribeExecutionCommand).resolves({ executionArn: 'arn:x', status: 'RUNNING', startDate, stateMachineArn: 'arn:m' });
    // Act
    const result = await invokerWith().invoke(taskRequest('arn:aws:states:::aws-sdk:sfn:describeExecution', { ExecutionArn: 'arn:x' }));
    // Assess
    expect(sfn.commandCalls(DescribeExecutionCommand)[0]?.args[0].input).toEqual({ executionArn: 'arn:x' });
    expect(result).toEqual({ ExecutionArn: 'arn:x', Status: 'RUNNING', StartDate: '2025-03-01T12:00:00.000Z', StateMachineArn: 'arn:m' });
  });

  it('names Step Functions errors Sfn.<Error>Exception, adding the suffix the API code lacks', async () => {
    // Prepare
    sfn.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'Execution does not exist', $metadata: {} }));
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::aws-sdk:sfn:describeExecution', { ExecutionArn: 'arn:x' })));
    // Assess
    expect(failure.error).toBe('Sfn.ExecutionDoesNotExistException');
  });

  it('sends Kinesis record Data from base64 as bytes', async () => {
    // Prepare
    kinesis.on(PutRecordCommand).resolves({ ShardId: 'shardId-000000000000', SequenceNumber: '1' });
    // Act
    const result = await invokerWith().invoke(
      taskRequest('arn:aws:states:::aws-sdk:kinesis:putRecord', { StreamName: 'analytics', PartitionKey: 'o-1', Data: Buffer.from('{"a":1}').toString('base64') }),
    );
    // Assess
    const sent = kinesis.commandCalls(PutRecordCommand)[0]?.args[0].input;
    expect(Buffer.from(sent?.Data ?? new Uint8Array()).toString()).toBe('{"a":1}');
    expect(result).toEqual({ ShardId: 'shardId-000000000000', SequenceNumber: '1' });
  });

  it('reaches SQS and EventBridge actions beyond the optimized ones', async () => {
    // Prepare
    sqs.on(ReceiveMessageCommand).resolves({ Messages: [{ MessageId: 'm-1', Body: 'x' }] });
    events.on(ListRulesCommand).resolves({ Rules: [{ Name: 'all-events' }] });
    const invoker = invokerWith();
    // Act
    const received = await invoker.invoke(taskRequest('arn:aws:states:::aws-sdk:sqs:receiveMessage', { QueueUrl: 'http://q' }));
    const rules = await invoker.invoke(taskRequest('arn:aws:states:::aws-sdk:eventbridge:listRules', { EventBusName: 'ecommerce' }));
    // Assess
    expect(received).toEqual({ Messages: [{ MessageId: 'm-1', Body: 'x' }] });
    expect(rules).toEqual({ Rules: [{ Name: 'all-events' }] });
  });

  it('gives the task signal to the SDK call and rejects when the task is cancelled', async () => {
    // Prepare
    sqs.on(ReceiveMessageCommand).callsFake(() => never());
    const controller = new AbortController();
    const pending = invokerWith().invoke(
      taskRequest('arn:aws:states:::aws-sdk:sqs:receiveMessage', { QueueUrl: 'http://q', WaitTimeSeconds: 20 }, { signal: controller.signal }),
    );
    // Act
    controller.abort();
    const failure = await statesErrorOf(pending);
    // Assess
    expect(failure.cause).toContain('cancelled');
    expect(sendOptions(sqs.commandCalls(ReceiveMessageCommand)[0])?.abortSignal?.aborted).toBe(true);
  });

  it('fails with States.Runtime for an action the service does not have', async () => {
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::aws-sdk:dynamodb:fetchEverything', {})));
    // Assess
    expect(failure.error).toBe('States.Runtime');
    expect(failure.cause).toContain("'fetchEverything' is not an API action of dynamodb");
  });
});
