import { Match } from 'aws-cdk-lib/assertions';
import { discoverEventSchemas } from '../../../contracts/schema-files';
import { resourcesOf, synthesized } from '../synthesized';

describe('the shared platform', () => {
  const { template } = synthesized();

  it('creates the custom bus ecommerce-<stage>', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'ecommerce-dev' });
  });

  it('archives every event published on the bus, with a retention', () => {
    // Prepare
    const [[busId]] = [Object.keys(template.findResources('AWS::Events::EventBus'))];
    // Assess
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [busId, 'Arn'] },
      EventPattern: { account: [{ Ref: 'AWS::AccountId' }] },
      RetentionDays: 30,
    });
  });

  it('registers exactly one draft-04 schema per contract file, named after its source, type and version', () => {
    // Prepare
    const files = discoverEventSchemas();
    // Act
    const schemas = resourcesOf(template, 'AWS::EventSchemas::Schema').map(([, props]) => props);
    // Assess
    expect(files.length).toBeGreaterThan(0);
    expect(schemas.map((s) => s.SchemaName).sort()).toEqual(files.map((f) => f.schemaName).sort());
    for (const file of files) {
      const schema = schemas.find((s) => s.SchemaName === file.schemaName);
      expect(schema?.Type).toBe('JSONSchemaDraft4');
      expect(JSON.parse(String(schema?.Content))).toEqual(file.schema);
    }
  });

  it('offers USER_PASSWORD_AUTH on the storefront client and an admin group', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH']),
      GenerateSecret: false,
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'admin' });
  });

  it('verifies JWTs issued by the user pool for the storefront client', () => {
    const [[poolId]] = [Object.keys(template.findResources('AWS::Cognito::UserPool'))];
    const [[clientId]] = [Object.keys(template.findResources('AWS::Cognito::UserPoolClient'))];
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: clientId }],
        Issuer: { 'Fn::GetAtt': [poolId, 'ProviderURL'] },
      },
    });
  });

  it('serves the HTTP API with CORS for the headers clients send', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({
        AllowHeaders: Match.arrayWith(['authorization', 'content-type', 'idempotency-key']),
        ExposeHeaders: Match.arrayWith(['location']),
      }),
    });
  });

  it('writes JSON access logs of the default stage to a log group with retention', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
      },
    });
    for (const [, props] of resourcesOf(template, 'AWS::Logs::LogGroup')) {
      expect(props.RetentionInDays).toEqual(expect.any(Number));
    }
  });

  it('exports the stack outputs clients discover the system by', () => {
    const outputs = Object.keys(template.toJSON().Outputs as Record<string, unknown>);
    expect(outputs).toEqual(
      expect.arrayContaining([
        'ApiUrl',
        'UserPoolId',
        'UserPoolClientId',
        'EventBusName',
        'ArchiveName',
        'SchemaRegistryName',
        'CatalogTableName',
        'CatalogIdempotencyTableName',
      ]),
    );
  });
});
