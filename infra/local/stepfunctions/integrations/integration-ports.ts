/**
 * What the service integrations need from the rest of the local cloud. The ports speak plain data, not AWS wire
 * formats, so the wiring is a few lines: Lambda through the local runtime, the services reached over the wire through
 * an SDK client configuration, nested executions through the Step Functions subsystem.
 */
export interface IntegrationPorts {
  /** Runs a Lambda function (a name, ARN or partial ARN, as the Invoke API accepts). */
  invokeLambda(request: LambdaInvokeRequest): Promise<LambdaInvocation>;
  /** An AWS SDK v3 client configuration for a service reached over the wire (the local edge, DynamoDB Local…). */
  clientConfig(service: SdkService): SdkClientConfig;
  /** Nested executions (`states:startExecution`); absent until the Step Functions API is wired. */
  readonly executions?: ExecutionPorts;
}

export type SdkService = 'dynamodb' | 'sqs' | 'eventbridge' | 'sfn' | 'kinesis';

export interface SdkClientConfig {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
}

export interface LambdaInvokeRequest {
  readonly functionName: string;
  /** The event as JSON text. */
  readonly payload: string;
  readonly invocationType: 'RequestResponse' | 'Event';
  readonly qualifier?: string;
  /** Aborts when the task times out or the execution stops; the port may ignore it (the result is then discarded). */
  readonly signal: AbortSignal;
}

/**
 * How an invocation ended. `completed` is the Invoke API's 200/202 — including a function error, which Lambda reports
 * with `functionError` set and the error object as the payload. `rejected` is an Invoke API error, named as Lambda
 * names it (`ResourceNotFoundException`, `TooManyRequestsException` for a throttle…).
 */
export type LambdaInvocation =
  | {
      readonly kind: 'completed';
      readonly statusCode: number;
      /** JSON text: the handler's result, or the error object when `functionError` is set; empty for `Event`. */
      readonly payload: string;
      readonly functionError?: string;
      /** `X-Amz-Executed-Version`; absent for `Event` invocations. */
      readonly executedVersion?: string;
      readonly requestId?: string;
    }
  | { readonly kind: 'rejected'; readonly exception: string; readonly message: string; readonly statusCode?: number };

/**
 * Nested executions. `start` rejects with an Error whose `name` is the StartExecution API error
 * (`ExecutionAlreadyExists`, `StateMachineDoesNotExist`, `InvalidExecutionInput`…), as SDK v3 exceptions are named.
 */
export interface ExecutionPorts {
  start(request: StartExecutionPortRequest): Promise<{ readonly executionArn: string; readonly startDate: Date }>;
  /** Resolves once the execution has ended (any terminal status); rejects when `signal` aborts. */
  waitForCompletion(executionArn: string, signal: AbortSignal): Promise<ExecutionDescription>;
  /** Stops a child whose `.sync` parent task was cancelled (timed out, or the parent stopped), as Step Functions does. */
  stop?(executionArn: string, error: string, cause: string): Promise<void>;
}

export interface StartExecutionPortRequest {
  readonly stateMachineArn: string;
  /** JSON text. */
  readonly input: string;
  readonly name?: string;
  readonly traceHeader?: string;
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';

/** DescribeExecution's answer, in the API's terms. */
export interface ExecutionDescription {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  readonly startDate: Date;
  readonly stopDate?: Date;
  /** JSON text. */
  readonly input: string;
  /** JSON text; set when the execution succeeded. */
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
}
