import type { SqsSendOptions, TargetPorts } from '../../..';

export interface LambdaCall {
  readonly functionArn: string;
  readonly payload: string;
}

export interface SqsCall {
  readonly queueArn: string;
  readonly body: string;
  readonly options: SqsSendOptions;
}

/** Target ports that record what they are given and fail on demand, per target ARN. */
export class FakeTargetPorts implements TargetPorts {
  readonly lambdaCalls: LambdaCall[] = [];
  readonly sqsCalls: SqsCall[] = [];
  private readonly failures = new Map<string, { error: () => Error; remaining: number }>();

  /** The next `times` calls to this ARN reject with the error (every call when times is omitted). */
  failFor(arn: string, error: () => Error, times = Number.POSITIVE_INFINITY): void {
    this.failures.set(arn, { error, remaining: times });
  }

  invokeLambdaAsync(functionArn: string, payload: string): Promise<void> {
    this.lambdaCalls.push({ functionArn, payload });
    return this.outcome(functionArn);
  }

  sendSqsMessage(queueArn: string, body: string, options: SqsSendOptions): Promise<void> {
    this.sqsCalls.push({ queueArn, body, options });
    return this.outcome(queueArn);
  }

  /** What one queue received, in order. */
  sentTo(queueArn: string): SqsCall[] {
    return this.sqsCalls.filter((call) => call.queueArn === queueArn);
  }

  private outcome(arn: string): Promise<void> {
    const failure = this.failures.get(arn);
    if (failure === undefined || failure.remaining <= 0) return Promise.resolve();
    failure.remaining--;
    return Promise.reject(failure.error());
  }
}
