/**
 * Time as the local SQS sees it. Every SQS duration (visibility timeout, delay, retention, the deduplication window,
 * long-poll waits, a mapping's batching window) is given in seconds and converted here, so a test can scale them all
 * at once (`timeScale: 0.01` makes a 30 s visibility timeout 300 ms) and keep the semantics intact.
 */
export interface SqsClock {
  /** Epoch milliseconds: timestamps (SentTimestamp…) and deadlines. */
  now(): number;
  /** An SQS duration in seconds → milliseconds on this clock (and of real waiting). */
  ms(seconds: number): number;
}

export function sqsClock(options: { readonly now?: () => Date; readonly timeScale?: number } = {}): SqsClock {
  const now = options.now ?? ((): Date => new Date());
  const scale = options.timeScale ?? 1;
  if (!(scale > 0)) throw new Error(`SQS timeScale must be positive, got ${String(scale)}`);
  return {
    now: () => now().getTime(),
    ms: (seconds) => seconds * 1000 * scale,
  };
}
