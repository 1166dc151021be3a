import type { Json } from '../../../assembly/json';
import { TaskTokenError } from '../errors/interpreter-errors';

/** What a task waiting on a token does when the token is used. */
export interface TokenWaiter {
  succeed(output: Json): void;
  fail(error: string, cause: string): void;
  heartbeat(): void;
}

// The API's length bound, and the characters of the tokens we issue (base64/base64url and separators).
const TOKEN_SHAPE = /^[A-Za-z0-9+/=_.:-]{1,2048}$/;
// Tokens of finished tasks, remembered so a late callback hears TaskTimedOut rather than TaskDoesNotExist.
const CLOSED_TOKENS_KEPT = 10_000;

/**
 * The open task tokens. SendTaskSuccess/Failure/Heartbeat arrive here; share one registry between the engines of
 * several state machines so the API can route a token without knowing its execution.
 */
export class TaskTokenRegistry {
  private readonly waiting = new Map<string, TokenWaiter>();
  private readonly closed = new Set<string>();

  open(token: string, waiter: TokenWaiter): void {
    this.waiting.set(token, waiter);
  }

  /** The task finished (any way): later callbacks are TaskTimedOut. */
  close(token: string): void {
    if (!this.waiting.delete(token)) return;
    if (this.closed.size >= CLOSED_TOKENS_KEPT) {
      const oldest = this.closed.values().next();
      if (oldest.done !== true) this.closed.delete(oldest.value);
    }
    this.closed.add(token);
  }

  isOpen(token: string): boolean {
    return this.waiting.has(token);
  }

  /** SendTaskSuccess: `output` is the JSON text the API received. */
  sendTaskSuccess(token: string, output: string): void {
    const waiter = this.waiterFor(token);
    let parsed: Json;
    try {
      parsed = JSON.parse(output) as Json;
    } catch {
      throw new TaskTokenError('InvalidOutput', 'The provided JSON output data is invalid.');
    }
    waiter.succeed(parsed);
  }

  /** SendTaskFailure: an absent error name is reported as `States.TaskFailed`. */
  sendTaskFailure(token: string, error?: string, cause?: string): void {
    this.waiterFor(token).fail(error ?? 'States.TaskFailed', cause ?? '');
  }

  sendTaskHeartbeat(token: string): void {
    this.waiterFor(token).heartbeat();
  }

  private waiterFor(token: string): TokenWaiter {
    if (!TOKEN_SHAPE.test(token)) throw new TaskTokenError('InvalidToken', 'Invalid Token.');
    const waiter = this.waiting.get(token);
    if (waiter) return waiter;
    if (this.closed.has(token)) throw new TaskTokenError('TaskTimedOut', 'Task Timed Out.');
    throw new TaskTokenError('TaskDoesNotExist', 'Task does not exist.');
  }
}
