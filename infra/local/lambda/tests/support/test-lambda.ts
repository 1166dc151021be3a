import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AsyncDelivery } from '../../async-records';
import type { LocalFunctionSpec } from '../../function-spec';
import { createLocalLambda, type LocalLambda, type LocalLambdaOptions } from '../../index';
import type { InvokeOutcome } from '../../lambda-runtime';
import { ACCOUNT, REGION } from './fixtures';
import { RecordingLogger } from './recording-logger';

export interface TestLambda {
  readonly lambda: LocalLambda;
  readonly logger: RecordingLogger;
  readonly logDir: string;
  /** Everything the async invoker handed to `deliver`. */
  readonly deliveries: AsyncDelivery[];
  invoke(functionName: string, event?: unknown): Promise<InvokeOutcome>;
  logOf(functionName: string): string;
  stop(): Promise<void>;
}

/** The Lambda subsystem over the given functions, logging into a fresh temporary directory. */
export function startTestLambda(
  functions: readonly LocalFunctionSpec[],
  options: Partial<LocalLambdaOptions> = {},
): TestLambda {
  const logger = new RecordingLogger();
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-lambda-'));
  const deliveries: AsyncDelivery[] = [];
  const lambda = createLocalLambda({
    functions,
    logDir,
    logger,
    region: REGION,
    account: ACCOUNT,
    deliver: (delivery) => {
      deliveries.push(delivery);
      return Promise.resolve();
    },
    asyncTimeScale: 0.001,
    ...options,
  });
  return {
    lambda,
    logger,
    logDir,
    deliveries,
    invoke(functionName, event = {}) {
      const lookup = lambda.functions.find(functionName);
      if (!lookup.found) throw new Error(`no function ${functionName}`);
      return lambda.runtime.invoke(lookup.spec, { payload: JSON.stringify(event) });
    },
    logOf(functionName) {
      return fs.readFileSync(path.join(logDir, `${functionName}.log`), 'utf8');
    },
    async stop() {
      await lambda.stop();
      fs.rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** The parsed payload of a completed invocation (fails the test on a throttle). */
export function payloadOf(outcome: InvokeOutcome): unknown {
  if (outcome.kind !== 'completed') throw new Error(`expected a completed invocation, got ${outcome.kind}`);
  return JSON.parse(outcome.payload);
}

/** Whether the invocation started a new execution environment (its summary carries an init duration). */
export function wasColdStart(test: TestLambda, outcome: InvokeOutcome): boolean {
  return test.logger.summaryOf(outcome.requestId)?.initDurationMs !== undefined;
}
