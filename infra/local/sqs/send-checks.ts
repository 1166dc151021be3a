import { contentDeduplicationId } from './deduplication';
import { checkAttributes, checkBody, messageSize, type MessageAttributes } from './message-content';
import { MAX_DELAY_SECONDS, type QueueConfig } from './queue-config';
import { NOT_FOR_THIS_QUEUE_TYPE, sqsErrors } from './sqs-errors';

/** What SendMessage and SendMessageBatch entries carry, once read from the wire (or built by another subsystem). */
export interface SendInput {
  readonly body: string;
  readonly messageAttributes?: MessageAttributes;
  /** The X-Ray trace header system attribute. */
  readonly traceHeader?: string;
  readonly delaySeconds?: number;
  readonly messageGroupId?: string;
  readonly messageDeduplicationId?: string;
  /** Who sent it (SenderId); the account id when not given. */
  readonly senderId?: string;
}

/** A send that passed the queue's checks, with the queue's defaults applied. */
export interface CheckedSend {
  readonly delaySeconds: number;
  readonly messageGroupId: string | undefined;
  readonly messageDeduplicationId: string | undefined;
}

/** Alphanumerics and the punctuation the SendMessage reference lists, 1–128 characters. */
const TAG = /^[A-Za-z0-9!"#$%&'()*+,\-./:;?@[\\\]^_`{|}~]{1,128}$/;

/** Every rule SendMessage applies to one message on this queue, in the order AWS reports them. */
export function checkSend(config: QueueConfig, input: SendInput): CheckedSend {
  checkBody(input.body);
  const attributes = input.messageAttributes ?? {};
  checkAttributes(attributes);
  const size = messageSize(input.body, attributes);
  if (size > config.maximumMessageSize) {
    throw sqsErrors.invalidParameterValue(
      `One or more parameters are invalid. Reason: Message must be shorter than ${config.maximumMessageSize} bytes.`,
    );
  }
  const { delaySeconds } = input;
  if (delaySeconds !== undefined) {
    if (config.fifo) throw sqsErrors.invalidParameter('DelaySeconds', delaySeconds, NOT_FOR_THIS_QUEUE_TYPE);
    if (!Number.isInteger(delaySeconds) || delaySeconds < 0 || delaySeconds > MAX_DELAY_SECONDS) {
      throw sqsErrors.invalidParameter(
        'DelaySeconds',
        delaySeconds,
        `DelaySeconds must be >= 0 and <= ${MAX_DELAY_SECONDS}.`,
      );
    }
  }
  checkTag('MessageGroupId', input.messageGroupId);
  checkTag('MessageDeduplicationId', input.messageDeduplicationId);
  return config.fifo ? fifoSend(config, input) : standardSend(config, input);
}

function fifoSend(config: QueueConfig, input: SendInput): CheckedSend {
  if (input.messageGroupId === undefined) throw sqsErrors.missingParameter('MessageGroupId');
  const deduplicationId =
    input.messageDeduplicationId ?? (config.contentBasedDeduplication ? contentDeduplicationId(input.body) : undefined);
  if (deduplicationId === undefined) {
    throw sqsErrors.invalidParameterValue(
      'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
  }
  return {
    delaySeconds: config.delaySeconds,
    messageGroupId: input.messageGroupId,
    messageDeduplicationId: deduplicationId,
  };
}

/** Standard queues take a MessageGroupId (fair queues: it names the tenant) but no deduplication id. */
function standardSend(config: QueueConfig, input: SendInput): CheckedSend {
  if (input.messageDeduplicationId !== undefined) {
    throw sqsErrors.invalidParameter('MessageDeduplicationId', input.messageDeduplicationId, NOT_FOR_THIS_QUEUE_TYPE);
  }
  return {
    delaySeconds: input.delaySeconds ?? config.delaySeconds,
    messageGroupId: input.messageGroupId,
    messageDeduplicationId: undefined,
  };
}

function checkTag(parameter: string, value: string | undefined): void {
  if (value !== undefined && !TAG.test(value)) {
    throw sqsErrors.invalidParameter(
      parameter,
      value,
      `${parameter} can only include alphanumeric and punctuation characters. 1 to 128 in length.`,
    );
  }
}
