import type { EdgeResponse } from '../edge/protocol';

/**
 * An SQS error as the JSON protocol carries it: `__type` names the Smithy shape, and because SQS is query-compatible
 * the `x-amzn-query-error` header carries the legacy query code and fault (`AWS.SimpleQueueService.NonExistentQueue;
 * Sender`). SDK v3 resolves its typed exception from that header, so the code is what clients match on.
 * The model throws these too: they are SQS semantics (a batch reports each entry's `code`), not wire details.
 */
export class SqsError extends Error {
  constructor(
    /** The shape in `__type`, e.g. `com.amazonaws.sqs#QueueDoesNotExist`. */
    readonly shape: string,
    /** The query code: the header's first half and a batch entry's `Code`. */
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = code;
  }

  /** A failed batch entry reports the fault the header would: Sender below 500. */
  get senderFault(): boolean {
    return this.status < 500;
  }

  toResponse(): EdgeResponse {
    return {
      status: this.status,
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-query-error': `${this.code};${this.senderFault ? 'Sender' : 'Receiver'}`,
      },
      body: JSON.stringify({ __type: this.shape, message: this.message }),
    };
  }
}

/** Errors SQS's own model declares: `com.amazonaws.sqs#<name>`, with the query code its awsQueryError trait names. */
function modelled(name: string, code: string, message: string, status = 400): SqsError {
  return new SqsError(`com.amazonaws.sqs#${name}`, code, message, status);
}

/** AWS's common errors (InvalidParameterValue, MissingParameter…) are not in the SQS model; AWS's framework names them. */
function common(code: string, message: string, status = 400): SqsError {
  return new SqsError(`com.amazon.coral.service#${code}Exception`, code, message, status);
}

export const sqsErrors = {
  queueDoesNotExist: () =>
    modelled('QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.'),
  queueNameExists: (attribute: string) =>
    modelled(
      'QueueNameExists',
      'QueueAlreadyExists',
      `A queue already exists with the same name and a different value for attribute ${attribute}`,
    ),
  queueDeletedRecently: () =>
    modelled(
      'QueueDeletedRecently',
      'AWS.SimpleQueueService.QueueDeletedRecently',
      'You must wait 60 seconds after deleting a queue before you can create another with the same name.',
    ),
  purgeQueueInProgress: (queueName: string) =>
    modelled(
      'PurgeQueueInProgress',
      'AWS.SimpleQueueService.PurgeQueueInProgress',
      `Only one PurgeQueue operation on ${queueName} is allowed every 60 seconds.`,
      403,
    ),
  receiptHandleIsInvalid: (handle: string) =>
    modelled(
      'ReceiptHandleIsInvalid',
      'ReceiptHandleIsInvalid',
      `The input receipt handle "${handle}" is not a valid receipt handle.`,
      404,
    ),
  receiptHandleExpired: () =>
    modelled('ReceiptHandleIsInvalid', 'ReceiptHandleIsInvalid', 'The receipt handle has expired.', 404),
  messageNotInflight: () =>
    modelled(
      'MessageNotInflight',
      'AWS.SimpleQueueService.MessageNotInflight',
      'The specified message isn\u2019t in flight.',
    ),
  invalidAttributeName: (name: string) =>
    modelled('InvalidAttributeName', 'InvalidAttributeName', `Unknown Attribute ${name}.`),
  invalidAttributeValue: (name: string, reason?: string) =>
    modelled(
      'InvalidAttributeValue',
      'InvalidAttributeValue',
      `Invalid value for the parameter ${name}.${reason === undefined ? '' : ` Reason: ${reason}`}`,
    ),
  invalidMessageContents: (message: string) => modelled('InvalidMessageContents', 'InvalidMessageContents', message),
  emptyBatchRequest: (entryShape: string) =>
    modelled(
      'EmptyBatchRequest',
      'AWS.SimpleQueueService.EmptyBatchRequest',
      `There should be at least one ${entryShape} in the request.`,
    ),
  tooManyEntriesInBatchRequest: (count: number) =>
    modelled(
      'TooManyEntriesInBatchRequest',
      'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
      `Maximum number of entries per request are 10. You have sent ${count}.`,
    ),
  batchEntryIdsNotDistinct: (id: string) =>
    modelled('BatchEntryIdsNotDistinct', 'AWS.SimpleQueueService.BatchEntryIdsNotDistinct', `Id ${id} repeated.`),
  invalidBatchEntryId: () =>
    modelled(
      'InvalidBatchEntryId',
      'AWS.SimpleQueueService.InvalidBatchEntryId',
      'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
    ),
  batchRequestTooLong: (limit: number, sent: number) =>
    modelled(
      'BatchRequestTooLong',
      'AWS.SimpleQueueService.BatchRequestTooLong',
      `Batch requests cannot be longer than ${limit} bytes. You have sent ${sent} bytes.`,
    ),
  /** `Value <v> for parameter <p> is invalid. Reason: <why>.` — AWS's shape for an out-of-range or misplaced value. */
  invalidParameter: (parameter: string, value: unknown, reason: string) =>
    common('InvalidParameterValue', `Value ${String(value)} for parameter ${parameter} is invalid. Reason: ${reason}`),
  invalidParameterValue: (message: string) => common('InvalidParameterValue', message),
  missingParameter: (parameter: string) =>
    common('MissingParameter', `The request must contain the parameter ${parameter}.`),
  /** A field of the wrong JSON type: the request cannot be read, before any SQS validation. */
  serialization: (message: string) =>
    new SqsError('com.amazon.coral.service#SerializationException', 'SerializationException', message),
  invalidAction: (message: string) => common('InvalidAction', message),
  internal: () => common('InternalFailure', 'An internal error occurred in the local SQS.', 500),
};

/** The reason AWS gives for a parameter that the queue's type does not take (FIFO-only on standard and back). */
export const NOT_FOR_THIS_QUEUE_TYPE = 'The request include parameter that is not valid for this queue type.';
