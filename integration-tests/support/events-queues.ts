import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** A message as the tests look at it: body, ids, receive count and message attributes (string values). */
export interface TestMessage {
  readonly messageId: string;
  readonly receiptHandle: string;
  readonly body: string;
  readonly receiveCount: number;
  readonly attributes: Readonly<Record<string, string>>;
  /** Each message attribute's DataType (`String`, `Number`…). */
  readonly attributeTypes: Readonly<Record<string, string>>;
}

export interface ReceiveOptions {
  /** Which messages count; others are left in the queue, to reappear after their visibility timeout. */
  readonly match?: (message: TestMessage) => boolean;
  /** Real milliseconds before giving up. */
  readonly timeoutMs?: number;
  /** Delete the matching messages once received (the default), as a consumer that processed them does. */
  readonly delete?: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Long-polls a queue until `count` matching messages have arrived, in arrival order; fails after the timeout, saying
 * how many came. Each poll's wait is in AWS seconds, shortened by the local cloud's timeScale.
 */
export async function receiveMessages(
  sqs: SQSClient,
  queueUrl: string,
  count: number,
  options: ReceiveOptions = {},
): Promise<TestMessage[]> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const received: TestMessage[] = [];
  while (received.length < count) {
    if (Date.now() > deadline) {
      throw new Error(`${queueUrl}: ${received.length} of ${count} expected messages arrived in time`);
    }
    for (const message of await receiveOnce(sqs, queueUrl)) {
      if (options.match !== undefined && !options.match(message)) continue;
      if (received.some((earlier) => earlier.messageId === message.messageId)) continue;
      received.push(message);
      if (options.delete ?? true) {
        await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.receiptHandle }));
      }
    }
  }
  return received;
}

/** Every matching message that arrives within `waitMs` real milliseconds (deleted); for asserting that none does. */
export async function messagesWithin(
  sqs: SQSClient,
  queueUrl: string,
  waitMs: number,
  match?: (message: TestMessage) => boolean,
): Promise<TestMessage[]> {
  const deadline = Date.now() + waitMs;
  const received: TestMessage[] = [];
  while (Date.now() < deadline) {
    for (const message of await receiveOnce(sqs, queueUrl)) {
      if (match !== undefined && !match(message)) continue;
      received.push(message);
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.receiptHandle }));
    }
  }
  return received;
}

/** One ReceiveMessage with long polling (20 AWS seconds), every attribute, up to ten messages. */
export async function receiveOnce(sqs: SQSClient, queueUrl: string, visibilityTimeout?: number): Promise<TestMessage[]> {
  const { Messages } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: 20,
      MessageAttributeNames: ['All'],
      MessageSystemAttributeNames: ['ApproximateReceiveCount'],
      ...(visibilityTimeout === undefined ? {} : { VisibilityTimeout: visibilityTimeout }),
    }),
  );
  return (Messages ?? []).map((message) => ({
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
    attributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [name, value.StringValue ?? '']),
    ),
    attributeTypes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [name, value.DataType ?? '']),
    ),
  }));
}

/** The body as JSON; the tests' bodies are all JSON objects. */
export function bodyOf(message: TestMessage): Record<string, unknown> {
  return JSON.parse(message.body) as Record<string, unknown>;
}
