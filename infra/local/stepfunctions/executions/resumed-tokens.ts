import { isJsonArray, isJsonObject, type Json } from '../../assembly/json';
import { TaskTokenError, type ExecutionSnapshot, type TaskTokenRegistry } from '../interpreter';

// How long a SendTask… call waits for a resumed execution to be waiting on its token again.
const REOPEN_GRACE_MS = 1000;
const POLL_MS = 5;

/**
 * Task tokens of executions resumed at start. A resumed execution re-registers its token once it is back in its Task
 * state, a moment after the service starts; a callback arriving in that moment waits for it instead of hearing
 * TaskDoesNotExist.
 */
export class ResumedTokens {
  private readonly owners = new Map<string, string>();

  constructor(private readonly registry: TaskTokenRegistry) {}

  add(executionArn: string, snapshot: ExecutionSnapshot): void {
    // The snapshot is plain JSON (it is persisted as such); its interfaces only lack an index signature.
    for (const token of tokensIn((snapshot.root ?? null) as unknown as Json)) this.owners.set(token, executionArn);
  }

  forget(executionArn: string): void {
    for (const [token, owner] of this.owners) if (owner === executionArn) this.owners.delete(token);
  }

  /** Runs one SendTaskSuccess/Failure/Heartbeat against the registry, with the grace above for resumed tokens. */
  async send(token: string, call: (registry: TaskTokenRegistry) => void): Promise<void> {
    try {
      call(this.registry);
      return;
    } catch (error) {
      if (!(error instanceof TaskTokenError && error.code === 'TaskDoesNotExist' && this.owners.has(token))) throw error;
    }
    const deadline = Date.now() + REOPEN_GRACE_MS;
    while (!this.registry.isOpen(token) && this.owners.has(token) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    call(this.registry);
  }
}

/** Every `taskToken` in a snapshot's branch tree (Task progress at any depth of Parallel and Map). */
function tokensIn(value: Json): string[] {
  if (isJsonArray(value)) return value.flatMap(tokensIn);
  if (!isJsonObject(value)) return [];
  const own = typeof value.taskToken === 'string' ? [value.taskToken] : [];
  return [...own, ...Object.values(value).flatMap(tokensIn)];
}
