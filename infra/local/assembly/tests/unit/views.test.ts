import { functionSpecs, resolveTemplate, tableSpecs, type Json } from '../..';
import { template } from './helpers';

const assemblyDirectory = '/assembly';

function stackOf(resources: Record<string, Json>) {
  return resolveTemplate(template({ resources }), { stackName: 'Shop-dev', assemblyDirectory });
}

const handlerFunction = (properties: Record<string, Json> = {}): Json => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    FunctionName: 'list-products',
    Handler: 'index.handler',
    Runtime: 'nodejs22.x',
    Code: { S3Bucket: 'assets', S3Key: 'abc.zip' },
    ...properties,
  },
  Metadata: { 'aws:asset:path': 'asset.abc' },
});

describe('functionSpecs', () => {
  it("applies Lambda's defaults to a function that sets nothing optional", () => {
    // Act
    const [spec] = functionSpecs(stackOf({ Fn: handlerFunction() }));
    // Assess
    expect(spec).toEqual({
      logicalId: 'Fn',
      name: 'list-products',
      arn: 'arn:aws:lambda:us-east-1:000000000000:function:list-products',
      handler: 'index.handler',
      runtime: 'nodejs22.x',
      timeoutSeconds: 3,
      memoryMb: 128,
      environment: {},
      reservedConcurrency: undefined,
      codeDir: '/assembly/asset.abc',
      deadLetterTargetArn: undefined,
      asyncConfig: { maximumRetryAttempts: 2, maximumEventAgeSeconds: 21600, onSuccess: undefined, onFailure: undefined },
      logGroupName: undefined,
      logging: { format: 'Text' },
    });
  });

  it('reads the JSON log format and its levels from LoggingConfig', () => {
    // Prepare
    const fn = handlerFunction({ LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'DEBUG', LogGroup: 'app-logs' } });
    // Act
    const [spec] = functionSpecs(stackOf({ Fn: fn }));
    // Assess
    expect(spec).toMatchObject({ logGroupName: 'app-logs', logging: { format: 'JSON', applicationLogLevel: 'DEBUG' } });
  });

  it('reads timeout, memory, resolved environment, reserved concurrency and async invoke settings', () => {
    // Prepare
    const resources = {
      Dlq: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'dlq' } },
      Fn: handlerFunction({
        Timeout: 10,
        MemorySize: 256,
        ReservedConcurrentExecutions: 2,
        Environment: { Variables: { QUEUE_URL: { Ref: 'Dlq' }, RETRIES: 3 } },
      }),
      Async: {
        Type: 'AWS::Lambda::EventInvokeConfig',
        Properties: {
          FunctionName: { Ref: 'Fn' },
          Qualifier: '$LATEST',
          MaximumRetryAttempts: 0,
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['Dlq', 'Arn'] } } },
        },
      },
    };
    // Act
    const [spec] = functionSpecs(stackOf(resources));
    // Assess
    expect(spec).toMatchObject({
      timeoutSeconds: 10,
      memoryMb: 256,
      reservedConcurrency: 2,
      environment: { QUEUE_URL: 'http://127.0.0.1:4566/000000000000/dlq', RETRIES: '3' },
      asyncConfig: { maximumRetryAttempts: 0, onFailure: 'arn:aws:sqs:us-east-1:000000000000:dlq' },
    });
  });
});

describe('tableSpecs', () => {
  it('describes a table in the DynamoDB API shapes, with its stream and TTL', () => {
    // Prepare
    const table = {
      Type: 'AWS::DynamoDB::GlobalTable',
      Properties: {
        TableName: 'orders',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'N' },
        ],
        GlobalSecondaryIndexes: [
          { IndexName: 'bySk', KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
        ],
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        Replicas: [{ Region: { Ref: 'AWS::Region' } }],
      },
    };
    // Act
    const [spec] = tableSpecs(stackOf({ Orders: table }));
    // Assess
    expect(spec).toMatchObject({
      tableName: 'orders',
      billingMode: 'PAY_PER_REQUEST',
      keySchema: table.Properties.KeySchema,
      attributeDefinitions: table.Properties.AttributeDefinitions,
      globalSecondaryIndexes: table.Properties.GlobalSecondaryIndexes,
      streamViewType: 'NEW_AND_OLD_IMAGES',
      streamArn: expect.stringMatching(/table\/orders\/stream\//) as unknown,
      timeToLiveAttribute: 'expiresAt',
    });
  });
});
