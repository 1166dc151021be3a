import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { LOCAL_CREDENTIALS, startDynamoDbLocal, type RunningDynamoDbLocal } from '../../dynamodb-local-process';
import { dynamoDbService } from '../../dynamodb-service';
import { ensureTables, type TableDefinition } from '../../tables';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const waitFor = async (condition: () => boolean, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
};

const ordersTable: TableDefinition = {
  tableName: 'orders-local-test',
  keySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
  attributeDefinitions: [
    { AttributeName: 'orderId', AttributeType: 'S' },
    { AttributeName: 'customerId', AttributeType: 'S' },
  ],
  globalSecondaryIndexes: [
    { IndexName: 'byCustomer', KeySchema: [{ AttributeName: 'customerId', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } },
  ],
  streamViewType: 'NEW_AND_OLD_IMAGES',
  timeToLiveAttribute: 'expiresAt',
};

describe('DynamoDB Local managed by the local cloud', () => {
  let dynamo: RunningDynamoDbLocal;
  let client: DynamoDBClient;

  beforeAll(async () => {
    dynamo = await startDynamoDbLocal();
    client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
  });
  afterAll(async () => {
    client.destroy();
    await dynamo.stop();
  });

  it('creates a table as declared — keys, index, stream and TTL — and leaves an existing one alone', async () => {
    // Act
    const first = await ensureTables(client, [ordersTable]);
    const again = await ensureTables(client, [ordersTable]);
    // Assess
    expect(first.get('orders-local-test')).toBe('created');
    expect(again.get('orders-local-test')).toBe('existed');
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'orders-local-test' }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['byCustomer']);
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: 'orders-local-test' }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe('expiresAt');
  });

  it('answers DynamoDB requests forwarded by the edge service byte for byte', async () => {
    // Prepare
    const service = dynamoDbService(dynamo.endpoint);
    // Act
    const response = await service.handle({
      method: 'POST',
      path: '/',
      query: {},
      headers: {
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-date': '20260101T000000Z',
        // DynamoDB Local requires a SigV4-shaped header but does not verify the signature.
        authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        host: 'ignored',
      },
      body: Buffer.from('{}'),
      httpVersion: '1.1',
    });
    // Assess
    expect(response.status).toBe(200);
    expect(JSON.parse(String(response.body))).toMatchObject({ TableNames: expect.arrayContaining(['orders-local-test']) as unknown });
    expect(response.headers?.['x-amz-crc32']).toBeDefined();
  });

  it('stops its JVM when stopped', async () => {
    // Prepare
    const second = await startDynamoDbLocal();
    // Act
    await second.stop();
    // Assess
    expect(await waitFor(() => !isAlive(second.jvmPid), 5_000)).toBe(true);
  });

  it('leaves no JVM behind when its parent is killed with SIGKILL', async () => {
    // Prepare: a parent process that starts DynamoDB Local through the watchdog, as `npm start` does
    const watchdog = path.join(__dirname, '..', '..', 'watchdog.js');
    const parentScript = `
      const { spawn } = require('node:child_process');
      const w = spawn(process.execPath, [${JSON.stringify(watchdog)}, '{}'], { stdio: ['pipe', 'pipe', 'inherit'] });
      w.stdout.pipe(process.stdout);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    const jvmPid = await new Promise<number>((resolve) => {
      parent.stdout.once('data', (chunk: Buffer) => {
        resolve((JSON.parse(chunk.toString('utf8')) as { jvmPid: number }).jvmPid);
      });
    });
    expect(isAlive(jvmPid)).toBe(true);
    // Act
    parent.kill('SIGKILL');
    // Assess
    expect(await waitFor(() => !isAlive(jvmPid), 10_000)).toBe(true);
  });
});
