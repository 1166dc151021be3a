import { resolveTemplate } from '../..';
import { namedTable, outputsOf, problemsOf, template } from './helpers';

const stageParameter = { Stage: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] } };

describe('conditions', () => {
  it('evaluates Fn::Equals, Fn::And, Fn::Or, Fn::Not and references to other conditions', () => {
    // Prepare
    const conditions = {
      IsDev: { 'Fn::Equals': [{ Ref: 'Stage' }, 'dev'] },
      IsProd: { 'Fn::Not': [{ Condition: 'IsDev' }] },
      InUsEast: { 'Fn::Equals': ['us-east-1', { Ref: 'AWS::Region' }] },
      DevInUsEast: { 'Fn::And': [{ Condition: 'IsDev' }, { Condition: 'InUsEast' }] },
      ProdOrUsEast: { 'Fn::Or': [{ Condition: 'IsProd' }, { Condition: 'InUsEast' }] },
    };
    const pick = (name: string) => ({ 'Fn::If': [name, 'yes', 'no'] });
    // Act
    const outputs = outputsOf({
      Parameters: stageParameter,
      Conditions: conditions,
      outputs: { dev: pick('IsDev'), prod: pick('IsProd'), both: pick('DevInUsEast'), either: pick('ProdOrUsEast') },
    });
    // Assess
    expect(outputs).toEqual({ dev: 'yes', prod: 'no', both: 'yes', either: 'yes' });
  });

  it('follows a parameter override into the conditions', () => {
    // Act
    const outputs = outputsOf(
      {
        Parameters: stageParameter,
        Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
        outputs: { retention: { 'Fn::If': ['IsProd', '365', '7'] } },
      },
      { parameters: { Stage: 'prod' } },
    );
    // Assess
    expect(outputs.retention).toBe('365');
  });

  it('leaves out resources and outputs whose condition is false', () => {
    // Act
    const stack = resolveTemplate(
      template({
        Parameters: stageParameter,
        Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
        resources: { Audit: { ...namedTable('audit'), Condition: 'IsProd' }, Orders: namedTable('orders') },
        Outputs: { AuditTable: { Value: { Ref: 'Audit' }, Condition: 'IsProd' }, OrdersTable: { Value: { Ref: 'Orders' } } },
      }),
    );
    // Assess
    expect([...stack.resources.keys()]).toEqual(['Orders']);
    expect(stack.outputs).toEqual({ OrdersTable: 'orders' });
  });

  it('removes a property or list element that Fn::If resolves to AWS::NoValue', () => {
    // Prepare
    const queue = {
      Type: 'AWS::SQS::Queue',
      Properties: {
        QueueName: 'orders',
        DelaySeconds: { 'Fn::If': ['IsProd', 5, { Ref: 'AWS::NoValue' }] },
        Tags: [{ Key: 'a', Value: '1' }, { 'Fn::If': ['IsProd', { Key: 'b', Value: '2' }, { Ref: 'AWS::NoValue' }] }],
      },
    };
    // Act
    const stack = resolveTemplate(
      template({ Conditions: { IsProd: { 'Fn::Equals': ['dev', 'prod'] } }, resources: { Queue: queue } }),
    );
    // Assess
    expect(stack.resource('Queue').properties).toEqual({ QueueName: 'orders', Tags: [{ Key: 'a', Value: '1' }] });
  });

  it('fails when a created resource refers to one whose condition is false', () => {
    // Act
    const problems = problemsOf({
      Conditions: { Never: { 'Fn::Equals': ['a', 'b'] } },
      resources: { Audit: { ...namedTable('audit'), Condition: 'Never' } },
      outputs: { audit: { Ref: 'Audit' } },
    });
    // Assess
    expect(problems).toEqual([expect.objectContaining({ code: 'UNRESOLVED_REFERENCE', location: 'Outputs.audit' })]);
    expect(problems[0]?.message).toContain('condition Never is false');
  });

  it('reports conditions that refer to themselves, to undefined conditions, or that have the wrong arity', () => {
    // Act
    const problems = problemsOf({
      Conditions: {
        Loop: { 'Fn::Not': [{ Condition: 'Loop' }] },
        Dangling: { 'Fn::Not': [{ Condition: 'Missing' }] },
        Lonely: { 'Fn::And': [{ 'Fn::Equals': ['a', 'a'] }] },
      },
    });
    // Assess
    expect(problems.map((problem) => [problem.location, problem.code])).toEqual([
      ['Conditions.Loop', 'CIRCULAR_DEPENDENCY'],
      ['Conditions.Dangling', 'UNRESOLVED_REFERENCE'],
      ['Conditions.Lonely', 'INVALID_INTRINSIC'],
    ]);
  });

  it('rejects references to resources inside Conditions', () => {
    // Act
    const problems = problemsOf({
      Conditions: { HasOrders: { 'Fn::Equals': [{ Ref: 'Orders' }, 'orders'] } },
      resources: { Orders: namedTable('orders') },
    });
    // Assess
    expect(problems).toEqual([expect.objectContaining({ code: 'INVALID_INTRINSIC', location: 'Conditions.HasOrders' })]);
  });
});
