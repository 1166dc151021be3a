/**
 * An error as Step Functions names it: `error` is what Retry/Catch `ErrorEquals` match (`States.Runtime`,
 * `States.Timeout`, `Lambda.ServiceException`, a task's own error name…), `cause` the human-readable detail that ends
 * up in `{Error, Cause}` error output and in history events. Every part of the interpreter throws this, never a bare Error,
 * so a failure always reaches the execution with a name a definition can catch.
 */
export class StatesError extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string,
  ) {
    super(`${error}: ${cause}`);
    this.name = 'StatesError';
  }
}

/** `States.Runtime`: an invalid path, a type mismatch, an intrinsic given bad arguments — not retried by `States.ALL`. */
export function runtimeError(cause: string): StatesError {
  return new StatesError('States.Runtime', cause);
}
