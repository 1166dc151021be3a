import type { CorsConfiguration, HttpApiDefinition, HttpApiRoute, RouteAuthorization } from '../../apigateway/http-api-model';
import type { JsonObject } from '../json';
import type { LocalResource, LocalStack } from '../model';
import { PropertyReader } from './read';

/**
 * Every HTTP API of a stack as the local gateway serves it: routes joined to their integrations (Target
 * `integrations/<id>`) and JWT authorizers, the CorsConfiguration, the stage. Unknown references fail loudly.
 */
export function httpApiDefinitions(stack: LocalStack): readonly HttpApiDefinition[] {
  const byPhysicalId = (type: string): Map<string, LocalResource> =>
    new Map(stack.byType(type).map((resource) => [resource.physicalId, resource]));
  const integrations = byPhysicalId('AWS::ApiGatewayV2::Integration');
  const authorizers = byPhysicalId('AWS::ApiGatewayV2::Authorizer');
  const stages = stack.byType('AWS::ApiGatewayV2::Stage');
  const routes = stack.byType('AWS::ApiGatewayV2::Route');

  return stack.byType('AWS::ApiGatewayV2::Api').map((api) => {
    const read = new PropertyReader(api);
    const belongs = (resource: LocalResource): boolean => new PropertyReader(resource).string(resource.properties, 'ApiId') === api.physicalId;
    const stage = stages.find(belongs);
    const cors = read.optionalObject(api.properties, 'CorsConfiguration');
    return {
      apiId: api.physicalId,
      stageName: stage ? new PropertyReader(stage).string(stage.properties, 'StageName') : '$default',
      accountId: stack.accountId,
      ...(cors ? { cors: corsOf(read, cors) } : {}),
      routes: routes.filter(belongs).map((route) => routeOf(route, integrations, authorizers)),
    };
  });
}

function corsOf(read: PropertyReader, cors: JsonObject): CorsConfiguration {
  const maxAge = read.optionalNumber(cors, 'MaxAge');
  const allowCredentials = read.optionalBoolean(cors, 'AllowCredentials');
  return {
    allowOrigins: read.strings(cors, 'AllowOrigins'),
    allowMethods: read.strings(cors, 'AllowMethods'),
    allowHeaders: read.strings(cors, 'AllowHeaders'),
    exposeHeaders: read.strings(cors, 'ExposeHeaders'),
    ...(maxAge === undefined ? {} : { maxAge }),
    ...(allowCredentials === undefined ? {} : { allowCredentials }),
  };
}

function routeOf(
  route: LocalResource,
  integrations: ReadonlyMap<string, LocalResource>,
  authorizers: ReadonlyMap<string, LocalResource>,
): HttpApiRoute {
  const read = new PropertyReader(route);
  const target = read.string(route.properties, 'Target');
  const integration = integrations.get(target.replace(/^integrations\//, ''));
  if (!integration) throw new Error(`${route.logicalId} targets ${target}, which is not an integration of this stack`);
  const integrationRead = new PropertyReader(integration);
  const timeoutMs = integrationRead.optionalNumber(integration.properties, 'TimeoutInMillis');
  return {
    routeKey: read.string(route.properties, 'RouteKey'),
    integration: {
      functionArn: integrationRead.string(integration.properties, 'IntegrationUri'),
      payloadFormatVersion: '2.0',
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    },
    authorization: authorizationOf(route, read, authorizers),
  };
}

function authorizationOf(route: LocalResource, read: PropertyReader, authorizers: ReadonlyMap<string, LocalResource>): RouteAuthorization {
  if ((read.optionalString(route.properties, 'AuthorizationType') ?? 'NONE') === 'NONE') return 'NONE';
  const authorizerId = read.string(route.properties, 'AuthorizerId');
  const authorizer = authorizers.get(authorizerId);
  if (!authorizer) throw new Error(`${route.logicalId} uses authorizer ${authorizerId}, which is not in this stack`);
  const authorizerRead = new PropertyReader(authorizer);
  const jwt = authorizerRead.optionalObject(authorizer.properties, 'JwtConfiguration') ?? {};
  const scopes = read.strings(route.properties, 'AuthorizationScopes');
  return {
    type: 'JWT',
    issuer: authorizerRead.string(jwt, 'Issuer'),
    audience: authorizerRead.strings(jwt, 'Audience'),
    identitySource: authorizerRead.strings(authorizer.properties, 'IdentitySource'),
    ...(scopes.length > 0 ? { scopes } : {}),
  };
}
