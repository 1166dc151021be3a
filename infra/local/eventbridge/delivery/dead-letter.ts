import type { DeliveryErrorCode, SqsMessageAttribute } from './target-ports';

/** Why delivery stopped: a retry limit ran out, or the error was not worth retrying (no condition then). */
export type ExhaustedRetryCondition = 'MaximumRetryAttempts' | 'MaximumEventAgeInSeconds';

export interface DeliveryFailure {
  readonly errorCode: DeliveryErrorCode;
  readonly errorMessage: string;
  /** Retries made after the first attempt. */
  readonly retryAttempts: number;
  readonly exhaustedRetryCondition?: ExhaustedRetryCondition;
}

/**
 * The message attributes EventBridge puts on an event it sends to a target's dead-letter queue (EventBridge user
 * guide, "Using dead-letter queues to process undelivered events"): RULE_ARN, TARGET_ARN, ERROR_CODE, ERROR_MESSAGE,
 * EXHAUSTED_RETRY_CONDITION and RETRY_ATTEMPTS. The message body is the original event.
 */
export function deadLetterAttributes(
  ruleArn: string,
  targetArn: string,
  failure: DeliveryFailure,
): Record<string, SqsMessageAttribute> {
  const text = (stringValue: string): SqsMessageAttribute => ({ dataType: 'String', stringValue });
  return {
    RULE_ARN: text(ruleArn),
    TARGET_ARN: text(targetArn),
    ERROR_CODE: text(failure.errorCode),
    // An SQS string attribute cannot be empty.
    ERROR_MESSAGE: text(failure.errorMessage === '' ? failure.errorCode : failure.errorMessage),
    ...(failure.exhaustedRetryCondition === undefined
      ? {}
      : { EXHAUSTED_RETRY_CONDITION: text(failure.exhaustedRetryCondition) }),
    RETRY_ATTEMPTS: text(String(failure.retryAttempts)),
  };
}
