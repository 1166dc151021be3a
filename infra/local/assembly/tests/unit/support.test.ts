import { AssemblyLoadError, describeResourceTypes, resolveTemplate } from '../..';
import { namedTable, problemsOf, template } from './helpers';

describe('what the local cloud supports', () => {
  it('reports every unsupported type, property and value at once, naming resource, type and property', () => {
    // Prepare
    const resources = {
      Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'alerts' } },
      Orders: {
        ...namedTable('orders'),
        Properties: { ...namedTable('orders').Properties, KinesisStreamSpecification: {} },
      },
      Jobs: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'jobs', FifoQueue: true } },
    };
    // Act
    const problems = problemsOf({ resources });
    // Assess
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNSUPPORTED_RESOURCE_TYPE', logicalId: 'Topic', resourceType: 'AWS::SNS::Topic' }),
      expect.objectContaining({
        code: 'UNSUPPORTED_PROPERTY',
        logicalId: 'Orders',
        resourceType: 'AWS::DynamoDB::Table',
        property: 'KinesisStreamSpecification',
      }),
      expect.objectContaining({ code: 'UNSUPPORTED_PROPERTY_VALUE', logicalId: 'Jobs', property: 'QueueName' }),
    ]);
    expect(problems.every((problem) => problem.hint !== undefined)).toBe(true);
  });

  it('throws one error whose message lists each problem with what to do', () => {
    // Prepare
    const resources = { Topic: { Type: 'AWS::SNS::Topic' }, Bucket: { Type: 'AWS::S3::Bucket' } };
    // Act
    const act = (): unknown => resolveTemplate(template({ resources }), { stackName: 'Shop-dev' });
    // Assess
    expect(act).toThrow(AssemblyLoadError);
    expect(act).toThrow(/2 problems/);
    expect(act).toThrow(/Shop-dev › Topic \(AWS::SNS::Topic\): \[UNSUPPORTED_RESOURCE_TYPE\] .* — remove it/);
    expect(act).toThrow(/Shop-dev › Bucket \(AWS::S3::Bucket\)/);
  });

  it('reports an unsupported property even when another value of the same resource fails to resolve', () => {
    // Prepare
    const table = namedTable('orders');
    const properties = { ...table.Properties, TableName: { 'Fn::ImportValue': 'name' }, TableClass: 'STANDARD', Bogus: 1 };
    // Act
    const problems = problemsOf({ resources: { Orders: { ...table, Properties: properties } } });
    // Assess
    expect(problems.map((problem) => [problem.code, problem.property])).toEqual([
      ['UNSUPPORTED_PROPERTY', 'Bogus'],
      ['UNSUPPORTED_INTRINSIC', 'TableName'],
    ]);
  });

  it('rejects a Lambda runtime other than Node.js and code that is not an asset', () => {
    // Prepare
    const fn = {
      Type: 'AWS::Lambda::Function',
      Properties: { Handler: 'app.handler', Runtime: 'python3.12', Code: { ZipFile: 'def handler(e, c): pass' }, Role: 'r' },
    };
    // Act
    const problems = problemsOf({ resources: { Fn: fn } });
    // Assess
    expect(problems.map((problem) => [problem.code, problem.property])).toEqual([
      ['UNSUPPORTED_PROPERTY_VALUE', 'Runtime'],
      ['UNSUPPORTED_PROPERTY_VALUE', 'Code'],
    ]);
  });

  it('resolves knowingly ignored types so references to them still work', () => {
    // Prepare
    const role = { Type: 'AWS::IAM::Role', Properties: { RoleName: 'reader', AssumeRolePolicyDocument: {} } };
    const logs = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/shop/api' } };
    // Act
    const stack = resolveTemplate(
      template({
        resources: { Role: role, Logs: logs },
        outputs: { role: { 'Fn::GetAtt': ['Role', 'Arn'] }, logs: { 'Fn::GetAtt': ['Logs', 'Arn'] } },
      }),
    );
    // Assess
    expect(stack.outputs).toEqual({
      role: 'arn:aws:iam::000000000000:role/reader',
      logs: 'arn:aws:logs:us-east-1:000000000000:log-group:/shop/api:*',
    });
    expect(stack.resource('Role').emulated).toBe(false);
  });

  it('documents each ignored type with a reason, and each emulated type with its properties', () => {
    // Act
    const support = describeResourceTypes();
    // Assess
    expect(support.filter((type) => type.support === 'ignored').map((type) => type.type)).toEqual(
      expect.arrayContaining(['AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::Logs::LogGroup', 'AWS::CDK::Metadata']),
    );
    for (const type of support) {
      if (type.support === 'ignored') expect(type.reason).toEqual(expect.any(String));
      else expect([...(type.properties ?? []), ...(type.inertProperties ?? [])].length).toBeGreaterThan(0);
    }
  });

  it('rejects templates that need a transform (macro) to expand', () => {
    // Act
    const problems = problemsOf({ Transform: 'AWS::Serverless-2016-10-31' });
    // Assess
    expect(problems).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_TRANSFORM' })]);
  });
});
