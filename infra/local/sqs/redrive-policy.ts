import { isJsonObject } from '../assembly/json';
import { sqsErrors } from './sqs-errors';

/** Where a queue's messages go after `maxReceiveCount` receives without a delete. */
export interface RedrivePolicy {
  readonly deadLetterTargetArn: string;
  /** 1–1000: the receive that would exceed it moves the message instead. */
  readonly maxReceiveCount: number;
}

const MAX_RECEIVE_COUNT = 1000;

/**
 * The `RedrivePolicy` attribute: a JSON object as a string (CreateQueue/SetQueueAttributes) — CloudFormation's object is
 * stringified first. An empty string removes the policy, as on AWS. Whether the target exists and is of the same queue
 * type is the registry's check: it knows the other queues.
 */
export function parseRedrivePolicy(text: string): RedrivePolicy | undefined {
  if (text === '') return undefined;
  const invalid = (reason: string): Error => sqsErrors.invalidParameter('RedrivePolicy', text, reason);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('Redrive policy is not a valid JSON map.');
  }
  if (!isJsonObject(parsed)) throw invalid('Redrive policy is not a valid JSON map.');
  const { deadLetterTargetArn, maxReceiveCount } = parsed;
  const unknown = Object.keys(parsed).find((key) => key !== 'deadLetterTargetArn' && key !== 'maxReceiveCount');
  if (unknown !== undefined)
    throw invalid(`Only following attributes are supported: [deadLetterTargetArn, maxReceiveCount].`);
  if (typeof deadLetterTargetArn !== 'string' || deadLetterTargetArn === '') {
    throw invalid('Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
  }
  if (maxReceiveCount === undefined)
    throw invalid('Redrive policy does not contain mandatory attribute: maxReceiveCount.');
  const count = typeof maxReceiveCount === 'string' ? Number(maxReceiveCount) : maxReceiveCount;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_RECEIVE_COUNT) {
    throw invalid(
      `Invalid value for maxReceiveCount: ${JSON.stringify(maxReceiveCount)}, valid values are from 1 to ${MAX_RECEIVE_COUNT} both inclusive.`,
    );
  }
  return { deadLetterTargetArn, maxReceiveCount: count };
}

/** As GetQueueAttributes returns it: `maxReceiveCount` a number. */
export function renderRedrivePolicy(policy: RedrivePolicy): string {
  return JSON.stringify({ deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: policy.maxReceiveCount });
}
