import { randomBytes } from 'node:crypto';
import { isJsonLogging, LATEST_VERSION, logGroupNameOf, type LocalFunctionSpec } from './function-spec';
import type { WorkerBootstrap } from './worker-protocol';

/** Lambda's fixed PATH; functions that spawn programs find the usual system ones. */
const LAMBDA_PATH = '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin';

export interface ExecutionEnvironment {
  readonly bootstrap: WorkerBootstrap;
  readonly environment: Readonly<Record<string, string>>;
}

export interface EnvironmentOptions {
  /** Variables the local cloud gives every function (endpoint, region, credentials); they win over the function's own. */
  readonly injected: Readonly<Record<string, string>>;
  /**
   * Where a bundle's externals resolve from, as `/var/runtime/node_modules` provides `@aws-sdk/*` on AWS. The bundles
   * mark `@aws-sdk/*` external; without this they only resolve while cdk.out sits inside the repository.
   */
  readonly nodePath?: string;
}

/**
 * The variables and init data of one new execution environment: the function's own environment, then what the
 * local cloud injects, then Lambda's reserved variables (which a function cannot override on AWS either).
 */
export function executionEnvironment(
  spec: LocalFunctionSpec,
  options: EnvironmentOptions,
  now: Date,
): ExecutionEnvironment {
  const logGroupName = logGroupNameOf(spec);
  const logStreamName = logStreamNameFor(now);
  const reserved: Record<string, string> = {
    _HANDLER: spec.handler,
    AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${process.versions.node.split('.')[0] ?? ''}.x`,
    AWS_LAMBDA_FUNCTION_NAME: spec.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: LATEST_VERSION,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    LAMBDA_TASK_ROOT: spec.codeDir,
    LANG: 'en_US.UTF-8',
    PATH: LAMBDA_PATH,
    ...(options.nodePath === undefined ? {} : { NODE_PATH: options.nodePath }),
  };
  // Lambda tells the runtime (and Powertools, which reads them) the log format and level it applies.
  const jsonLogging = isJsonLogging(spec);
  const applicationLogLevel = spec.logging?.applicationLogLevel ?? 'INFO';
  if (jsonLogging) {
    reserved.AWS_LAMBDA_LOG_FORMAT = 'JSON';
    reserved.AWS_LAMBDA_LOG_LEVEL = applicationLogLevel;
  }
  const region = options.injected.AWS_REGION;
  if (region !== undefined) reserved.AWS_DEFAULT_REGION = options.injected.AWS_DEFAULT_REGION ?? region;
  return {
    environment: { ...spec.environment, ...options.injected, ...reserved },
    bootstrap: {
      taskRoot: spec.codeDir,
      handler: spec.handler,
      functionName: spec.name,
      functionVersion: LATEST_VERSION,
      memoryMb: spec.memoryMb,
      logGroupName,
      logStreamName,
      logFormat: jsonLogging ? 'JSON' : 'Text',
      minimumLevel: jsonLogging ? applicationLogLevel : 'TRACE',
    },
  };
}

/** `2026/11/23/[$LATEST]<32 hex>`: one stream per execution environment, like Lambda names them. */
function logStreamNameFor(now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '/');
  return `${day}/[${LATEST_VERSION}]${randomBytes(16).toString('hex')}`;
}
