import type { FunctionWorker } from './worker-host';

/** A claim on one of a function's concurrency slots; `worker` is absent when the invocation must cold-start. */
export interface Lease {
  readonly worker: FunctionWorker | undefined;
}

/**
 * The execution environments of one function: at most `concurrency` busy at once (beyond it, invocations are
 * throttled), idle ones kept warm for reuse and reaped after `idleTimeoutMs`.
 */
export class FunctionPool {
  /** Most recently used last: reuse takes from the end, so surplus environments age out and get reaped. */
  private readonly idle: FunctionWorker[] = [];
  private readonly reapTimers = new Map<FunctionWorker, NodeJS.Timeout>();
  private readonly busy = new Set<FunctionWorker>();
  private slotsInUse = 0;

  constructor(
    private readonly concurrency: number,
    private readonly idleTimeoutMs: number,
  ) {}

  /** A slot, or undefined when every slot is taken (throttle). */
  tryAcquire(): Lease | undefined {
    if (this.slotsInUse >= this.concurrency) return undefined;
    this.slotsInUse += 1;
    const worker = this.idle.pop();
    if (worker) {
      clearTimeout(this.reapTimers.get(worker));
      this.reapTimers.delete(worker);
      this.busy.add(worker);
      worker.keepsProcessAlive(true);
    }
    return { worker };
  }

  /** Registers the worker a cold start created for the lease it holds. */
  adopt(worker: FunctionWorker): void {
    this.busy.add(worker);
    worker.onExit(() => {
      this.forget(worker);
    });
  }

  /** Frees the slot; a healthy worker goes back to the warm set, any other is terminated. */
  release(worker: FunctionWorker | undefined, reusable: boolean): void {
    this.slotsInUse -= 1;
    if (!worker) return;
    this.busy.delete(worker);
    if (reusable && worker.alive) {
      this.idle.push(worker);
      worker.keepsProcessAlive(false);
      const timer = setTimeout(() => {
        this.forget(worker);
        void worker.terminate();
      }, this.idleTimeoutMs);
      timer.unref(); // an idle function never keeps the process alive
      this.reapTimers.set(worker, timer);
    } else {
      void worker.terminate();
    }
  }

  get idleCount(): number {
    return this.idle.length;
  }

  async stop(): Promise<void> {
    const all = [...this.idle, ...this.busy];
    for (const worker of all) this.forget(worker);
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  /** Drops a worker that exited on its own (crash between invocations) or was reaped. */
  private forget(worker: FunctionWorker): void {
    clearTimeout(this.reapTimers.get(worker));
    this.reapTimers.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    this.busy.delete(worker);
  }
}
