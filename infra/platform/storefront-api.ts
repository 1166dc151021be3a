import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { StorefrontAuth } from './auth';
import type { StageConfig } from './stage-config';

/** Request headers storefront clients send; the API must let browsers send them cross-origin. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-correlation-id'];
const EXPOSED_HEADERS = ['location', 'etag', 'x-correlation-id'];

/** The storefront HTTP API (payload v2): CORS, JSON access logs, throttling and the Cognito JWT authorizer. */
export class StorefrontApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly authorizer: HttpJwtAuthorizer;

  constructor(scope: Construct, id: string, props: { config: StageConfig; auth: StorefrontAuth }) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `ecommerce-${props.config.stage}-storefront`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.config.corsAllowOrigins,
        allowHeaders: ALLOWED_HEADERS,
        exposeHeaders: EXPOSED_HEADERS,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.config.logRetention,
      removalPolicy: props.config.removalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      autoDeploy: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            sub: '$context.authorizer.claims.sub',
            ip: '$context.identity.sourceIp',
            at: '$context.requestTime',
          }),
        ),
      },
    });
    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', props.auth.issuerUrl, {
      authorizerName: 'cognito-jwt',
      jwtAudience: [props.auth.client.userPoolClientId],
    });
  }

  get url(): string {
    return this.stage.url;
  }
}
