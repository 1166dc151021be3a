import { resolveTemplate } from '../..';
import { namedTable, problemsOf, template } from './helpers';

const functionUsing = (tableReference: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    FunctionName: 'reader',
    Handler: 'index.handler',
    Runtime: 'nodejs22.x',
    Code: { S3Bucket: 'assets', S3Key: 'abc.zip' },
    Environment: { Variables: { TABLE: tableReference } },
  },
  Metadata: { 'aws:asset:path': 'asset.abc' },
  ...extra,
});

describe('dependency order', () => {
  it('resolves a resource after the resources it references, whatever the template order', () => {
    // Act
    const stack = resolveTemplate(
      template({ resources: { Reader: functionUsing({ 'Fn::GetAtt': ['Orders', 'Arn'] }), Orders: namedTable('orders') } }),
    );
    // Assess
    expect([...stack.resources.keys()]).toEqual(['Orders', 'Reader']);
    expect(stack.resource('Reader').properties.Environment).toEqual({
      Variables: { TABLE: 'arn:aws:dynamodb:us-east-1:000000000000:table/orders' },
    });
  });

  it('orders by DependsOn and by names used in Fn::Sub', () => {
    // Act
    const stack = resolveTemplate(
      template({
        resources: {
          Reader: functionUsing({ 'Fn::Sub': '${Orders}-copy' }, { DependsOn: 'Audit' }),
          Orders: namedTable('orders'),
          Audit: namedTable('audit'),
        },
      }),
    );
    // Assess
    expect([...stack.resources.keys()].indexOf('Reader')).toBe(2);
  });

  it('reports a cycle once, naming its resources, and still reports unrelated problems', () => {
    // Prepare
    const first = { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::Sub': '${Second.QueueName}-a' } } };
    const second = { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::GetAtt': ['First', 'QueueName'] } } };
    // Act
    const problems = problemsOf({
      resources: { First: first, Second: second, Broken: { Type: 'AWS::SNS::Topic', Properties: {} } },
    });
    // Assess
    expect(problems.map((problem) => problem.code).sort()).toEqual(['CIRCULAR_DEPENDENCY', 'UNSUPPORTED_RESOURCE_TYPE']);
    expect(problems.find((problem) => problem.code === 'CIRCULAR_DEPENDENCY')?.message).toBe(
      'circular dependency: First → Second → First',
    );
  });

  it('does not report what follows from a failed resource a second time', () => {
    // Prepare
    const topic = { Type: 'AWS::SNS::Topic', Properties: {} };
    // Act
    const problems = problemsOf({ resources: { Topic: topic, Reader: functionUsing({ Ref: 'Topic' }) }, outputs: { t: { Ref: 'Topic' } } });
    // Assess
    expect(problems).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_RESOURCE_TYPE', logicalId: 'Topic' })]);
  });

  it('fails on DependsOn naming a resource that does not exist', () => {
    // Act
    const problems = problemsOf({ resources: { Orders: { ...namedTable('orders'), DependsOn: ['Ghost'] } } });
    // Assess
    expect(problems).toEqual([
      expect.objectContaining({ code: 'INVALID_TEMPLATE', logicalId: 'Orders', property: 'DependsOn' }),
    ]);
  });
});
