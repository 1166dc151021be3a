import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

/**
 * Reads a queue the way a consumer does (receive, then delete) and keeps every message it has read, so a test can
 * wait for the one it is interested in while others — from other executions — arrive in between.
 */
export class QueueReader<T> {
  private readonly read: T[] = [];

  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
    private readonly parse: (body: string) => T,
  ) {}

  /** Every message read so far, in the order received. */
  get messages(): readonly T[] {
    return this.read;
  }

  /** The first message (already read or still to come) that matches; fails after `timeoutMs`. */
  async next(matches: (message: T) => boolean, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.read.find(matches);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no matching message on ${this.queueUrl} within ${String(timeoutMs)} ms`);
      await this.receive(1);
    }
  }

  /** Reads whatever the queue holds now. */
  async drain(): Promise<readonly T[]> {
    while ((await this.receive(0)) > 0) {
      // keep reading until a receive comes back empty
    }
    return this.read;
  }

  private async receive(waitTimeSeconds: number): Promise<number> {
    const { Messages = [] } = await this.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: this.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: waitTimeSeconds }),
    );
    if (Messages.length === 0) return 0;
    this.read.push(...Messages.map((message) => this.parse(message.Body ?? '')));
    await this.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: this.queueUrl,
        Entries: Messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })),
      }),
    );
    return Messages.length;
  }
}
