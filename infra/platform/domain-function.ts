import { Duration, Validations } from 'aws-cdk-lib';
import { Architecture, Function as LambdaFunction, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import * as path from 'node:path';
import { esbuildCode } from './esbuild-code';
import type { StageConfig } from './stage-config';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Powertools namespace shared by every domain so dashboards can compare them. */
export const METRICS_NAMESPACE = 'Ecommerce';

export interface DomainFunctionProps {
  /** Domain folder name under `domains/`; becomes the Powertools service name. */
  readonly domain: string;
  /** Handler file relative to the domain folder, without extension, e.g. `handlers/list-products`. */
  readonly entry: string;
  readonly config: StageConfig;
  readonly environment?: Record<string, string>;
  readonly timeout?: Duration;
  readonly memorySize?: number;
  readonly description?: string;
}

/**
 * A Lambda function with the project's defaults: Node.js 22 on arm64, an esbuild bundle that targets node20 (so the
 * very same bundle also runs in the local cloud on the machines' Node 20), minified with a source map, JSON logs in a
 * log group with retention, active tracing and the Powertools environment. The AWS SDK v3 stays external: the
 * runtime provides it, which keeps every bundle small.
 */
export class DomainFunction extends LambdaFunction {
  constructor(scope: Construct, id: string, props: DomainFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.config.logRetention,
      removalPolicy: props.config.removalPolicy,
    });
    super(scope, id, {
      code: esbuildCode({
        entry: path.join(REPO_ROOT, 'domains', props.domain, `${props.entry}.ts`),
        target: 'node20',
        external: ['@aws-sdk/*'],
      }),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description,
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.domain,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        STAGE: props.config.stage,
        ...props.environment,
      },
    });

    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-L1',
        reason: 'The architecture pins nodejs22.x; bundles target node20 so the same bundle runs in the local cloud',
      },
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The basic execution role only writes the function’s own CloudWatch logs',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments/PutTelemetryRecords accept no resource ARN; CDK adds them for active tracing',
      },
    );
  }
}
