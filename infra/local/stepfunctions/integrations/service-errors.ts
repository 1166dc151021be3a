import { StatesError } from '../states-error';

/**
 * How a service's failure is named for Retry/Catch. Optimized integrations prefix the exception with the integration's
 * name (`DynamoDB.ConditionalCheckFailedException`, `Lambda.TooManyRequestsException`) and word the cause as the AWS
 * SDK for Java v1 does; AWS SDK integrations use the PascalCase service name (`DynamoDb.…`, `Sqs.…`) and SDK v2's
 * wording. Both always end the exception name in `Exception`, even where the service's own code does not.
 */
export interface ErrorNaming {
  readonly prefix: string;
  /** The service as the cause names it (`AmazonDynamoDBv2`, `DynamoDb`). */
  readonly serviceName: string;
  readonly style: 'optimized' | 'aws-sdk';
}

export const OptimizedNaming = {
  lambda: { prefix: 'Lambda', serviceName: 'AWSLambda', style: 'optimized' },
  dynamodb: { prefix: 'DynamoDB', serviceName: 'AmazonDynamoDBv2', style: 'optimized' },
  eventbridge: { prefix: 'EventBridge', serviceName: 'AmazonEventBridge', style: 'optimized' },
  sqs: { prefix: 'SQS', serviceName: 'AmazonSQS', style: 'optimized' },
  stepFunctions: { prefix: 'StepFunctions', serviceName: 'AWSStepFunctions', style: 'optimized' },
} as const satisfies Record<string, ErrorNaming>;

export const SdkNaming = {
  dynamodb: { prefix: 'DynamoDb', serviceName: 'DynamoDb', style: 'aws-sdk' },
  sqs: { prefix: 'Sqs', serviceName: 'Sqs', style: 'aws-sdk' },
  eventbridge: { prefix: 'EventBridge', serviceName: 'EventBridge', style: 'aws-sdk' },
  sfn: { prefix: 'Sfn', serviceName: 'Sfn', style: 'aws-sdk' },
  kinesis: { prefix: 'Kinesis', serviceName: 'Kinesis', style: 'aws-sdk' },
} as const satisfies Record<string, ErrorNaming>;

/** What a failed service call reports, whatever layer produced it. */
export interface ServiceFailure {
  readonly exception: string;
  readonly message: string;
  readonly statusCode?: number;
  readonly requestId?: string;
}

export function serviceError(naming: ErrorNaming, failure: ServiceFailure): StatesError {
  const exception = failure.exception.endsWith('Exception') ? failure.exception : `${failure.exception}Exception`;
  const status = failure.statusCode ?? 400;
  const requestId = failure.requestId ?? 'local';
  const cause =
    naming.style === 'optimized'
      ? `${failure.message} (Service: ${naming.serviceName}; Status Code: ${status}; Error Code: ${failure.exception}; Request ID: ${requestId}; Proxy: null)`
      : `${failure.message} (Service: ${naming.serviceName}, Status Code: ${status}, Request ID: ${requestId})`;
  return new StatesError(`${naming.prefix}.${exception}`, cause);
}

const BUILT_IN_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError', 'TimeoutError', 'AbortError']);

/**
 * Any rejection of an SDK call or a port as a StatesError. A named exception (an SDK v3 ServiceException, or a port's
 * Error named after the API error) keeps its name; anything else — a refused connection, a bug — is the
 * `SdkClientException` the AWS SDKs raise when no service answered.
 */
export function asServiceError(naming: ErrorNaming, thrown: unknown): StatesError {
  if (thrown instanceof StatesError) return thrown;
  if (!(thrown instanceof Error)) return serviceError(naming, { exception: 'SdkClientException', message: String(thrown) });
  const { $fault: fault, $metadata: metadata } = thrown as { $fault?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };
  // SDK v3 attaches $metadata to every failure, a refused connection too; only a service's answer has a $fault.
  const answeredByService = fault !== undefined || (metadata === undefined && !BUILT_IN_ERRORS.has(thrown.name));
  if (!answeredByService) return new StatesError(`${naming.prefix}.SdkClientException`, thrown.message);
  return serviceError(naming, {
    exception: thrown.name,
    message: thrown.message,
    statusCode: metadata?.httpStatusCode,
    requestId: metadata?.requestId,
  });
}
