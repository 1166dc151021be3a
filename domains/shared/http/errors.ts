/**
 * Typed errors with stable codes. Domain code throws these; the shared httpHandler turns them into
 * `{ "error": { "code", "message", "details"? } }` with the error's status. Clients and tests match on `code`,
 * never on `message`, so messages may be reworded freely.
 */

/** Points at the offending input: a dotted JSON path (`price.amount`), `query.limit` or `headers.if-match`. */
export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400 with a code of its own (`MALFORMED_JSON`, `INVALID_CURSOR`, `UNSUPPORTED_CURRENCY`, …). */
export class BadRequestError extends AppError {
  constructor(code: string, message: string, details?: readonly ErrorDetail[]) {
    super(code, 400, message, details);
  }
}

/** 400 `VALIDATION_ERROR`: the input breaks its schema; `details` lists every violation found. */
export class ValidationError extends BadRequestError {
  constructor(details: readonly ErrorDetail[], message = 'The request is invalid') {
    super('VALIDATION_ERROR', message, details);
  }

  /** Shorthand for a single violation. */
  static at(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Authentication is required') {
    super('UNAUTHORIZED', 401, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to perform this operation') {
    super('FORBIDDEN', 403, message);
  }
}

/** 404 with a resource-specific code such as `PRODUCT_NOT_FOUND`. */
export class NotFoundError extends AppError {
  constructor(code: string, message: string) {
    super(code, 404, message);
  }
}

/** 409: the request is well-formed but conflicts with the current state (`VERSION_CONFLICT`, …). */
export class ConflictError extends AppError {
  constructor(code: string, message: string, details?: readonly ErrorDetail[]) {
    super(code, 409, message, details);
  }
}

/** 422: well-formed and not conflicting with state, but not processable as sent (an idempotency key reused…). */
export class UnprocessableError extends AppError {
  constructor(code: string, message: string) {
    super(code, 422, message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', 413, `The request body must not exceed ${limitBytes} bytes`);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = 'The request body must be application/json') {
    super('UNSUPPORTED_MEDIA_TYPE', 415, message);
  }
}

/**
 * 500 `MISCONFIGURED`: the function's environment is wrong (missing table name, invalid ROUTE_ACCESS).
 * The client sees a generic message; `reason` is for the logs only.
 */
export class MisconfiguredError extends AppError {
  constructor(readonly reason: string) {
    super('MISCONFIGURED', 500, 'The service is misconfigured');
  }
}
