import type { JsonObject } from '../assembly/json';
import type { Operation, SqsApiContext } from './operation';
import type { Queue } from './queue';
import { COMPUTED_ATTRIBUTES, configAttributes } from './queue-config';
import { optionalInteger, optionalString, requiredString, stringList, stringMap } from './request-fields';
import { sqsErrors } from './sqs-errors';

/** The queue-level operations: create, find, list, attributes, purge, delete. */
export const queueOperations: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['CreateQueue', createQueue],
  ['GetQueueUrl', getQueueUrl],
  ['ListQueues', listQueues],
  ['GetQueueAttributes', getQueueAttributes],
  ['SetQueueAttributes', setQueueAttributes],
  ['PurgeQueue', purgeQueue],
  ['DeleteQueue', deleteQueue],
  ['ListDeadLetterSourceQueues', listDeadLetterSourceQueues],
]);

export function queueOf(context: SqsApiContext, input: JsonObject): Queue {
  return context.queues.byUrl(requiredString(input, 'QueueUrl'));
}

function createQueue(context: SqsApiContext, input: JsonObject): JsonObject {
  const name = requiredString(input, 'QueueName');
  // Tags have no local effect; they are read only so a wrongly typed map is still refused.
  stringMap(input, 'tags');
  const queue = context.queues.create(name, stringMap(input, 'Attributes'));
  return { QueueUrl: queue.identity.url };
}

function getQueueUrl(context: SqsApiContext, input: JsonObject): JsonObject {
  const name = requiredString(input, 'QueueName');
  const owner = optionalString(input, 'QueueOwnerAWSAccountId');
  const queue = context.queues.byName(name);
  if (queue === undefined || (owner !== undefined && owner !== queue.identity.accountId))
    throw sqsErrors.queueDoesNotExist();
  return { QueueUrl: queue.identity.url };
}

function listQueues(context: SqsApiContext, input: JsonObject): JsonObject {
  const { urls, nextToken } = page(context.queues.list(optionalString(input, 'QueueNamePrefix')), input);
  // SQS leaves QueueUrls out when nothing matches.
  return {
    ...(urls.length === 0 ? {} : { QueueUrls: urls }),
    ...(nextToken === undefined ? {} : { NextToken: nextToken }),
  };
}

function listDeadLetterSourceQueues(context: SqsApiContext, input: JsonObject): JsonObject {
  const { urls, nextToken } = page(context.queues.deadLetterSourcesOf(queueOf(context, input)), input);
  return { queueUrls: urls, ...(nextToken === undefined ? {} : { NextToken: nextToken }) };
}

/** Up to MaxResults (1–1000); a NextToken only when MaxResults was given and more remain, as the reference says. */
function page(queues: readonly Queue[], input: JsonObject): { urls: string[]; nextToken?: string } {
  const maxResults = optionalInteger(input, 'MaxResults');
  if (maxResults !== undefined && (maxResults < 1 || maxResults > 1000)) {
    throw sqsErrors.invalidParameter('MaxResults', maxResults, 'MaxResults must be an integer between 1 and 1000.');
  }
  const token = optionalString(input, 'NextToken');
  const after = token === undefined ? undefined : Buffer.from(token, 'base64').toString('utf8');
  const start = after === undefined ? 0 : queues.findIndex((queue) => queue.identity.name > after);
  const rest = start === -1 ? [] : queues.slice(start);
  const taken = rest.slice(0, maxResults ?? 1000);
  const last = taken.at(-1);
  const more = maxResults !== undefined && rest.length > taken.length && last !== undefined;
  return {
    urls: taken.map((queue) => queue.identity.url),
    ...(more ? { nextToken: Buffer.from(last.identity.name, 'utf8').toString('base64') } : {}),
  };
}

const SETTABLE_ATTRIBUTES = [
  'DelaySeconds',
  'MaximumMessageSize',
  'MessageRetentionPeriod',
  'Policy',
  'ReceiveMessageWaitTimeSeconds',
  'VisibilityTimeout',
  'RedrivePolicy',
  'RedriveAllowPolicy',
  'KmsMasterKeyId',
  'KmsDataKeyReusePeriodSeconds',
  'SqsManagedSseEnabled',
  'FifoQueue',
  'ContentBasedDeduplication',
  'DeduplicationScope',
  'FifoThroughputLimit',
];
const KNOWN_ATTRIBUTES = new Set<string>(['All', ...COMPUTED_ATTRIBUTES, ...SETTABLE_ATTRIBUTES]);

/** Only the attributes asked for (none asked: an empty answer); `All` for every one the queue has. */
function getQueueAttributes(context: SqsApiContext, input: JsonObject): JsonObject {
  const queue = queueOf(context, input);
  const names = stringList(input, 'AttributeNames');
  const unknown = names.find((name) => !KNOWN_ATTRIBUTES.has(name));
  if (unknown !== undefined) throw sqsErrors.invalidAttributeName(unknown);
  if (names.length === 0) return {};
  const all = allAttributes(queue);
  const selected = names.includes('All')
    ? all
    : Object.fromEntries(Object.entries(all).filter(([name]) => names.includes(name)));
  return Object.keys(selected).length === 0 ? {} : { Attributes: selected };
}

function allAttributes(queue: Queue): Readonly<Record<string, string>> {
  const counts = queue.counts();
  return {
    QueueArn: queue.identity.arn,
    ApproximateNumberOfMessages: String(counts.visible),
    ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
    ApproximateNumberOfMessagesDelayed: String(counts.delayed),
    CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
    LastModifiedTimestamp: String(Math.floor(queue.lastModifiedAt / 1000)),
    ...configAttributes(queue.config),
  };
}

function setQueueAttributes(context: SqsApiContext, input: JsonObject): JsonObject {
  const queue = queueOf(context, input);
  const attributes = stringMap(input, 'Attributes');
  const computed = Object.keys(attributes).find((name) => (COMPUTED_ATTRIBUTES as readonly string[]).includes(name));
  if (computed !== undefined) throw sqsErrors.invalidAttributeName(computed);
  context.queues.setAttributes(queue, attributes);
  return {};
}

function purgeQueue(context: SqsApiContext, input: JsonObject): JsonObject {
  queueOf(context, input).purge();
  return {};
}

function deleteQueue(context: SqsApiContext, input: JsonObject): JsonObject {
  context.queues.delete(queueOf(context, input));
  return {};
}
