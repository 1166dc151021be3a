import type { LocalFunctionSpec } from './function-spec';
import type { RunOutcome } from './worker-host';
import type { FunctionErrorPayload } from './worker-protocol';

/** How one invocation ended, before it becomes log lines and an Invoke response. */
export interface InvocationResult {
  /** JSON text of the handler's result; absent on error. */
  readonly payload?: string;
  readonly error?: FunctionErrorPayload;
  readonly durationMs: number;
  readonly maxMemoryUsedMb?: number;
  /** Set on cold starts only. */
  readonly initDurationMs: number | undefined;
  /** REPORT's `Status:`: timeouts, and errors that cost the environment (crash, init failure). */
  readonly status?: 'timeout' | 'error';
}

/** Lambda's synchronous response limit; a bigger result fails the invocation. */
const MAX_RESPONSE_BYTES = 6_291_556;

export function runResult(
  outcome: RunOutcome,
  requestId: string,
  spec: LocalFunctionSpec,
): Pick<InvocationResult, 'payload' | 'error' | 'status'> {
  switch (outcome.kind) {
    case 'response':
      if (Buffer.byteLength(outcome.payload) > MAX_RESPONSE_BYTES) {
        return {
          error: {
            errorType: 'Function.ResponseSizeTooLarge',
            errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
          },
        };
      }
      return { payload: outcome.payload };
    case 'function-error':
      return { error: outcome.error, status: outcome.fatal ? 'error' : undefined };
    case 'timeout':
      return { error: timedOut(requestId, spec.timeoutSeconds), status: 'timeout' };
  }
}

/** What a synchronous caller gets when the function outlives its timeout (the runtime API's Sandbox.Timedout). */
export function timedOut(requestId: string, seconds: number): FunctionErrorPayload {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${seconds.toFixed(2)} seconds`,
  };
}

/** The platform line Lambda writes to the function's log when it stops a timed-out invocation. */
