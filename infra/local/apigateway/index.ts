/** The local API Gateway HTTP API (payload format 2.0): what the rest of the local cloud starts and wires. */
export type {
  CorsConfiguration,
  GatewayRequest,
  GatewayResponse,
  HttpApiDefinition,
  HttpApiLogger,
  HttpApiRoute,
  InvokeFunction,
  JwtAuthorization,
  LambdaInvokeResult,
  LambdaProxyIntegration,
  RouteAuthorization,
} from './http-api-model';
export { type RunningHttpApi, type StartHttpApiOptions, startHttpApi } from './http-api-server';
export { type HandledRequest, type HttpApiHandler, type HttpApiHandlerOptions, createHttpApiHandler } from './http-api-handler';
export { type IdentitySources, type JwtAuthorizerOptions, type JwtAuthorizerOutcome, type JwtVerifier, createJwtAuthorizer } from './jwt-authorizer';
export { type JwksKeyResolverOptions, type SigningKeyResolver, createJwksKeyResolver } from './jwks-keys';
export { InvalidRouteKeyError } from './route-matcher';
export type { PayloadV2Event } from './payload-v2';
