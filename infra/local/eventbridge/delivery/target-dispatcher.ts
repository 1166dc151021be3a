import type { EventBridgeEvent } from '../event-envelope';
import { eventAsJson } from '../event-envelope';
import type { EventBridgeLogger } from '../eventbridge-logger';
import { InvalidTransformedJsonError } from '../targets/input-transformer';
import type { Target } from '../targets/target';
import { partitionKey, targetPayload } from '../targets/target-input';
import { deadLetterAttributes, type DeliveryFailure, type ExhaustedRetryCondition } from './dead-letter';
import { retryDelaySeconds } from './retry-schedule';
import { TargetDeliveryError, type DeliveryErrorCode, type TargetPorts } from './target-ports';

/** One event for one target of one matched rule. */
export interface Delivery {
  readonly ruleName: string;
  readonly ruleArn: string;
  readonly target: Target;
  readonly event: EventBridgeEvent;
  readonly ingestionTime: Date;
}

export interface TargetDispatcherOptions {
  readonly ports: TargetPorts;
  readonly logger: EventBridgeLogger;
  /**
   * Multiplies every wait (retry backoff) and divides every age (MaximumEventAgeInSeconds), so a test runs a day of
   * retries in milliseconds. Default 1.
   */
  readonly timeScale?: number;
  /** Jitter source, in [0, 1). */
  readonly random?: () => number;
  /** Elapsed-time clock in milliseconds, for event age. */
  readonly monotonicMs?: () => number;
}

interface Job {
  readonly delivery: Delivery;
  readonly startedAtMs: number;
  retries: number;
}

/**
 * Delivers matched events to their targets after PutEvents has answered, at least once: a failed delivery is retried
 * with backoff until the target's RetryPolicy runs out (MaximumRetryAttempts or MaximumEventAgeInSeconds, whichever
 * first), then the event goes to the target's dead-letter queue with EventBridge's error attributes — or, without a
 * DLQ, is logged as lost at error level. Never silently dropped.
 */
export class TargetDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly immediates = new Set<NodeJS.Immediate>();
  private readonly timeScale: number;
  private readonly random: () => number;
  private readonly monotonicMs: () => number;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private stopped = false;

  constructor(private readonly options: TargetDispatcherOptions) {
    this.timeScale = options.timeScale ?? 1;
    this.random = options.random ?? Math.random;
    this.monotonicMs = options.monotonicMs ?? (() => performance.now());
  }

  dispatch(delivery: Delivery): void {
    if (this.stopped) return;
    this.pending++;
    const job: Job = { delivery, startedAtMs: this.monotonicMs(), retries: 0 };
    // setImmediate, not setTimeout(0): the first attempt runs right after PutEvents answers, not a timer tick later.
    const immediate = setImmediate(() => {
      this.immediates.delete(immediate);
      void this.attempt(job);
    });
    this.immediates.add(immediate);
  }

  /**
   * Resolves once every delivery dispatched so far has been delivered, dead-lettered or reported lost. A retry's timer
   * does not keep the process alive by itself: a bare script awaiting this during a retry needs another handle.
   */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Cancels deliveries not yet attempted and retries still waiting (their events are abandoned, as on a restart). */
  stop(): void {
    this.stopped = true;
    const abandoned = this.immediates.size + this.timers.size;
    for (const immediate of this.immediates) clearImmediate(immediate);
    for (const timer of this.timers) clearTimeout(timer);
    this.immediates.clear();
    this.timers.clear();
    if (abandoned > 0) {
      this.options.logger.warn('deliveries not yet made were abandoned at stop', { service: 'events', abandoned });
    }
    this.pending = 0;
    this.settleWaiters();
  }

  private schedule(job: Job, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(job);
    }, delayMs);
    // A retry can be hours away: it must not keep a process alive on its own (the edge's server does, when running).
    timer.unref();
    this.timers.add(timer);
  }

  private async attempt(job: Job): Promise<void> {
    let failure: ClassifiedFailure;
    try {
      await this.send(job.delivery);
      this.logDelivered(job);
      this.settle();
      return;
    } catch (error) {
      failure = classify(error);
    }
    if (this.stopped) return;
    const { retryPolicy } = job.delivery.target;
    const exhausted = (condition: ExhaustedRetryCondition): Promise<void> =>
      this.fail(job, { ...failure, retryAttempts: job.retries, exhaustedRetryCondition: condition });
    if (!failure.retryable) return this.fail(job, { ...failure, retryAttempts: job.retries });
    if (job.retries >= retryPolicy.maximumRetryAttempts) return exhausted('MaximumRetryAttempts');
    const delayMs = retryDelaySeconds(job.retries, this.random) * 1000 * this.timeScale;
    const ageAtRetryMs = (this.monotonicMs() - job.startedAtMs + delayMs) / this.timeScale;
    if (ageAtRetryMs > retryPolicy.maximumEventAgeSeconds * 1000) return exhausted('MaximumEventAgeInSeconds');
    job.retries++;
    this.schedule(job, delayMs);
  }

  private async send(delivery: Delivery): Promise<void> {
    const { target, event } = delivery;
    const json = eventAsJson(event);
    const payload = targetPayload(target, {
      event: json,
      ruleName: delivery.ruleName,
      ruleArn: delivery.ruleArn,
      ingestionTime: delivery.ingestionTime.toISOString(),
    });
    const { ports } = this.options;
    switch (target.kind) {
      case 'lambda':
        return ports.invokeLambdaAsync(target.arn, payload);
      case 'sqs':
        return ports.sendSqsMessage(
          target.arn,
          payload,
          target.messageGroupId === undefined ? {} : { messageGroupId: target.messageGroupId },
        );
      case 'step-functions':
        if (ports.startStepFunctionsExecution === undefined) throw missingPort(target);
        return ports.startStepFunctionsExecution(target.arn, payload);
      case 'kinesis':
        if (ports.putKinesisRecord === undefined) throw missingPort(target);
        return ports.putKinesisRecord(target.arn, payload, partitionKey(target, json));
    }
  }

  private async fail(job: Job, failure: DeliveryFailure): Promise<void> {
    const { delivery } = job;
    const { target, event } = delivery;
    const fields = {
      service: 'events',
      ruleArn: delivery.ruleArn,
      targetId: target.id,
      targetArn: target.arn,
      eventId: event.id,
      ...failure,
    };
    const dlq = target.deadLetterQueueArn;
    if (dlq === undefined) {
      this.options.logger.error('event lost: delivery to the target failed and the target has no dead-letter queue', fields);
      this.settle();
      return;
    }
    try {
      const messageAttributes = deadLetterAttributes(delivery.ruleArn, target.arn, failure);
      await this.options.ports.sendSqsMessage(dlq, JSON.stringify(event), { messageAttributes });
      this.options.logger.warn('event sent to the dead-letter queue: delivery to the target failed', {
        ...fields,
        deadLetterQueueArn: dlq,
      });
    } catch (error) {
      this.options.logger.error('event lost: delivery to the target failed, and so did sending it to the dead-letter queue', {
        ...fields,
        deadLetterQueueArn: dlq,
        deadLetterError: error instanceof Error ? error.message : String(error),
      });
    }
    this.settle();
  }

  private logDelivered(job: Job): void {
    this.options.logger.debug('event delivered to target', {
      service: 'events',
      ruleArn: job.delivery.ruleArn,
      targetId: job.delivery.target.id,
      eventId: job.delivery.event.id,
      retries: job.retries,
    });
  }

  private settle(): void {
    if (this.stopped) return;
    this.pending--;
    if (this.pending === 0) this.settleWaiters();
  }

  private settleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

interface ClassifiedFailure {
  readonly errorCode: DeliveryErrorCode;
  readonly errorMessage: string;
  readonly retryable: boolean;
}

function classify(error: unknown): ClassifiedFailure {
  if (error instanceof TargetDeliveryError) {
    return { errorCode: error.errorCode, errorMessage: error.message, retryable: error.retryable };
  }
  // A template that renders to invalid JSON renders the same way on every retry.
  if (error instanceof InvalidTransformedJsonError) {
    return { errorCode: 'INVALID_JSON', errorMessage: error.message, retryable: false };
  }
  return { errorCode: 'UNKNOWN', errorMessage: error instanceof Error ? error.message : String(error), retryable: true };
}

function missingPort(target: Target): TargetDeliveryError {
  return new TargetDeliveryError('INTERNAL_ERROR', `no subsystem is wired to deliver to ${target.arn}`, false);
}
