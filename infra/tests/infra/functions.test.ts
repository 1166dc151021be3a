import { resourcesOf, synthesized } from '../synthesized';

type Json = Record<string, unknown>;

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('every Lambda function', () => {
  const { template } = synthesized();
  const functions = resourcesOf(template, 'AWS::Lambda::Function');
  const policies = resourcesOf(template, 'AWS::IAM::Policy');

  it('exists', () => {
    expect(functions.length).toBeGreaterThan(0);
  });

  it.each(functions)('%s runs Node.js 22 on arm64 with tracing, JSON logs and the Powertools environment', (_id, props) => {
    expect(props.Runtime).toBe('nodejs22.x');
    expect(props.Architectures).toEqual(['arm64']);
    expect(props.TracingConfig).toEqual({ Mode: 'Active' });
    expect(props.LoggingConfig).toMatchObject({ LogFormat: 'JSON' });
    expect((props.LoggingConfig as Json).LogGroup).toBeDefined();
    const env = ((props.Environment as Json | undefined)?.Variables ?? {}) as Json;
    expect(env).toMatchObject({ POWERTOOLS_METRICS_NAMESPACE: 'Ecommerce', NODE_OPTIONS: '--enable-source-maps' });
    expect(typeof env.POWERTOOLS_SERVICE_NAME).toBe('string');
    expect(typeof env.POWERTOOLS_LOG_LEVEL).toBe('string');
  });

  it('never gets a DynamoDB or EventBridge action on a "*" resource', () => {
    const statements = policies.flatMap(([, props]) =>
      asArray(((props.PolicyDocument as Json).Statement ?? []) as Statement[]),
    );
    const dataStatements = statements.filter((s) =>
      asArray(s.Action).some((a) => a.startsWith('dynamodb:') || a.startsWith('events:')),
    );
    expect(dataStatements.length).toBeGreaterThan(0);
    for (const statement of dataStatements) {
      expect(asArray(statement.Resource)).not.toContain('*');
    }
  });

  it('may put events only on the ecommerce bus', () => {
    const [[busId]] = [Object.keys(template.findResources('AWS::Events::EventBus'))];
    const putEvents = policies
      .flatMap(([, props]) => asArray(((props.PolicyDocument as Json).Statement ?? []) as Statement[]))
      .filter((s) => asArray(s.Action).includes('events:PutEvents'));
    expect(putEvents.length).toBeGreaterThan(0);
    for (const statement of putEvents) {
      expect(statement.Resource).toEqual({ 'Fn::GetAtt': [busId, 'Arn'] });
    }
  });
});
