import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { KinesisClient, ListStreamsCommand, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { startEdge, type Edge } from '../../server';
import { json, recordingService, sdkConfig, seen } from './support/fake-services';

const MAX_BODY_BYTES = 64 * 1024;

describe('the edge, driven by unmodified AWS SDK v3 clients', () => {
  const dynamodb = recordingService('dynamodb', ['DynamoDB_20120810'], () =>
    json({ TableNames: ['orders'] }, 'application/x-amz-json-1.0'),
  );
  const kinesis = recordingService('kinesis', ['Kinesis_20131202'], () =>
    json({ StreamNames: ['analytics'], HasMoreStreams: false }),
  );
  const lambda = recordingService('lambda', [], () => ({
    status: 200,
    headers: { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' },
    body: '{"ok":true}',
  }));
  const cognito = recordingService('cognito-idp', ['AWSCognitoIdentityProviderService'], () =>
    json({ AuthenticationResult: { AccessToken: 'access', IdToken: 'id', ExpiresIn: 3600, TokenType: 'Bearer' } }),
  );
  const services = [dynamodb, kinesis, lambda, cognito];
  let edge: Edge;
  let clients: { destroy(): void }[] = [];
  const client = <T extends { destroy(): void }>(created: T): T => {
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    edge = await startEdge({ port: 0, services, readiness: () => ({}), maxBodyBytes: MAX_BODY_BYTES });
  });
  afterEach(() => {
    for (const service of services) service.received.length = 0;
    for (const created of clients) created.destroy();
    clients = [];
  });
  afterAll(() => edge.close());

  it('delivers DynamoDB ListTables to the dynamodb service with its target and JSON body', async () => {
    // Prepare
    const dynamo = client(new DynamoDBClient(sdkConfig(edge.url)));
    // Act
    const output = await dynamo.send(new ListTablesCommand({ Limit: 5 }));
    // Assess
    expect(output.TableNames).toEqual(['orders']);
    expect(seen(dynamodb.received[0])).toMatchObject({
      method: 'POST',
      path: '/',
      httpVersion: '1.1',
      headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables' },
      body: '{"Limit":5}',
    });
  });

  it('surfaces a target no service answers as UnknownOperationException, naming what was sent', async () => {
    // Prepare
    const events = client(new EventBridgeClient(sdkConfig(edge.url)));
    const putEvents = new PutEventsCommand({ Entries: [{ Source: 'ecommerce.test', DetailType: 'Ping', Detail: '{}' }] });
    // Act
    const failure = events.send(putEvents);
    // Assess
    await expect(failure).rejects.toMatchObject({
      name: 'UnknownOperationException',
      message: expect.stringContaining('AWSEvents.PutEvents') as unknown,
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('answers a query-protocol client (CloudFormation) no service serves in XML, which its SDK parses', async () => {
    // Prepare
    const stacks = client(new CloudFormationClient(sdkConfig(edge.url)));
    // Act
    const failure = stacks.send(new DescribeStacksCommand({ StackName: 'Ecommerce-dev' }));
    // Assess
    await expect(failure).rejects.toMatchObject({
      name: 'UnknownOperationException',
      message: expect.stringContaining("DescribeStacks (received no X-Amz-Target, credential scope for service 'cloudformation')") as unknown,
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('serves the Kinesis client, which speaks HTTP/2, over h2c', async () => {
    // Prepare
    const streams = client(new KinesisClient(sdkConfig(edge.url)));
    // Act
    const output = await streams.send(new ListStreamsCommand({}));
    // Assess
    expect(output.StreamNames).toEqual(['analytics']);
    expect(seen(kinesis.received[0])).toMatchObject({
      httpVersion: '2',
      headers: { 'x-amz-target': 'Kinesis_20131202.ListStreams', host: expect.stringContaining('127.0.0.1') as unknown },
    });
  });

  it('routes Lambda Invoke (restJson, no target) by its credential scope, path and payload intact', async () => {
    // Prepare
    const functions = client(new LambdaClient(sdkConfig(edge.url)));
    // Act
    const output = await functions.send(
      new InvokeCommand({ FunctionName: 'create-product', Payload: Buffer.from('{"hello":"edge"}') }),
    );
    // Assess
    expect(Buffer.from(output.Payload ?? []).toString()).toBe('{"ok":true}');
    expect(output.ExecutedVersion).toBe('$LATEST');
    expect(seen(lambda.received[0])).toMatchObject({
      method: 'POST',
      path: '/2015-03-31/functions/create-product/invocations',
      body: '{"hello":"edge"}',
    });
  });

  it('delivers Cognito InitiateAuth, which the SDK sends unsigned, by its target', async () => {
    // Prepare
    const identity = client(new CognitoIdentityProviderClient(sdkConfig(edge.url)));
    const initiateAuth = new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'client-1',
      AuthParameters: { USERNAME: 'alice', PASSWORD: 'Passw0rd!' },
    });
    // Act
    const output = await identity.send(initiateAuth);
    // Assess
    expect(output.AuthenticationResult?.AccessToken).toBe('access');
    const request = cognito.received[0];
    expect(request?.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.InitiateAuth');
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('refuses a body over the limit with 413 before it reaches the service, over HTTP/1.1', async () => {
    // Prepare
    const functions = client(new LambdaClient(sdkConfig(edge.url)));
    const payload = Buffer.from(JSON.stringify({ blob: 'x'.repeat(MAX_BODY_BYTES) }));
    // Act
    const failure = functions.send(new InvokeCommand({ FunctionName: 'create-product', Payload: payload }));
    // Assess
    await expect(failure).rejects.toMatchObject({
      name: 'RequestEntityTooLargeException',
      $metadata: { httpStatusCode: 413 },
    });
    expect(lambda.received).toEqual([]);
  });

  it('refuses a body over the limit with 413 over HTTP/2 as well', async () => {
    // Prepare
    const streams = client(new KinesisClient(sdkConfig(edge.url)));
    const record = new PutRecordCommand({
      StreamName: 'analytics',
      PartitionKey: 'p',
      Data: Buffer.alloc(MAX_BODY_BYTES, 1),
    });
    // Act
    const failure = streams.send(record);
    // Assess
    await expect(failure).rejects.toMatchObject({
      name: 'RequestEntityTooLargeException',
      $metadata: { httpStatusCode: 413 },
    });
    expect(kinesis.received).toEqual([]);
  });
});
