import type { Queue, ReceiveOptions } from './queue';
import type { ReceivedMessage } from './stored-message';

/**
 * ReceiveMessage with long polling: answers as soon as at least one message is receivable — sent, or made visible by
 * an expiring delay or visibility timeout — and with nothing once `waitMs` has passed (or the signal aborts, or the
 * queue is deleted). It never waits to fill MaxNumberOfMessages, as SQS does not.
 */
export async function receiveWaiting(
  queue: Queue,
  options: ReceiveOptions,
  waitMs: number,
  signal?: AbortSignal,
): Promise<readonly ReceivedMessage[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const messages = queue.receive(options);
    const remaining = deadline - Date.now();
    if (messages.length > 0 || remaining <= 0 || queue.deleted || signal?.aborted === true) return messages;
    const untilVisible = queue.msUntilNextVisible();
    await nextChance(queue, untilVisible === undefined ? remaining : Math.min(remaining, untilVisible + 1), signal);
  }
}

/** Resolves on the queue's next change, after `ms`, or on abort — whichever comes first. */
function nextChance(queue: Queue, ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      unsubscribe();
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = queue.onChange(done);
    signal?.addEventListener('abort', done);
  });
}
