/** One SQS message attribute, in the shape the local SQS takes (`String` and `Number` data types here). */
export interface SqsMessageAttribute {
  readonly dataType: 'String' | 'Number';
  readonly stringValue: string;
}

export interface SqsSendOptions {
  /** For a FIFO queue (the target's `SqsParameters.MessageGroupId`). */
  readonly messageGroupId?: string;
  readonly messageAttributes?: Readonly<Record<string, SqsMessageAttribute>>;
}

/**
 * What the local EventBridge needs from the other subsystems to deliver to targets. Each call resolves once the
 * target service has accepted the event (Lambda queued the async invocation, SQS stored the message) and rejects
 * otherwise — with a TargetDeliveryError to say which EventBridge error it is and whether a retry can help; any other
 * rejection counts as a retryable `UNKNOWN` error.
 *
 * The optional ports turn on their target kind: without them a Step Functions or Kinesis target is refused (at start
 * for the template's rules, by PutTargets for the API's).
 */
export interface TargetPorts {
  invokeLambdaAsync(functionArn: string, payload: string): Promise<void>;
  sendSqsMessage(queueArn: string, body: string, options: SqsSendOptions): Promise<void>;
  startStepFunctionsExecution?(stateMachineArn: string, input: string): Promise<void>;
  putKinesisRecord?(streamArn: string, data: string, partitionKey: string): Promise<void>;
}

/**
 * The error codes EventBridge writes to a dead-letter queue's ERROR_CODE attribute (those a local target can hit);
 * see "Using dead-letter queues to process undelivered events" in the EventBridge user guide.
 */
export type DeliveryErrorCode =
  | 'CONNECTION_FAILURE'
  | 'ERROR_FROM_TARGET'
  | 'INTERNAL_ERROR'
  | 'INVALID_JSON'
  | 'INVALID_PARAMETER'
  | 'NO_PERMISSIONS'
  | 'NO_RESOURCE'
  | 'RESOURCE_LIMIT_EXCEEDED'
  | 'SDK_CLIENT_ERROR'
  | 'THROTTLING'
  | 'TIMEOUT'
  | 'UNKNOWN';

/**
 * A failed delivery, as a port reports it. Not retryable: EventBridge sends such events straight to the DLQ (a target
 * that does not exist, missing permissions, a payload the target refuses) — retrying cannot help.
 */
export class TargetDeliveryError extends Error {
  constructor(
    readonly errorCode: DeliveryErrorCode,
    message: string,
    readonly retryable = true,
  ) {
    super(message);
    this.name = 'TargetDeliveryError';
  }
}
