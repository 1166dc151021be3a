import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { executionEnvironment } from './function-environment';
import { FunctionPool } from './function-pool';
import { isJsonLogging, LATEST_VERSION, type LocalFunctionSpec } from './function-spec';
import { InvocationLog, LogDirectory, logInvocation, type PlatformLogFormat, type RuntimeLogger } from './lambda-logs';
import { runResult, timedOut, type InvocationResult } from './invocation-result';
import { FunctionWorker } from './worker-host';

export interface LambdaRuntimeOptions {
  /** Per-function log files go here, e.g. `.local/logs` → `.local/logs/<function>.log`. */
  readonly logDir: string;
  readonly logger: RuntimeLogger;
  /** Given to every function and winning over its own variables: AWS_ENDPOINT_URL, AWS_REGION, credentials… */
  readonly injectedEnvironment?: Readonly<Record<string, string>>;
  /** Where bundles' externals (`@aws-sdk/*`) resolve from; see function-environment.ts. */
  readonly nodePath?: string;
  /**
   * Concurrency of a function without reserved concurrency (AWS: the account's 1000; locally what the machine runs
   * well at once). Beyond it such invocations queue for a slot rather than throttle (see SaturationPolicy). Default 10.
   */
  readonly defaultConcurrency?: number;
  /** How many invocations of one function may wait for a slot before the next is throttled. Default 1000. */
  readonly maxQueuedInvocations?: number;
  /** Warm environments idle this long are terminated. Default 10 minutes. */
  readonly idleTimeoutMs?: number;
  /** Lambda gives the init phase of an on-demand function 10 s. */
  readonly initTimeoutMs?: number;
  readonly newRequestId?: () => string;
  readonly now?: () => Date;
}

export interface InvokeInput {
  /** The event as JSON text. */
  readonly payload: string;
  /** Async retries keep their first attempt's request id, as on AWS. */
  readonly requestId?: string;
  /** Decoded `X-Amz-Client-Context` JSON text. */
  readonly clientContext?: string;
}

export type InvokeOutcome =
  | {
      readonly kind: 'completed';
      readonly requestId: string;
      /** JSON text: the handler's result, or the error object when `functionError` is set. */
      readonly payload: string;
      readonly functionError?: 'Unhandled';
      /** Base64 of the last 4 KB of this invocation's log (`X-Amz-Log-Result`). */
      readonly logTail: string;
    }
  | { readonly kind: 'throttled'; readonly requestId: string };

/**
 * Runs functions: one pool of worker threads per function, cold starts and warm reuse, the timeout, and the log
 * lines of every invocation. It neither parses HTTP nor queues events — invoke-api.ts and async-invoker.ts do.
 */
export class LambdaRuntime {
  private readonly pools = new Map<string, FunctionPool>();
  private readonly logs: LogDirectory;
  private readonly now: () => Date;
  private readonly newRequestId: () => string;
  private stopped = false;

  constructor(private readonly options: LambdaRuntimeOptions) {
    this.logs = new LogDirectory(options.logDir);
    this.now = options.now ?? ((): Date => new Date());
    this.newRequestId = options.newRequestId ?? randomUUID;
  }

  async invoke(spec: LocalFunctionSpec, input: InvokeInput): Promise<InvokeOutcome> {
    if (this.stopped) throw new Error('The local Lambda runtime has stopped');
    const requestId = input.requestId ?? this.newRequestId();
    const pool = this.poolFor(spec);
    const lease = await pool.acquire();
    if (!lease) {
      logInvocation(this.options.logger, { functionName: spec.name, requestId, outcome: 'throttled' });
      return { kind: 'throttled', requestId };
    }
    const log = new InvocationLog(this.logs.fileFor(spec.name), requestId, platformLogFormat(spec), this.now);
    let worker = lease.worker;
    let reusable = false;
    try {
      let initDurationMs: number | undefined;
      if (!worker) {
        worker = this.spawn(spec);
        pool.adopt(worker);
        const init = await this.initialize(worker, requestId, log);
        if (init.failed) return this.complete(spec, log, init.result);
        initDurationMs = init.initDurationMs;
      }
      log.start(LATEST_VERSION);
      const started = performance.now();
      const outcome = await worker.run(
        {
          requestId,
          event: input.payload,
          deadlineMs: Date.now() + spec.timeoutSeconds * 1000,
          invokedFunctionArn: spec.arn,
          clientContext: input.clientContext,
        },
        spec.timeoutSeconds * 1000,
        (text) => {
          log.write(text);
        },
      );
      const durationMs = performance.now() - started;
      // A timed-out or crashed environment is terminated on release: the next invocation cold-starts.
      reusable = outcome.kind === 'response' || (outcome.kind === 'function-error' && !outcome.fatal);
      if (outcome.kind === 'timeout') log.timedOut(spec.timeoutSeconds);
      const result = runResult(outcome, requestId, spec);
      return this.complete(spec, log, {
        ...result,
        durationMs,
        initDurationMs,
        maxMemoryUsedMb: worker.maxMemoryUsedMb,
      });
    } finally {
      pool.release(worker, reusable);
    }
  }

  /** Terminates every execution environment and closes the log files. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.pools.values()].map((pool) => pool.stop()));
    this.pools.clear();
    this.logs.close();
  }

  private poolFor(spec: LocalFunctionSpec): FunctionPool {
    let pool = this.pools.get(spec.name);
    if (!pool) {
      const idleTimeoutMs = this.options.idleTimeoutMs ?? 600_000;
      pool =
        spec.reservedConcurrency === undefined
          ? new FunctionPool(this.options.defaultConcurrency ?? 10, idleTimeoutMs, {
              kind: 'queue',
              maxQueued: this.options.maxQueuedInvocations ?? 1000,
            })
          : new FunctionPool(spec.reservedConcurrency, idleTimeoutMs, { kind: 'throttle' });
      this.pools.set(spec.name, pool);
    }
    return pool;
  }

  private spawn(spec: LocalFunctionSpec): FunctionWorker {
    const file = this.logs.fileFor(spec.name);
    const { bootstrap, environment } = executionEnvironment(
      spec,
      { injected: this.options.injectedEnvironment ?? {}, nodePath: this.options.nodePath },
      this.now(),
    );
    return new FunctionWorker({
      bootstrap,
      environment,
      idleOutput: (text) => {
        file.append(text);
      },
    });
  }

  /** The init phase of a cold start; a failure is the invocation's error, and the next invocation tries init again. */
  private async initialize(
    worker: FunctionWorker,
    requestId: string,
    log: InvocationLog,
  ): Promise<
    | { readonly failed: true; readonly result: InvocationResult }
    | { readonly failed: false; readonly initDurationMs: number }
  > {
    const initTimeoutMs = this.options.initTimeoutMs ?? 10_000;
    const init = await worker.init(requestId, initTimeoutMs, (text) => {
      log.write(text);
    });
    if (init.kind === 'ready') return { failed: false, initDurationMs: init.initDurationMs };
    log.start(LATEST_VERSION);
    if (init.kind === 'timeout') {
      const error = timedOut(requestId, initTimeoutMs / 1000);
      return {
        failed: true,
        result: { error, durationMs: initTimeoutMs, initDurationMs: undefined, status: 'timeout' },
      };
    }
    return {
      failed: true,
      result: { error: init.error, durationMs: 0, initDurationMs: init.initDurationMs, status: 'error' },
    };
  }

  private complete(spec: LocalFunctionSpec, log: InvocationLog, result: InvocationResult): InvokeOutcome {
    const errorType = result.error?.errorType;
    log.end({
      durationMs: result.durationMs,
      memorySizeMb: spec.memoryMb,
      maxMemoryUsedMb: result.maxMemoryUsedMb ?? 0,
      initDurationMs: result.initDurationMs,
      status: result.status,
      errorType: result.status === 'error' ? errorType : undefined,
    });
    const outcome = result.status === 'timeout' ? 'timeout' : result.error ? 'error' : 'ok';
    logInvocation(this.options.logger, {
      functionName: spec.name,
      requestId: log.requestId,
      outcome,
      durationMs: result.durationMs,
      initDurationMs: result.initDurationMs,
      errorType,
    });
    return result.error
      ? {
          kind: 'completed',
          requestId: log.requestId,
          payload: JSON.stringify(result.error),
          functionError: 'Unhandled',
          logTail: log.tail(),
        }
      : { kind: 'completed', requestId: log.requestId, payload: result.payload ?? 'null', logTail: log.tail() };
  }
}

function platformLogFormat(spec: LocalFunctionSpec): PlatformLogFormat {
  return isJsonLogging(spec) ? { kind: 'JSON', minimumLevel: spec.logging?.systemLogLevel ?? 'INFO' } : { kind: 'Text' };
}
