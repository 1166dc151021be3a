import { resolveTemplate, type Json } from '../..';
import { template } from './helpers';

const endpoints = { edgeUrl: 'http://127.0.0.1:4566', apiUrl: 'http://127.0.0.1:3000' };

function resolve(resources: Record<string, Json>, outputs: Record<string, Json> = {}) {
  return resolveTemplate(template({ resources, outputs }), { stackName: 'Shop-dev', endpoints });
}

describe('resource type descriptors', () => {
  it("names an unnamed resource `<stack>-<logicalId>-<SUFFIX>` within the type's length limit, the same on every load", () => {
    // Prepare
    const longId = `Handler${'X'.repeat(70)}`;
    const fn = (id: string): Json => ({
      Type: 'AWS::Lambda::Function',
      Properties: { Handler: 'index.handler', Runtime: 'nodejs22.x', Code: { S3Bucket: 'b', S3Key: `${id}.zip` } },
      Metadata: { 'aws:asset:path': 'asset.x' },
    });
    // Act
    const first = resolve({ Short: fn('a'), [longId]: fn('b') });
    const second = resolve({ Short: fn('a'), [longId]: fn('b') });
    // Assess
    expect(first.resource('Short').physicalId).toMatch(/^Shop-dev-Short-[A-Z0-9]{12}$/);
    expect(first.resource(longId).physicalId.length).toBe(64);
    expect(first.resource(longId).physicalId).toMatch(/^Shop-dev-HandlerX+-[A-Z0-9]{12}$/);
    expect(second.resource('Short').physicalId).toBe(first.resource('Short').physicalId);
  });

  it('gives a table a StreamArn only when it has a stream', () => {
    // Prepare
    const table = (stream: boolean): Json => ({
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        TableName: stream ? 'streamed' : 'plain',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        ...(stream ? { StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } } : {}),
      },
    });
    // Act
    const stack = resolve({ Streamed: table(true), Plain: table(false) });
    // Assess
    expect(stack.resource('Streamed').attributes.StreamArn).toMatch(
      /^arn:aws:dynamodb:us-east-1:000000000000:table\/streamed\/stream\/.+$/,
    );
    expect(stack.resource('Plain').attributes.StreamArn).toBeUndefined();
  });

  it('points the HTTP API URL that the template builds with Fn::Join at the local API server', () => {
    // Prepare
    const api = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'shop', ProtocolType: 'HTTP' } };
    const url = {
      'Fn::Join': ['', ['https://', { Ref: 'Api' }, '.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/']],
    };
    // Act
    const stack = resolve({ Api: api }, { ApiUrl: url, Endpoint: { 'Fn::GetAtt': ['Api', 'ApiEndpoint'] } });
    // Assess
    expect(stack.resource('Api').physicalId).toMatch(/^[a-z0-9]{10}$/);
    expect(stack.outputs).toEqual({ ApiUrl: 'http://127.0.0.1:3000/', Endpoint: 'http://127.0.0.1:3000' });
  });

  it("gives a user pool AWS's id shape and an issuer on the edge", () => {
    // Prepare
    const pool = { Type: 'AWS::Cognito::UserPool', Properties: { UserPoolName: 'customers' } };
    const client = { Type: 'AWS::Cognito::UserPoolClient', Properties: { UserPoolId: { Ref: 'Pool' }, ClientName: 'web' } };
    // Act
    const stack = resolve({ Pool: pool, Client: client }, { Issuer: { 'Fn::GetAtt': ['Pool', 'ProviderURL'] } });
    // Assess
    const poolId = stack.resource('Pool').physicalId;
    expect(poolId).toMatch(/^us-east-1_[A-Za-z0-9]{9}$/);
    expect(stack.outputs.Issuer).toBe(`http://127.0.0.1:4566/${poolId}`);
    expect(stack.resource('Client').physicalId).toMatch(/^[a-z0-9]{26}$/);
  });

  it('returns what Ref returns on AWS: a queue URL (on the edge), a registry ARN, `bus|rule` for a custom-bus rule', () => {
    // Prepare
    const resources = {
      Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'intake' } },
      Registry: { Type: 'AWS::EventSchemas::Registry', Properties: { RegistryName: 'shop' } },
      Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'shop' } },
      Rule: { Type: 'AWS::Events::Rule', Properties: { Name: 'to-intake', EventBusName: { Ref: 'Bus' } } },
      Machine: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: '{}', RoleArn: 'r' } },
    };
    // Act
    const stack = resolve(resources, { RuleArn: { 'Fn::GetAtt': ['Rule', 'Arn'] } });
    // Assess
    expect(stack.resource('Queue').physicalId).toBe('http://127.0.0.1:4566/000000000000/intake');
    expect(stack.resource('Registry').physicalId).toBe('arn:aws:schemas:us-east-1:000000000000:registry/shop');
    expect(stack.resource('Rule').physicalId).toBe('shop|to-intake');
    expect(stack.outputs.RuleArn).toBe('arn:aws:events:us-east-1:000000000000:rule/shop/to-intake');
    expect(stack.resource('Machine').physicalId).toMatch(/^arn:aws:states:us-east-1:000000000000:stateMachine:Machine-\w{12}$/);
  });
});
