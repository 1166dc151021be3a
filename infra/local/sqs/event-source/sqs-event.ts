import type { MessageAttributes } from '../message-content';
import { md5OfAttributes } from '../message-digest';
import type { QueueIdentity } from '../queue';
import type { ReceivedMessage } from '../stored-message';

/** One message attribute as Lambda's SQS event carries it: camelCase, the (unused) list values always present. */
export interface SqsEventMessageAttribute {
  readonly stringValue?: string;
  readonly binaryValue?: string;
  readonly stringListValues: readonly string[];
  readonly binaryListValues: readonly string[];
  readonly dataType: string;
}

/** One record of the event Lambda's SQS poller invokes a function with. */
export interface SqsEventRecord {
  readonly messageId: string;
  readonly receiptHandle: string;
  readonly body: string;
  /** ApproximateReceiveCount, SentTimestamp, SenderId, ApproximateFirstReceiveTimestamp; FIFO adds SequenceNumber, MessageGroupId, MessageDeduplicationId. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly messageAttributes: Readonly<Record<string, SqsEventMessageAttribute>>;
  readonly md5OfBody: string;
  /** Present when the message has attributes. */
  readonly md5OfMessageAttributes?: string;
  readonly eventSource: 'aws:sqs';
  readonly eventSourceARN: string;
  readonly awsRegion: string;
}

/** The record for one received message, as the Lambda developer guide's SQS event shows it. */
export function sqsEventRecord(message: ReceivedMessage, queue: QueueIdentity): SqsEventRecord {
  const md5OfMessageAttributes = md5OfAttributes(message.messageAttributes);
  return {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes: message.attributes,
    messageAttributes: eventAttributes(message.messageAttributes),
    md5OfBody: message.md5OfBody,
    ...(md5OfMessageAttributes === undefined ? {} : { md5OfMessageAttributes }),
    eventSource: 'aws:sqs',
    eventSourceARN: queue.arn,
    awsRegion: queue.region,
  };
}

function eventAttributes(attributes: MessageAttributes): Readonly<Record<string, SqsEventMessageAttribute>> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, attribute]) => [
      name,
      {
        ...(attribute.binaryValue === undefined
          ? { stringValue: attribute.stringValue ?? '' }
          : { binaryValue: attribute.binaryValue.toString('base64') }),
        stringListValues: [],
        binaryListValues: [],
        dataType: attribute.dataType,
      },
    ]),
  );
}
