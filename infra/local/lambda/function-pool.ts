import type { FunctionWorker } from './worker-host';

/** A claim on one of a function's concurrency slots; `worker` is absent when the invocation must cold-start. */
export interface Lease {
  readonly worker: FunctionWorker | undefined;
}

/**
 * What happens to an invocation when every slot is busy. `throttle`: a function with reserved concurrency, exactly as
 * on AWS. `queue`: a function without — on AWS it draws on the account's pool (1000), which a local run never exhausts;
 * locally the cap only stands for what the machine can run at once, so the invocation waits for a slot instead of
 * failing (up to `maxQueued`, then it is throttled after all).
 */
export type SaturationPolicy = { readonly kind: 'throttle' } | { readonly kind: 'queue'; readonly maxQueued: number };

/**
 * The execution environments of one function: at most `concurrency` busy at once, idle ones kept warm for reuse and
 * reaped after `idleTimeoutMs`; beyond the cap, the saturation policy decides.
 */
export class FunctionPool {
  /** Most recently used last: reuse takes from the end, so surplus environments age out and get reaped. */
  private readonly idle: FunctionWorker[] = [];
  private readonly reapTimers = new Map<FunctionWorker, NodeJS.Timeout>();
  private readonly busy = new Set<FunctionWorker>();
  private readonly waiting: ((lease: Lease | undefined) => void)[] = [];
  private slotsInUse = 0;

  constructor(
    private readonly concurrency: number,
    private readonly idleTimeoutMs: number,
    private readonly saturation: SaturationPolicy = { kind: 'throttle' },
  ) {}

  /** A slot — at once, or when one frees up under the `queue` policy — or undefined for a throttle. */
  acquire(): Promise<Lease | undefined> {
    if (this.slotsInUse < this.concurrency) {
      this.slotsInUse += 1;
      return Promise.resolve(this.leaseIdleWorker());
    }
    if (this.saturation.kind === 'throttle' || this.waiting.length >= this.saturation.maxQueued) {
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Registers the worker a cold start created for the lease it holds. */
  adopt(worker: FunctionWorker): void {
    this.busy.add(worker);
    worker.onExit(() => {
      this.forget(worker);
    });
  }

  /**
   * Frees the slot, or hands it straight to the longest-waiting invocation; a healthy worker goes back to the warm set
   * (where that invocation picks it up), any other is terminated.
   */
  release(worker: FunctionWorker | undefined, reusable: boolean): void {
    if (worker) this.putBack(worker, reusable);
    const next = this.waiting.shift();
    if (next) next(this.leaseIdleWorker());
    else this.slotsInUse -= 1;
  }

  private leaseIdleWorker(): Lease {
    const worker = this.idle.pop();
    if (worker) {
      clearTimeout(this.reapTimers.get(worker));
      this.reapTimers.delete(worker);
      this.busy.add(worker);
      worker.keepsProcessAlive(true);
    }
    return { worker };
  }

  private putBack(worker: FunctionWorker, reusable: boolean): void {
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
    for (const waiter of this.waiting.splice(0)) waiter(undefined);
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
