import { alphabets, stableToken } from '../physical-names';
import type { EmulatedResourceType, IdentityContext } from './descriptor';
import { TAGS } from './descriptor';
import { oneOf, requiredString } from './properties';

/**
 * API Gateway HTTP APIs (v2), served by the local API server: Lambda proxy integrations and JWT authorizers. Ids are
 * lower-case alphanumerics of AWS's lengths; the execute-api URL of an API means the local API URL here.
 */
function idOf(context: IdentityContext, length: number): string {
  return stableToken(`${context.stackName}/${context.logicalId}`, length, alphabets.lower);
}

export const apiGatewayV2Types: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::ApiGatewayV2::Api',
    support: 'emulated',
    properties: ['Name', 'ProtocolType', 'CorsConfiguration', 'DisableExecuteApiEndpoint'],
    inertProperties: [...TAGS, 'Description', 'Version', 'IpAddressType', 'DisableSchemaValidation'],
    validate: (properties) => oneOf(properties, 'ProtocolType', ['HTTP'], 'WebSocket APIs are not emulated'),
    identify: (context) => {
      const apiId = idOf(context, 10);
      const { apiUrl } = context.env.endpoints;
      const awsEndpoint = `https://${apiId}.execute-api.${context.env.region}.${context.env.urlSuffix}`;
      return { ref: apiId, attributes: { ApiId: apiId, ApiEndpoint: apiUrl }, rewrites: [{ from: awsEndpoint, to: apiUrl }] };
    },
  },
  {
    type: 'AWS::ApiGatewayV2::Stage',
    support: 'emulated',
    properties: ['ApiId', 'StageName', 'AutoDeploy', 'DefaultRouteSettings', 'RouteSettings', 'StageVariables'],
    // Access logs go to the local API server's own log; there is no CloudWatch locally.
    inertProperties: [...TAGS, 'AccessLogSettings', 'Description', 'DeploymentId', 'ClientCertificateId'],
    identify: (context) => ({ ref: requiredString(context.properties, 'StageName'), attributes: {} }),
  },
  {
    type: 'AWS::ApiGatewayV2::Route',
    support: 'emulated',
    properties: ['ApiId', 'RouteKey', 'Target', 'AuthorizationType', 'AuthorizerId', 'AuthorizationScopes'],
    inertProperties: ['OperationName'],
    validate: (properties) =>
      oneOf(properties, 'AuthorizationType', ['NONE', 'JWT'], 'IAM and Lambda authorization are not emulated'),
    identify: (context) => {
      const routeId = idOf(context, 7);
      return { ref: routeId, attributes: { RouteId: routeId } };
    },
  },
  {
    type: 'AWS::ApiGatewayV2::Integration',
    support: 'emulated',
    properties: ['ApiId', 'IntegrationType', 'IntegrationUri', 'PayloadFormatVersion', 'TimeoutInMillis'],
    inertProperties: ['Description', 'CredentialsArn'],
    validate: (properties) => [
      ...oneOf(properties, 'IntegrationType', ['AWS_PROXY'], 'only Lambda proxy integrations are emulated'),
      ...oneOf(properties, 'PayloadFormatVersion', ['2.0'], 'only payload format 2.0 is emulated'),
    ],
    identify: (context) => {
      const integrationId = idOf(context, 7);
      return { ref: integrationId, attributes: { IntegrationId: integrationId } };
    },
  },
  {
    type: 'AWS::ApiGatewayV2::Authorizer',
    support: 'emulated',
    properties: ['ApiId', 'AuthorizerType', 'IdentitySource', 'JwtConfiguration', 'Name'],
    inertProperties: [],
    validate: (properties) => oneOf(properties, 'AuthorizerType', ['JWT'], 'Lambda authorizers are not emulated'),
    identify: (context) => {
      const authorizerId = idOf(context, 6);
      return { ref: authorizerId, attributes: { AuthorizerId: authorizerId } };
    },
  },
];
