import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import {
  isWorkerMessage,
  type FunctionErrorPayload,
  type InvokeMessage,
  type WorkerBootstrap,
  type WorkerMessage,
} from './worker-protocol';

/** A plain .js file next to this one: a worker can only load what Node runs as is (see worker-entry.js). */
const WORKER_ENTRY = path.join(__dirname, 'worker-entry.js');

export interface FunctionWorkerOptions {
  readonly bootstrap: WorkerBootstrap;
  /** The worker's whole `process.env`: nothing of the host's leaks in. */
  readonly environment: Readonly<Record<string, string>>;
  /** Where output goes when no invocation is listening (timers firing between invocations). */
  readonly idleOutput: (text: string) => void;
}

export type InitOutcome =
  | { readonly kind: 'ready'; readonly initDurationMs: number }
  | { readonly kind: 'failed'; readonly error: FunctionErrorPayload; readonly initDurationMs: number };

export type RunOutcome =
  | { readonly kind: 'response'; readonly payload: string }
  | {
      readonly kind: 'function-error';
      readonly error: FunctionErrorPayload;
      /** The environment is gone or must not be reused (crash, out of memory, uncaught exception). */
      readonly fatal: boolean;
    }
  | { readonly kind: 'timeout' };

type WorkerEvent =
  | { readonly kind: 'message'; readonly message: WorkerMessage }
  | { readonly kind: 'exit'; readonly code: number; readonly error: Error | undefined };

/**
 * One execution environment: a worker thread running one function's bundle. It serves one invocation at a time;
 * the pool decides about reuse. A timed-out or crashed worker is terminated, so the next invocation cold-starts.
 */
export class FunctionWorker {
  private readonly worker: Worker;
  private readonly startedAt = performance.now();
  private output: (text: string) => void;
  private listener: ((event: WorkerEvent) => void) | undefined;
  private exit: Extract<WorkerEvent, { kind: 'exit' }> | undefined;
  private crashError: Error | undefined;
  private readonly exitListeners: (() => void)[] = [];
  private peakHeapUsedBytes = 0;

  constructor(private readonly options: FunctionWorkerOptions) {
    this.output = options.idleOutput;
    this.worker = new Worker(WORKER_ENTRY, {
      workerData: options.bootstrap,
      env: { ...options.environment },
      // The heap stands in for the sandbox's memory: a function over its memory size dies like on Lambda.
      resourceLimits: { maxOldGenerationSizeMb: options.bootstrap.memoryMb },
      // Own stdio streams, so nothing reaches the host's terminal unannounced; the entry routes output over the port.
      stdout: true,
      stderr: true,
      // Not the host's flags (a tsx loader, --inspect): the function runs on plain Node like on Lambda.
      execArgv: [],
      name: `lambda:${options.bootstrap.functionName}`,
    });
    const forward = (chunk: Buffer | string): void => {
      this.output(chunk.toString());
    };
    this.worker.stdout.on('data', forward);
    this.worker.stderr.on('data', forward);
    this.worker.on('message', (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.type === 'output') this.output(message.text);
      else this.listener?.({ kind: 'message', message });
    });
    this.worker.on('error', (error) => {
      this.crashError = error;
    });
    this.worker.on('exit', (code) => {
      this.exit = { kind: 'exit', code, error: this.crashError };
      this.listener?.(this.exit);
      for (const listener of this.exitListeners) listener();
    });
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  /** The environment's V8 heap high-water mark: what REPORT shows as Max Memory Used. */
  get maxMemoryUsedMb(): number {
    return Math.ceil(this.peakHeapUsedBytes / 1_048_576);
  }

  /** Whether the worker keeps the host process alive: busy ones do, warm idle ones must not. */
  keepsProcessAlive(yes: boolean): void {
    if (yes) this.worker.ref();
    else this.worker.unref();
  }

  onExit(listener: () => void): void {
    this.exitListeners.push(listener);
  }

  /** The init phase: load the bundle and resolve the handler (during the cold start of invocation `requestId`). */
  init(
    requestId: string,
    timeoutMs: number,
    output: (text: string) => void,
  ): Promise<InitOutcome | { readonly kind: 'timeout' }> {
    const initDurationMs = (): number => performance.now() - this.startedAt;
    return this.await(timeoutMs, output, {
      message: (message) => {
        if (message.type === 'ready') return { kind: 'ready', initDurationMs: initDurationMs() };
        if (message.type === 'init-error') {
          return { kind: 'failed', error: message.error, initDurationMs: initDurationMs() };
        }
        return undefined;
      },
      exit: (exit) => ({ kind: 'failed', error: exitError(requestId, exit), initDurationMs: initDurationMs() }),
    });
  }

  run(invocation: Omit<InvokeMessage, 'type'>, timeoutMs: number, output: (text: string) => void): Promise<RunOutcome> {
    const message: InvokeMessage = { type: 'invoke', ...invocation };
    const outcome = this.await<RunOutcome>(timeoutMs, output, {
      message: (reply) => {
        if (reply.type !== 'response' && reply.type !== 'error') return undefined;
        this.peakHeapUsedBytes = Math.max(this.peakHeapUsedBytes, reply.heapUsedBytes);
        return reply.type === 'response'
          ? { kind: 'response', payload: reply.payload }
          : { kind: 'function-error', error: reply.error, fatal: reply.fatal };
      },
      exit: (exit) => ({ kind: 'function-error', error: exitError(invocation.requestId, exit), fatal: true }),
    });
    if (this.alive) this.worker.postMessage(message);
    return outcome;
  }

  async terminate(): Promise<void> {
    if (this.alive) await this.worker.terminate();
  }

  /** Waits for the first event a handler maps to an outcome, or for the deadline. */
  private await<T>(
    timeoutMs: number,
    output: (text: string) => void,
    handlers: {
      message: (message: WorkerMessage) => T | undefined;
      exit: (exit: Extract<WorkerEvent, { kind: 'exit' }>) => T;
    },
  ): Promise<T | { readonly kind: 'timeout' }> {
    return new Promise((resolve) => {
      const settle = (outcome: T | { readonly kind: 'timeout' }): void => {
        clearTimeout(timer);
        this.listener = undefined;
        this.output = this.options.idleOutput;
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        settle({ kind: 'timeout' });
      }, timeoutMs);
      this.output = output;
      this.listener = (event): void => {
        const outcome = event.kind === 'message' ? handlers.message(event.message) : handlers.exit(event);
        if (outcome !== undefined) settle(outcome);
      };
      if (this.exit) this.listener(this.exit);
    });
  }
}

/** What Lambda reports when the runtime process dies: out of memory, or an exit without an answer. */
function exitError(requestId: string, exit: Extract<WorkerEvent, { kind: 'exit' }>): FunctionErrorPayload {
  const outOfMemory =
    exit.error !== undefined && 'code' in exit.error && exit.error.code === 'ERR_WORKER_OUT_OF_MEMORY';
  return outOfMemory
    ? {
        errorType: 'Runtime.OutOfMemory',
        errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
      }
    : {
        errorType: 'Runtime.ExitError',
        errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: exit status ${exit.code}`,
      };
}
