import type { EdgeResponse } from '../edge/protocol';

/**
 * Lambda's restJson error: the type in `x-amzn-errortype` (how the SDK v3 client picks the exception class) and a
 * body with `Type` (`User`/`Service`) plus the message. AWS spells the message `message` on some exceptions and
 * `Message` on others (the SDK models differ per exception), so the body carries both.
 */
export function lambdaError(
  status: number,
  type: string,
  message: string,
  extra: Readonly<Record<string, string>> = {},
): EdgeResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
    body: JSON.stringify({ Type: status >= 500 ? 'Service' : 'User', Message: message, message, ...extra }),
  };
}

export const functionNotFound = (arn: string): EdgeResponse =>
  lambdaError(404, 'ResourceNotFoundException', `Function not found: ${arn}`);

export const invalidRequestContent = (detail: string): EdgeResponse =>
  lambdaError(
    400,
    'InvalidRequestContentException',
    `Could not parse request body into json: Could not parse payload into json: ${detail}`,
  );

export const requestTooLarge = (limitBytes: number, operation: string): EdgeResponse =>
  lambdaError(
    413,
    'RequestTooLargeException',
    `Request must be smaller than ${limitBytes} bytes for the ${operation} operation`,
  );

/** Sync invocations beyond the function's concurrency. */
export const reservedConcurrencyExceeded = (): EdgeResponse =>
  lambdaError(429, 'TooManyRequestsException', 'Rate Exceeded.', {
    Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
  });

export const validationError = (message: string): EdgeResponse => lambdaError(400, 'ValidationException', message);
