import { LATEST_VERSION, type LocalFunctionSpec } from './function-spec';

export type InvocationCondition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';

/** The invocation record Lambda sends to a destination (SQS message body, SNS message, Lambda event…). */
export interface AsyncInvocationRecord {
  readonly version: '1.0';
  readonly timestamp: string;
  readonly requestContext: {
    readonly requestId: string;
    /** Qualified: `…:function:<name>:$LATEST`. */
    readonly functionArn: string;
    readonly condition: InvocationCondition;
    readonly approximateInvokeCount: number;
  };
  readonly requestPayload: unknown;
  readonly responseContext: {
    readonly statusCode: number;
    readonly executedVersion: string;
    readonly functionError?: string;
  };
  readonly responsePayload?: unknown;
}

/**
 * Where an async event's outcome goes. On-success and on-failure destinations get the invocation record; a dead-letter
 * queue gets only a failed event, with the request id and error as message attributes. A function may have an on-failure
 * destination and a DLQ, and then both get theirs.
 */
export type AsyncDelivery =
  | { readonly kind: 'on-success' | 'on-failure'; readonly targetArn: string; readonly record: AsyncInvocationRecord }
  | {
      readonly kind: 'dead-letter';
      readonly targetArn: string;
      /** The event exactly as the caller sent it. */
      readonly body: string;
      readonly attributes: { readonly RequestID: string; readonly ErrorCode: string; readonly ErrorMessage: string };
    };

export interface AsyncFailure {
  readonly spec: LocalFunctionSpec;
  readonly requestId: string;
  readonly payload: string;
  readonly condition: Exclude<InvocationCondition, 'Success'>;
  readonly invokeCount: number;
  /** The last attempt's error object (JSON text); absent when the function never ran (throttled until too old). */
  readonly lastError?: string;
  readonly at: Date;
}

/** DLQ `ErrorMessage` is cut to 1 KB. */
const DLQ_ERROR_MESSAGE_BYTES = 1024;

export function failureDeliveries(failure: AsyncFailure): AsyncDelivery[] {
  const deliveries: AsyncDelivery[] = [];
  const onFailure = failure.spec.asyncConfig?.onFailure;
  if (onFailure !== undefined)
    deliveries.push({ kind: 'on-failure', targetArn: onFailure, record: failureRecord(failure) });
  const deadLetter = failure.spec.deadLetterTargetArn;
  if (deadLetter !== undefined) {
    const errorMessage = errorMessageOf(failure.lastError) ?? failure.condition;
    deliveries.push({
      kind: 'dead-letter',
      targetArn: deadLetter,
      body: failure.payload,
      attributes: {
        RequestID: failure.requestId,
        ErrorCode: failure.lastError === undefined ? '429' : '200',
        ErrorMessage: Buffer.from(errorMessage).subarray(0, DLQ_ERROR_MESSAGE_BYTES).toString('utf8'),
      },
    });
  }
  return deliveries;
}

/** The on-success destination's delivery, if the function has one. */
export function successDelivery(success: {
  readonly spec: LocalFunctionSpec;
  readonly requestId: string;
  readonly payload: string;
  readonly invokeCount: number;
  /** The function's result (JSON text). */
  readonly response: string;
  readonly at: Date;
}): AsyncDelivery | undefined {
  const onSuccess = success.spec.asyncConfig?.onSuccess;
  if (onSuccess === undefined) return undefined;
  return {
    kind: 'on-success',
    targetArn: onSuccess,
    record: {
      version: '1.0',
      timestamp: success.at.toISOString(),
      requestContext: {
        requestId: success.requestId,
        functionArn: `${success.spec.arn}:${LATEST_VERSION}`,
        condition: 'Success',
        approximateInvokeCount: success.invokeCount,
      },
      requestPayload: JSON.parse(success.payload) as unknown,
      responseContext: { statusCode: 200, executedVersion: LATEST_VERSION },
      responsePayload: JSON.parse(success.response) as unknown,
    },
  };
}

function failureRecord(failure: AsyncFailure): AsyncInvocationRecord {
  const ran = failure.lastError !== undefined;
  return {
    version: '1.0',
    timestamp: failure.at.toISOString(),
    requestContext: {
      requestId: failure.requestId,
      functionArn: `${failure.spec.arn}:${LATEST_VERSION}`,
      condition: failure.condition,
      approximateInvokeCount: failure.invokeCount,
    },
    requestPayload: JSON.parse(failure.payload) as unknown,
    // The function's response was delivered (200) with a function error; never having run reads as throttled.
    responseContext: ran
      ? { statusCode: 200, executedVersion: LATEST_VERSION, functionError: 'Unhandled' }
      : { statusCode: 429, executedVersion: LATEST_VERSION },
    ...(ran ? { responsePayload: JSON.parse(failure.lastError ?? 'null') as unknown } : {}),
  };
}

function errorMessageOf(errorJson: string | undefined): string | undefined {
  if (errorJson === undefined) return undefined;
  const error = JSON.parse(errorJson) as unknown;
  if (
    typeof error === 'object' &&
    error !== null &&
    'errorMessage' in error &&
    typeof error.errorMessage === 'string'
  ) {
    return error.errorMessage;
  }
  return errorJson;
}
