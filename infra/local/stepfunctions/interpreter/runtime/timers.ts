import { BranchCancelled } from '../errors/interpreter-errors';

// setTimeout cannot wait longer than 2^31-1 ms; longer waits (a Wait of weeks) are slept in slices.
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Time for an execution. Instants are milliseconds of the injected clock; every delay a definition asks for (Wait,
 * retry intervals, timeouts) is multiplied by `timeScale` (tests run with e.g. 0.001). Sleeping converts
 * `wakeAt - now()` into a real-time deadline once, so a resumed execution sleeps only what is left and an injected
 * clock need not advance.
 */
export class Timers {
  /** The last ISO string and its instant: many events share a millisecond, and formatting dates is not free. */
  private lastIso = { ms: Number.NaN, iso: '' };

  /** The clock in epoch milliseconds (every history event reads it). */
  readonly nowMs: () => number;

  /** `clockMs`: the same clock in epoch milliseconds, when it can be read without making a Date (Date.now). */
  constructor(
    readonly now: () => Date,
    private readonly timeScale: number,
    clockMs?: () => number,
  ) {
    this.nowMs = clockMs ?? (() => this.now().getTime());
  }

  nowIso(): string {
    const ms = this.nowMs();
    if (ms !== this.lastIso.ms) this.lastIso = { ms, iso: new Date(ms).toISOString() };
    return this.lastIso.iso;
  }

  /** The instant at which a delay of `seconds`, as the definition states it, ends. */
  wakeAfter(seconds: number): number {
    return this.nowMs() + seconds * 1000 * this.timeScale;
  }

  /** Resolves at `wakeAt`; rejects with BranchCancelled as soon as `signal` aborts. */
  sleepUntil(wakeAt: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new BranchCancelled());
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const realEnd = Date.now() + (wakeAt - this.nowMs());
      const onAbort = () => {
        if (timer) clearTimeout(timer);
        reject(new BranchCancelled());
      };
      const tick = () => {
        const remaining = realEnd - Date.now();
        if (remaining <= 0) {
          signal.removeEventListener('abort', onAbort);
          resolve();
          return;
        }
        timer = setTimeout(tick, Math.min(remaining, MAX_TIMEOUT_MS));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      tick();
    });
  }

  /** A promise that rejects with `error()` at `at` unless cleared; `reset` moves the instant (heartbeats). */
  deadline(at: number, error: () => Error): Deadline {
    return new Deadline(this, at, error);
  }
}

export class Deadline {
  readonly promise: Promise<never>;
  private timer: NodeJS.Timeout | undefined;
  private realEnd = 0;
  private rejectWith: (error: Error) => void = () => undefined;

  constructor(
    private readonly timers: Timers,
    at: number,
    private readonly error: () => Error,
  ) {
    this.promise = new Promise<never>((_resolve, reject) => {
      this.rejectWith = reject;
    });
    // Raced later; never an unhandled rejection if the race has already settled.
    this.promise.catch(() => undefined);
    this.reset(at);
  }

  reset(at: number): void {
    this.realEnd = Date.now() + (at - this.timers.nowMs());
    this.arm();
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    this.clear();
    const remaining = this.realEnd - Date.now();
    if (remaining <= 0) {
      this.rejectWith(this.error());
      return;
    }
    this.timer = setTimeout(() => {
      this.arm();
    }, Math.min(remaining, MAX_TIMEOUT_MS));
  }
}

/** A promise that rejects with BranchCancelled when `signal` aborts, and a disposer for its listener. */
export function cancellation(signal: AbortSignal): { promise: Promise<never>; dispose: () => void } {
  let dispose: () => void = () => undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    if (signal.aborted) {
      reject(new BranchCancelled());
      return;
    }
    const onAbort = () => {
      reject(new BranchCancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    dispose = () => {
      signal.removeEventListener('abort', onAbort);
    };
  });
  promise.catch(() => undefined);
  return { promise, dispose };
}

/** An AbortController that also aborts when `parent` does; `dispose` detaches it once its work is over. */
export function childController(parent: AbortSignal): { controller: AbortController; dispose: () => void } {
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort();
    return { controller, dispose: () => undefined };
  }
  const onAbort = () => {
    controller.abort();
  };
  parent.addEventListener('abort', onAbort, { once: true });
  return {
    controller,
    dispose: () => {
      parent.removeEventListener('abort', onAbort);
    },
  };
}
