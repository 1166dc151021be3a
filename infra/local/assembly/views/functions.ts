import type { JsonObject } from '../json';
import type { LocalResource, LocalStack } from '../model';
import { PropertyReader } from './read';

/** What the Lambda runtime needs to run one function, with Lambda's defaults applied. */
export interface FunctionSpec {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  /** `file.export`, e.g. `index.handler`. */
  readonly handler: string;
  readonly runtime: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  /** The function's own environment, resolved (table names, bus name…); endpoint variables are the runtime's. */
  readonly environment: Readonly<Record<string, string>>;
  /** Undefined when the function has no reserved concurrency. */
  readonly reservedConcurrency: number | undefined;
  /** Absolute directory of the function's bundle in the cloud assembly. */
  readonly codeDir: string;
  /** DeadLetterConfig target (an SQS queue ARN) for async invocations that exhaust their retries. */
  readonly deadLetterTargetArn: string | undefined;
  readonly asyncConfig: AsyncInvokeSpec;
  /** LoggingConfig.LogGroup, resolved; undefined → Lambda's `/aws/lambda/<name>`. */
  readonly logGroupName: string | undefined;
  /** LoggingConfig.LogFormat (default Text) and, for JSON, ApplicationLogLevel/SystemLogLevel. */
  readonly logging: {
    readonly format: 'Text' | 'JSON';
    readonly applicationLogLevel?: string;
    readonly systemLogLevel?: string;
  };
}

/** Asynchronous invocation settings (AWS::Lambda::EventInvokeConfig), Lambda's defaults when there is none. */
export interface AsyncInvokeSpec {
  readonly maximumRetryAttempts: number;
  readonly maximumEventAgeSeconds: number;
  /** DestinationConfig.OnSuccess.Destination (an SQS, SNS, EventBridge or Lambda ARN). */
  readonly onSuccess: string | undefined;
  /** DestinationConfig.OnFailure.Destination. */
  readonly onFailure: string | undefined;
}

/** Lambda's documented defaults: Timeout 3 s, MemorySize 128 MB; async: 2 retries, events up to 6 h old. */
const DEFAULT_TIMEOUT_SECONDS = 3;
const DEFAULT_MEMORY_MB = 128;
const DEFAULT_ASYNC_INVOKE: AsyncInvokeSpec = {
  maximumRetryAttempts: 2,
  maximumEventAgeSeconds: 21_600,
  onSuccess: undefined,
  onFailure: undefined,
};

export function functionSpecs(stack: LocalStack): readonly FunctionSpec[] {
  const invokeConfigs = stack.byType('AWS::Lambda::EventInvokeConfig');
  return stack.byType('AWS::Lambda::Function').map((fn) => functionSpec(fn, invokeConfigs));
}

function functionSpec(fn: LocalResource, invokeConfigs: readonly LocalResource[]): FunctionSpec {
  const read = new PropertyReader(fn);
  const { properties, attributes } = fn;
  if (fn.assetPath === undefined) throw new Error(`${fn.logicalId} (AWS::Lambda::Function) has no code directory`);
  if (typeof attributes.Arn !== 'string') throw new Error(`${fn.logicalId} (AWS::Lambda::Function) has no Arn`);
  const arn = attributes.Arn;
  const deadLetter = read.optionalObject(properties, 'DeadLetterConfig');
  const logging = read.optionalObject(properties, 'LoggingConfig');
  // EventInvokeConfig names its function by name or ARN (Qualifier is always $LATEST locally).
  const invokeConfig = invokeConfigs.find((config) => {
    const target = config.properties.FunctionName;
    return target === fn.physicalId || target === arn;
  });
  return {
    logicalId: fn.logicalId,
    name: fn.physicalId,
    arn,
    handler: read.string(properties, 'Handler'),
    runtime: read.string(properties, 'Runtime'),
    timeoutSeconds: read.optionalNumber(properties, 'Timeout') ?? DEFAULT_TIMEOUT_SECONDS,
    memoryMb: read.optionalNumber(properties, 'MemorySize') ?? DEFAULT_MEMORY_MB,
    environment: read.stringMap(read.optionalObject(properties, 'Environment') ?? {}, 'Variables'),
    reservedConcurrency: read.optionalNumber(properties, 'ReservedConcurrentExecutions'),
    codeDir: fn.assetPath,
    deadLetterTargetArn: deadLetter === undefined ? undefined : read.optionalString(deadLetter, 'TargetArn'),
    asyncConfig: invokeConfig === undefined ? DEFAULT_ASYNC_INVOKE : asyncInvokeSpec(invokeConfig),
    logGroupName: logging === undefined ? undefined : read.optionalString(logging, 'LogGroup'),
    logging: loggingOf(read, logging),
  };
}

function loggingOf(read: PropertyReader, logging: JsonObject | undefined): FunctionSpec['logging'] {
  if (logging === undefined || read.optionalString(logging, 'LogFormat') !== 'JSON') return { format: 'Text' };
  const applicationLogLevel = read.optionalString(logging, 'ApplicationLogLevel');
  const systemLogLevel = read.optionalString(logging, 'SystemLogLevel');
  return {
    format: 'JSON',
    ...(applicationLogLevel === undefined ? {} : { applicationLogLevel }),
    ...(systemLogLevel === undefined ? {} : { systemLogLevel }),
  };
}

function asyncInvokeSpec(config: LocalResource): AsyncInvokeSpec {
  const read = new PropertyReader(config);
  const destinations = read.optionalObject(config.properties, 'DestinationConfig') ?? {};
  const destination = (key: string): string | undefined => {
    const target = read.optionalObject(destinations, key);
    return target === undefined ? undefined : read.string(target, 'Destination');
  };
  return {
    maximumRetryAttempts:
      read.optionalNumber(config.properties, 'MaximumRetryAttempts') ?? DEFAULT_ASYNC_INVOKE.maximumRetryAttempts,
    maximumEventAgeSeconds:
      read.optionalNumber(config.properties, 'MaximumEventAgeInSeconds') ?? DEFAULT_ASYNC_INVOKE.maximumEventAgeSeconds,
    onSuccess: destination('OnSuccess'),
    onFailure: destination('OnFailure'),
  };
}
