/**
 * The local HTTP API's own input types: one API Gateway HTTP API (the AWS::ApiGatewayV2::Api, Stage, Route,
 * Integration and Authorizer resources of a template, already resolved to plain values) plus what the gateway needs
 * from its neighbours (a Lambda invoker, a logger). Kept free of CloudFormation so the gateway can be tested alone.
 */

/** The API's CorsConfiguration, property for property (camel-cased). */
export interface CorsConfiguration {
  readonly allowOrigins?: readonly string[];
  readonly allowMethods?: readonly string[];
  readonly allowHeaders?: readonly string[];
  readonly exposeHeaders?: readonly string[];
  /** Seconds. */
  readonly maxAge?: number;
  readonly allowCredentials?: boolean;
}

/** A JWT authorizer as attached to one route: the authorizer's settings plus the route's AuthorizationScopes. */
export interface JwtAuthorization {
  readonly type: 'JWT';
  /** JwtConfiguration.Issuer; locally the edge URL + the user pool id. */
  readonly issuer: string;
  /** JwtConfiguration.Audience: a token's `aud` (or, without `aud`, its `client_id`) must be one of these. */
  readonly audience: readonly string[];
  /** e.g. `['$request.header.Authorization']`; `$request.querystring.<name>` is supported too. */
  readonly identitySource: readonly string[];
  /** The route's AuthorizationScopes; when set, the token must carry at least one of them. */
  readonly scopes?: readonly string[];
}

export type RouteAuthorization = 'NONE' | JwtAuthorization;

/** An AWS_PROXY integration with a Lambda function. */
export interface LambdaProxyIntegration {
  readonly functionArn: string;
  readonly payloadFormatVersion: '2.0';
  /** TimeoutInMillis; HTTP APIs allow at most 30 000 ms, which is also the default. */
  readonly timeoutMs?: number;
}

export interface HttpApiRoute {
  /** `GET /products/{productId}`, `ANY /{proxy+}`, `$default`. */
  readonly routeKey: string;
  readonly integration: LambdaProxyIntegration;
  readonly authorization: RouteAuthorization;
}

export interface HttpApiDefinition {
  readonly apiId: string;
  /** `$default` serves at the root; any other stage is served under `/<stageName>/…`, as on AWS. */
  readonly stageName: string;
  /** Reported as `requestContext.accountId`. Default: the local account `000000000000`. */
  readonly accountId?: string;
  readonly stageVariables?: Readonly<Record<string, string>>;
  readonly cors?: CorsConfiguration;
  readonly routes: readonly HttpApiRoute[];
}

/** What a synchronous Lambda Invoke returned. */
export interface LambdaInvokeResult {
  /** The Lambda service's own status (200 when the function ran; 429 when throttled). Absent means 200. */
  readonly statusCode?: number;
  /** JSON text: the function's result, or its error object when `functionError` is set. */
  readonly payload: string;
  /** `Unhandled` (or `Handled`) when the function failed, as in the `X-Amz-Function-Error` header. */
  readonly functionError?: string;
}

export type InvokeFunction = (functionArn: string, eventJson: string) => Promise<LambdaInvokeResult>;

/** Structurally the same as the Lambda runtime's logger, so one logger serves the whole local cloud. */
export interface HttpApiLogger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** Ordered header lines; a name may repeat (`set-cookie`). */
export type HeaderList = readonly (readonly [name: string, value: string])[];

/** A request as it reached the gateway, before any API Gateway processing. */
export interface GatewayRequest {
  /** Upper-case. */
  readonly method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  readonly path: string;
  /** Everything after `?`, as sent. */
  readonly rawQueryString: string;
  /** Header lines as sent, names in their original case. */
  readonly headers: HeaderList;
  readonly body: Buffer;
  readonly sourceIp: string;
  /** e.g. `HTTP/1.1`. */
  readonly protocol: string;
  /** The port the client connected to (`x-forwarded-port`). */
  readonly port: number;
}

/** What the gateway answers. */
export interface GatewayResponse {
  readonly status: number;
  readonly headers: HeaderList;
  readonly body: Buffer;
}
