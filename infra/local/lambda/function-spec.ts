/**
 * What the local Lambda runtime needs to know about one function. The loader fills it from the template's
 * `AWS::Lambda::Function` (and `AWS::Lambda::EventInvokeConfig`); the runtime knows nothing about CloudFormation.
 */
export interface LocalFunctionSpec {
  /** The physical function name, e.g. `Ecommerce-dev-CatalogCreateProduct1A2B`. */
  readonly name: string;
  /** The unqualified function ARN, e.g. `arn:aws:lambda:us-east-1:000000000000:function:<name>`. */
  readonly arn: string;
  /** `file.export` as the Node.js runtime reads it: `index.handler`, `dir/file.export`, `file.nested.export`. */
  readonly handler: string;
  /** The unpacked code (an esbuild CommonJS bundle dir from cdk.out); plays the part of `/var/task`. */
  readonly codeDir: string;
  /** The function's own environment variables, already resolved. */
  readonly environment: Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  /** Most executions at once; beyond it invocations are throttled. Absent → the runtime's default cap. */
  readonly reservedConcurrency?: number;
  readonly asyncConfig?: AsyncInvokeConfig;
  /** `DeadLetterConfig.TargetArn`: an SQS queue or SNS topic that gets the event of a failed async invocation. */
  readonly deadLetterTargetArn?: string;
  /** `LoggingConfig.LogGroup`; absent → `/aws/lambda/<name>`, as on AWS. */
  readonly logGroupName?: string;
  /** `LoggingConfig` format and levels; absent → Lambda's plain-text format. */
  readonly logging?: FunctionLogging;
}

/**
 * Lambda's advanced logging controls. With `JSON`, application logs (console.*) become JSON objects filtered by
 * `applicationLogLevel`, and the platform's START/REPORT lines become `platform.*` records filtered by `systemLogLevel`.
 */
export interface FunctionLogging {
  readonly format: 'Text' | 'JSON';
  /** TRACE…FATAL; Lambda's default is INFO. Only applies to JSON. */
  readonly applicationLogLevel?: string;
  readonly systemLogLevel?: string;
}

/** Lambda's log levels, least severe first. */
export const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;

export function isJsonLogging(spec: LocalFunctionSpec): boolean {
  return spec.logging?.format === 'JSON';
}

/** `AWS::Lambda::EventInvokeConfig` of the unqualified function (`$LATEST`). */
export interface AsyncInvokeConfig {
  /** 0–2; default 2. */
  readonly maximumRetryAttempts?: number;
  /** 60–21600; default 21600 (6 hours). */
  readonly maximumEventAgeSeconds?: number;
  /** `DestinationConfig.OnFailure.Destination`: an SQS, SNS, EventBridge or Lambda ARN. */
  readonly onFailure?: string;
  /** `DestinationConfig.OnSuccess.Destination`: gets the invocation record with the function's response. */
  readonly onSuccess?: string;
}

/** The only version the local cloud runs: functions are not published locally. */
export const LATEST_VERSION = '$LATEST';

export const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 2;
export const DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 21_600;

export function logGroupNameOf(spec: LocalFunctionSpec): string {
  return spec.logGroupName ?? `/aws/lambda/${spec.name}`;
}
