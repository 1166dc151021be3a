import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ResourceNotFoundException,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { invokerWith, never, sendOptions, NOW, statesErrorOf, taskRequest } from './support';

const dynamo = mockClient(DynamoDBClient);
const KEY = { orderId: { S: 'o-1' } };

describe('dynamodb optimized integrations', () => {
  beforeEach(() => {
    dynamo.reset();
  });

  it('sends getItem as the GetItem request, typed attribute values unchanged', async () => {
    // Prepare
    dynamo.on(GetItemCommand).resolves({});
    // Act
    await invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:getItem', { TableName: 'orders', Key: KEY, ConsistentRead: true }));
    // Assess
    expect(dynamo.commandCalls(GetItemCommand)[0]?.args[0].input).toEqual({ TableName: 'orders', Key: KEY, ConsistentRead: true });
  });

  it('answers with the item as DynamoDB returns it, plus the SDK metadata', async () => {
    // Prepare
    const item = { orderId: { S: 'o-1' }, total: { N: '1200' }, lines: { L: [{ M: { sku: { S: 'a' } } }] } };
    dynamo.on(GetItemCommand).resolves({ Item: item, $metadata: { httpStatusCode: 200, requestId: 'ddb-1' } });
    // Act
    const result = await invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:getItem', { TableName: 'orders', Key: KEY }));
    // Assess
    expect(result).toEqual({
      Item: item,
      SdkHttpMetadata: {
        AllHttpHeaders: expect.objectContaining({ 'x-amzn-RequestId': ['ddb-1'] }) as unknown,
        HttpHeaders: expect.objectContaining({
          'Content-Type': 'application/x-amz-json-1.0',
          'Content-Length': String(JSON.stringify({ Item: item }).length),
          Date: NOW.toUTCString(),
          'x-amzn-RequestId': 'ddb-1',
        }) as unknown,
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: 'ddb-1' },
    });
  });

  it('answers without Item when the key matches nothing', async () => {
    // Prepare
    dynamo.on(GetItemCommand).resolves({});
    // Act
    const result = await invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:getItem', { TableName: 'orders', Key: KEY }));
    // Assess
    expect(Object.keys(result as object).sort()).toEqual(['SdkHttpMetadata', 'SdkResponseMetadata']);
  });

  it('sends binary attribute values as bytes and answers with them in base64', async () => {
    // Prepare
    dynamo.on(PutItemCommand).resolves({ Attributes: { blob: { B: Uint8Array.from([1, 2, 3]) } } });
    // Act
    const result = await invokerWith().invoke(
      taskRequest('arn:aws:states:::dynamodb:putItem', {
        TableName: 'orders',
        Item: { orderId: { S: 'o-1' }, blob: { B: 'AQID' }, nested: { M: { bytes: { BS: ['AQ=='] } } } },
        ReturnValues: 'ALL_OLD',
      }),
    );
    // Assess
    const sent = dynamo.commandCalls(PutItemCommand)[0]?.args[0].input;
    expect(sent?.Item?.blob?.B).toEqual(Uint8Array.from([1, 2, 3]));
    expect(sent?.Item?.nested?.M?.bytes?.BS).toEqual([Uint8Array.from([1])]);
    expect(result).toMatchObject({ Attributes: { blob: { B: 'AQID' } } });
  });

  it('sends updateItem with its expressions as given', async () => {
    // Prepare
    dynamo.on(UpdateItemCommand).resolves({ Attributes: { status: { S: 'CONFIRMED' } } });
    const args = {
      TableName: 'orders',
      Key: KEY,
      UpdateExpression: 'SET #s = :confirmed',
      ConditionExpression: '#s = :pending',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':confirmed': { S: 'CONFIRMED' }, ':pending': { S: 'PENDING' } },
      ReturnValues: 'UPDATED_NEW',
    };
    // Act
    const result = await invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:updateItem', args));
    // Assess
    expect(dynamo.commandCalls(UpdateItemCommand)[0]?.args[0].input).toEqual(args);
    expect(result).toMatchObject({ Attributes: { status: { S: 'CONFIRMED' } } });
  });

  it('sends deleteItem to DeleteItem', async () => {
    // Prepare
    dynamo.on(DeleteItemCommand).resolves({});
    // Act
    await invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:deleteItem', { TableName: 'orders', Key: KEY }));
    // Assess
    expect(dynamo.commandCalls(DeleteItemCommand)).toHaveLength(1);
  });

  it('names a failed condition DynamoDB.ConditionalCheckFailedException, worded as the Java SDK words it', async () => {
    // Prepare
    dynamo.on(UpdateItemCommand).rejects(
      new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: { httpStatusCode: 400, requestId: 'ddb-2' } }),
    );
    // Act
    const failure = await statesErrorOf(
      invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:updateItem', { TableName: 'orders', Key: KEY, UpdateExpression: 'SET a = :a' })),
    );
    // Assess
    expect(failure).toEqual({
      error: 'DynamoDB.ConditionalCheckFailedException',
      cause:
        'The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: ddb-2; Proxy: null)',
    });
  });

  it('names a missing table DynamoDB.ResourceNotFoundException', async () => {
    // Prepare
    dynamo.on(GetItemCommand).rejects(new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: {} }));
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:getItem', { TableName: 'nope', Key: KEY })));
    // Assess
    expect(failure.error).toBe('DynamoDB.ResourceNotFoundException');
  });

  it('names an unreachable DynamoDB DynamoDB.SdkClientException', async () => {
    // Prepare
    // The SDK attaches $metadata even to a refused connection; no service answered, so there is no $fault.
    dynamo.on(GetItemCommand).rejects(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { $metadata: { attempts: 3 } }));
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:getItem', { TableName: 'orders', Key: KEY })));
    // Assess
    expect(failure).toEqual({ error: 'DynamoDB.SdkClientException', cause: 'connect ECONNREFUSED 127.0.0.1:8000' });
  });

  it('gives the task signal to the SDK call and rejects when the task is cancelled', async () => {
    // Prepare
    dynamo.on(GetItemCommand).callsFake(() => never());
    const controller = new AbortController();
    const pending = invokerWith().invoke(taskRequest('arn:aws:states:::dynamodb:getItem', { TableName: 'orders', Key: KEY }, { signal: controller.signal }));
    // Act
    controller.abort();
    const failure = await statesErrorOf(pending);
    // Assess
    expect(failure.cause).toContain('cancelled');
    expect(sendOptions(dynamo.commandCalls(GetItemCommand)[0])?.abortSignal?.aborted).toBe(true);
  });
});
