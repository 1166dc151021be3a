import type { EdgeService } from '../edge/protocol';
import { AsyncInvoker } from './async-invoker';
import type { AsyncDelivery } from './async-records';
import { FunctionRegistry } from './function-registry';
import type { LocalFunctionSpec } from './function-spec';
import { lambdaInvokeService } from './invoke-api';
import { LambdaRuntime, type LambdaRuntimeOptions } from './lambda-runtime';

export type { AsyncDelivery, AsyncInvocationRecord, InvocationCondition } from './async-records';
export type { AsyncInvokeConfig, LocalFunctionSpec } from './function-spec';
export type { Lookup } from './function-registry';
export type { RuntimeLogger } from './lambda-logs';
export type { InvokeInput, InvokeOutcome, LambdaRuntimeOptions } from './lambda-runtime';
export { AsyncInvoker, FunctionRegistry, LambdaRuntime, lambdaInvokeService };

export interface LocalLambdaOptions extends LambdaRuntimeOptions {
  readonly functions: readonly LocalFunctionSpec[];
  /** Region and account a bare function name is looked up in. Default `us-east-1` / `000000000000`. */
  readonly region?: string;
  readonly account?: string;
  readonly deliver: (delivery: AsyncDelivery) => Promise<void>;
  /** Scales async retry delays and event age; see AsyncInvokerOptions.timeScale. Default 1. */
  readonly asyncTimeScale?: number;
}

/** The Lambda subsystem of the local cloud, wired: what the edge serves and what other subsystems invoke through. */
export interface LocalLambda {
  /** Mount on the edge (signing name `lambda`). */
  readonly service: EdgeService;
  readonly functions: FunctionRegistry;
  /** Synchronous invocation (API Gateway integrations, Step Functions `lambda:invoke`, SQS/stream mappings). */
  readonly runtime: LambdaRuntime;
  /** Asynchronous invocation (EventBridge targets, on-failure Lambda destinations). */
  readonly events: AsyncInvoker;
  stop(): Promise<void>;
}

export function createLocalLambda(options: LocalLambdaOptions): LocalLambda {
  const functions = new FunctionRegistry(options.functions, {
    region: options.region ?? 'us-east-1',
    account: options.account ?? '000000000000',
  });
  const runtime = new LambdaRuntime(options);
  const events = new AsyncInvoker({
    runtime,
    deliver: options.deliver,
    logger: options.logger,
    timeScale: options.asyncTimeScale,
    newRequestId: options.newRequestId,
    now: options.now,
  });
  return {
    service: lambdaInvokeService({ functions, runtime, events }),
    functions,
    runtime,
    events,
    async stop() {
      events.stop();
      await runtime.stop();
    },
  };
}
