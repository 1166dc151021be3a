import { randomUUID } from 'node:crypto';
import { failureDeliveries, successDelivery, type AsyncDelivery, type InvocationCondition } from './async-records';
import {
  DEFAULT_MAXIMUM_EVENT_AGE_SECONDS,
  DEFAULT_MAXIMUM_RETRY_ATTEMPTS,
  type LocalFunctionSpec,
} from './function-spec';
import type { RuntimeLogger } from './lambda-logs';
import type { LambdaRuntime } from './lambda-runtime';

export interface AsyncInvokerOptions {
  readonly runtime: Pick<LambdaRuntime, 'invoke'>;
  /** Hands an event's outcome to its destination or DLQ (SQS, SNS, EventBridge, Lambda: other subsystems). */
  readonly deliver: (delivery: AsyncDelivery) => Promise<void>;
  readonly logger: RuntimeLogger;
  /**
   * Multiplies every wait AWS prescribes — retry delays (1 then 2 minutes), throttle backoff (1 s doubling to 5 min)
   * and the maximum event age — so tests can run a whole retry cycle in milliseconds. Default 1 (AWS's timing).
   */
  readonly timeScale?: number;
  readonly newRequestId?: () => string;
  readonly now?: () => Date;
}

/** AWS waits one minute before the first retry and two before the second. */
const RETRY_DELAYS_SECONDS = [60, 120] as const;
const THROTTLE_BACKOFF_FIRST_SECONDS = 1;
const THROTTLE_BACKOFF_MAX_SECONDS = 300;

interface QueuedEvent {
  readonly spec: LocalFunctionSpec;
  readonly payload: string;
  readonly requestId: string;
  readonly enqueuedAtMs: number;
  attempts: number;
  throttles: number;
  lastError?: string;
}

/**
 * Lambda's asynchronous invocation (`InvocationType: Event`): the event is queued and the caller gets 202 at once;
 * a function error is retried (MaximumRetryAttempts, default 2), throttles are retried with backoff until the event
 * is older than MaximumEventAgeInSeconds, and a failed event goes to the on-failure destination and/or the DLQ.
 */
export class AsyncInvoker {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly timeScale: number;
  private readonly now: () => Date;
  private readonly newRequestId: () => string;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private stopped = false;

  constructor(private readonly options: AsyncInvokerOptions) {
    this.timeScale = options.timeScale ?? 1;
    this.now = options.now ?? ((): Date => new Date());
    this.newRequestId = options.newRequestId ?? randomUUID;
  }

  /** Queues the event; returns the request id every attempt of it will carry. */
  enqueue(spec: LocalFunctionSpec, payload: string): string {
    const requestId = this.newRequestId();
    this.pending += 1;
    this.schedule({ spec, payload, requestId, enqueuedAtMs: Date.now(), attempts: 0, throttles: 0 }, 0);
    return requestId;
  }

  /** Resolves once every queued event has succeeded or been delivered as failed. */
  settled(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops queued events (a local cloud that stops loses its in-memory queue) and cancels their timers. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (this.pending > 0) this.options.logger.warn(`λ async: ${this.pending} queued event(s) dropped at stop`);
    this.pending = 0;
    this.wakeIdleWaiters();
  }

  private schedule(event: QueuedEvent, delaySeconds: number): void {
    if (this.stopped) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        void this.attempt(event);
      },
      delaySeconds * 1000 * this.timeScale,
    );
    this.timers.add(timer);
  }

  private async attempt(event: QueuedEvent): Promise<void> {
    const maximumAgeSeconds = event.spec.asyncConfig?.maximumEventAgeSeconds ?? DEFAULT_MAXIMUM_EVENT_AGE_SECONDS;
    if (Date.now() - event.enqueuedAtMs > maximumAgeSeconds * 1000 * this.timeScale) {
      await this.fail(event, 'EventAgeExceeded');
      return;
    }
    const outcome = await this.options.runtime
      .invoke(event.spec, { payload: event.payload, requestId: event.requestId })
      .catch((error: unknown) => {
        // A failure of the runtime itself (not the function) is retried like a throttle, as AWS does with 5xx.
        this.options.logger.warn(`λ ${event.spec.name} async attempt failed in the runtime ${event.requestId}`, {
          error: error instanceof Error ? error.message : String(error),
        });
        return { kind: 'throttled' } as const;
      });
    if (this.stopped) return;
    if (outcome.kind === 'throttled') {
      const backoff = THROTTLE_BACKOFF_FIRST_SECONDS * 2 ** event.throttles;
      event.throttles += 1;
      this.schedule(event, Math.min(backoff, THROTTLE_BACKOFF_MAX_SECONDS));
      return;
    }
    event.attempts += 1;
    if (outcome.functionError === undefined) {
      const delivery = successDelivery({
        spec: event.spec,
        requestId: event.requestId,
        payload: event.payload,
        invokeCount: event.attempts,
        response: outcome.payload,
        at: this.now(),
      });
      await this.deliverAll(event, delivery === undefined ? [] : [delivery]);
      this.finish();
      return;
    }
    event.lastError = outcome.payload;
    const maximumRetries = event.spec.asyncConfig?.maximumRetryAttempts ?? DEFAULT_MAXIMUM_RETRY_ATTEMPTS;
    if (event.attempts > maximumRetries) {
      await this.fail(event, 'RetriesExhausted');
      return;
    }
    const delay = RETRY_DELAYS_SECONDS[event.attempts - 1] ?? RETRY_DELAYS_SECONDS[1];
    this.options.logger.info(
      `λ ${event.spec.name} async retry ${event.attempts}/${maximumRetries} in ${delay} s ${event.requestId}`,
    );
    this.schedule(event, delay);
  }

  private async fail(event: QueuedEvent, condition: Exclude<InvocationCondition, 'Success'>): Promise<void> {
    const deliveries = failureDeliveries({
      spec: event.spec,
      requestId: event.requestId,
      payload: event.payload,
      condition,
      invokeCount: event.attempts,
      lastError: event.lastError,
      at: this.now(),
    });
    if (deliveries.length === 0) {
      this.options.logger.warn(`λ ${event.spec.name} async event discarded (${condition}) ${event.requestId}`);
    }
    await this.deliverAll(event, deliveries);
    this.finish();
  }

  private async deliverAll(event: QueuedEvent, deliveries: readonly AsyncDelivery[]): Promise<void> {
    for (const delivery of deliveries) {
      try {
        await this.options.deliver(delivery);
      } catch (error) {
        // AWS counts these as DestinationDeliveryFailures; the record is lost either way.
        this.options.logger.warn(`λ ${event.spec.name} could not deliver to its ${delivery.kind} target ${delivery.targetArn}`, {
          requestId: event.requestId,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  private finish(): void {
    if (this.stopped) return;
    this.pending -= 1;
    if (this.pending === 0) this.wakeIdleWaiters();
  }

  private wakeIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
