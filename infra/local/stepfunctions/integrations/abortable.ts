import { StatesError } from '../states-error';

/**
 * Runs `work`, settling as soon as `signal` aborts even if the work ignores it (the interpreter has then moved on: the
 * state timed out or the execution stopped). The rejection names the cancellation; nothing downstream reads it as a
 * task result.
 */
export async function abortable<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  if (signal.aborted) throw cancelled(signal);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      reject(cancelled(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(), aborted]);
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

function cancelled(signal: AbortSignal): StatesError {
  const reason: unknown = signal.reason;
  if (reason instanceof StatesError) return reason;
  return new StatesError('States.TaskFailed', 'The task was cancelled before the service answered (the state timed out or the execution stopped)');
}
