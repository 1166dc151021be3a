import { sqsErrors } from './sqs-errors';

/**
 * Receipt handles: opaque to clients, here base64 of the queue, the message and the receive they came from. A handle is
 * only ever valid on the queue that issued it; which receive it names decides whether it is the latest (FIFO rules).
 */
export interface Receipt {
  readonly messageId: string;
  /** Unique per receive. */
  readonly token: string;
}

export function encodeReceiptHandle(queueArn: string, receipt: Receipt): string {
  return Buffer.from(JSON.stringify([queueArn, receipt.messageId, receipt.token]), 'utf8').toString('base64');
}

/** The receipt a handle names, or SQS's ReceiptHandleIsInvalid when it is malformed or from another queue. */
export function decodeReceiptHandle(queueArn: string, handle: string): Receipt {
  const invalid = sqsErrors.receiptHandleIsInvalid(handle);
  if (handle === '' || !/^[A-Za-z0-9+/]+=*$/.test(handle)) throw invalid;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(handle, 'base64').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === 'string')) throw invalid;
  const [arn, messageId, token] = parts as [string, string, string];
  if (arn !== queueArn) throw invalid;
  return { messageId, token };
}
