import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStackResourceCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import { resolveTemplate, type Json, type LocalStack } from '../../../assembly';
import { startEdgeTestServer, testClientConfig, type EdgeTestServer } from '../../../testing/edge-test-server';
import { cloudFormationService } from '../..';

const DEPLOYED_AT = new Date('2026-11-24T10:00:00.000Z');

/** Small, but with every shape the API reports: a description, a named and a generated name, metadata, an export. */
const SHOP_TEMPLATE = {
  Description: 'Shop — orders & events',
  Resources: {
    OrdersTable: {
      Type: 'AWS::DynamoDB::Table',
      Metadata: { 'aws:cdk:path': 'Shop-dev/Orders/Resource' },
      Properties: {
        TableName: 'shop-orders',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      },
    },
    Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'shop-events' } },
    IntakeQueue: { Type: 'AWS::SQS::Queue', Properties: {} },
  },
  Outputs: {
    OrdersTableName: { Value: { Ref: 'OrdersTable' }, Description: 'The orders table' },
    EventBusArn: { Value: { 'Fn::GetAtt': ['Bus', 'Arn'] }, Export: { Name: 'shop-bus-arn' } },
    IntakeQueueUrl: { Value: { Ref: 'IntakeQueue' } },
    // Everything XML must escape, and a CR that a parser would otherwise normalize away.
    Motto: { Value: `<buy> & "sell" 'now'\r\n` },
  },
} as const;

const ADMIN_TEMPLATE = {
  Resources: { AuditBus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'audit' } } },
} as const;

function stack(template: object, stackName: string): LocalStack {
  // Test templates are JSON literals; the assertion only widens their literal types.
  return resolveTemplate(template as Json, { stackName });
}

describe('the local CloudFormation', () => {
  const shop = stack(SHOP_TEMPLATE, 'Shop-dev');
  const admin = stack(ADMIN_TEMPLATE, 'Admin-dev');
  let server: EdgeTestServer;
  let cloudFormation: CloudFormationClient;

  beforeAll(async () => {
    let requests = 0;
    server = await startEdgeTestServer(
      cloudFormationService({
        stacks: [shop, admin],
        deployedAt: DEPLOYED_AT,
        newRequestId: () => `request-${String(++requests)}`,
      }),
    );
    cloudFormation = new CloudFormationClient(testClientConfig(server));
  });

  afterAll(async () => {
    cloudFormation.destroy();
    await server.close();
  });

  /** A raw awsQuery call, for what the SDK hides: the exact XML on the wire. */
  async function post(form: Record<string, string>): Promise<{ status: number; body: string }> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: new URLSearchParams({ Version: '2010-05-15', ...form }).toString(),
    });
    return { status: response.status, body: await response.text() };
  }

  describe('DescribeStacks', () => {
    it('returns the stack with its outputs resolved to local values', async () => {
      // Act
      const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: 'Shop-dev' }));

      // Assess
      expect(Stacks).toEqual([
        expect.objectContaining({
          StackName: 'Shop-dev',
          StackId: shop.stackId,
          Description: 'Shop — orders & events',
          StackStatus: 'CREATE_COMPLETE',
          CreationTime: DEPLOYED_AT,
        }),
      ]);
      expect(Stacks?.[0]?.Outputs).toEqual([
        { OutputKey: 'OrdersTableName', OutputValue: 'shop-orders', Description: 'The orders table' },
        {
          OutputKey: 'EventBusArn',
          OutputValue: 'arn:aws:events:us-east-1:000000000000:event-bus/shop-events',
          ExportName: 'shop-bus-arn',
        },
        { OutputKey: 'IntakeQueueUrl', OutputValue: shop.outputs.IntakeQueueUrl },
        { OutputKey: 'Motto', OutputValue: `<buy> & "sell" 'now'\r\n` },
      ]);
    });

    it('finds a stack by its stack id as well as by its name', async () => {
      // Act
      const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: admin.stackId }));

      // Assess
      expect(Stacks?.map((described) => described.StackName)).toEqual(['Admin-dev']);
    });

    it('describes every stack when no stack is named', async () => {
      // Act
      const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({}));

      // Assess
      expect(Stacks?.map((described) => described.StackName)).toEqual(['Shop-dev', 'Admin-dev']);
    });

    it('rejects an unknown stack with the ValidationError AWS returns', async () => {
      // Act
      const act = cloudFormation.send(new DescribeStacksCommand({ StackName: 'Nope-dev' }));

      // Assess
      await expect(act).rejects.toThrow(CloudFormationServiceException);
      await expect(act).rejects.toMatchObject({
        name: 'ValidationError',
        message: 'Stack with id Nope-dev does not exist',
        $metadata: { httpStatusCode: 400 },
      });
    });

    it('writes the unknown-stack error document exactly as AWS does', async () => {
      // Act
      const response = await post({ Action: 'DescribeStacks', StackName: 'Nope-dev' });

      // Assess
      expect(response.status).toBe(400);
      expect(response.body).toMatch(
        /^<ErrorResponse xmlns="http:\/\/cloudformation\.amazonaws\.com\/doc\/2010-05-15\/"><Error><Type>Sender<\/Type><Code>ValidationError<\/Code><Message>Stack with id Nope-dev does not exist<\/Message><\/Error><RequestId>request-\d+<\/RequestId><\/ErrorResponse>$/,
      );
    });
  });

  describe('ListStackResources', () => {
    it('lists every resource of the stack with its physical id', async () => {
      // Act
      const { StackResourceSummaries } = await cloudFormation.send(
        new ListStackResourcesCommand({ StackName: 'Shop-dev' }),
      );

      // Assess
      expect(StackResourceSummaries).toEqual([
        {
          LogicalResourceId: 'OrdersTable',
          PhysicalResourceId: 'shop-orders',
          ResourceType: 'AWS::DynamoDB::Table',
          ResourceStatus: 'CREATE_COMPLETE',
          LastUpdatedTimestamp: DEPLOYED_AT,
          DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
        },
        expect.objectContaining({ LogicalResourceId: 'Bus', PhysicalResourceId: 'shop-events' }),
        expect.objectContaining({
          LogicalResourceId: 'IntakeQueue',
          PhysicalResourceId: shop.resource('IntakeQueue').physicalId,
          ResourceType: 'AWS::SQS::Queue',
        }),
      ]);
    });

    it('rejects an unknown stack with the ValidationError AWS returns', async () => {
      // Act
      const act = cloudFormation.send(new ListStackResourcesCommand({ StackName: 'Nope-dev' }));

      // Assess
      await expect(act).rejects.toMatchObject({
        name: 'ValidationError',
        message: 'Stack with id Nope-dev does not exist',
      });
    });
  });

  describe('DescribeStackResources', () => {
    it('narrows the stack resources to one logical id', async () => {
      // Act
      const { StackResources } = await cloudFormation.send(
        new DescribeStackResourcesCommand({ StackName: 'Shop-dev', LogicalResourceId: 'Bus' }),
      );

      // Assess
      expect(StackResources).toEqual([
        {
          StackName: 'Shop-dev',
          StackId: shop.stackId,
          LogicalResourceId: 'Bus',
          PhysicalResourceId: 'shop-events',
          ResourceType: 'AWS::Events::EventBus',
          ResourceStatus: 'CREATE_COMPLETE',
          Timestamp: DEPLOYED_AT,
          DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
        },
      ]);
    });

    it('finds the owning stack from a physical id alone', async () => {
      // Act
      const { StackResources } = await cloudFormation.send(
        new DescribeStackResourcesCommand({ PhysicalResourceId: 'audit' }),
      );

      // Assess
      expect(StackResources?.map((resource) => [resource.StackName, resource.LogicalResourceId])).toEqual([
        ['Admin-dev', 'AuditBus'],
      ]);
    });
  });

  describe('DescribeStackResource', () => {
    it('returns the resource detail with its template metadata', async () => {
      // Act
      const { StackResourceDetail } = await cloudFormation.send(
        new DescribeStackResourceCommand({ StackName: 'Shop-dev', LogicalResourceId: 'OrdersTable' }),
      );

      // Assess
      expect(StackResourceDetail).toMatchObject({
        StackName: 'Shop-dev',
        PhysicalResourceId: 'shop-orders',
        ResourceStatus: 'CREATE_COMPLETE',
        LastUpdatedTimestamp: DEPLOYED_AT,
      });
      expect(JSON.parse(StackResourceDetail?.Metadata ?? 'null')).toEqual({
        'aws:cdk:path': 'Shop-dev/Orders/Resource',
      });
    });

    it('rejects a logical id the stack does not have', async () => {
      // Act
      const act = cloudFormation.send(
        new DescribeStackResourceCommand({ StackName: 'Shop-dev', LogicalResourceId: 'Ghost' }),
      );

      // Assess
      await expect(act).rejects.toMatchObject({
        name: 'ValidationError',
        message: 'Resource Ghost does not exist for stack Shop-dev',
      });
    });
  });

  it('names a missing required parameter as AWS does', async () => {
    // Act
    const response = await post({ Action: 'ListStackResources' });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body).toContain(
      '<Code>ValidationError</Code><Message>1 validation error detected: Value null at &apos;stackName&apos; failed to satisfy constraint: Member must not be null</Message>',
    );
  });

  it('answers an action it does not know with the query protocol InvalidAction error', async () => {
    // Act
    const response = await post({ Action: 'CreateStack', StackName: 'Shop-dev' });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body).toContain(
      '<Code>InvalidAction</Code><Message>Could not find operation CreateStack for version 2010-05-15</Message>',
    );
  });
});
