import { isJsonObject, type Json, type JsonObject } from '../../assembly/json';
import { compileInputTransformer, InputTransformerError, type InputTransformer } from './input-transformer';
import { InvalidJsonPathError, parseJsonPath, type JsonPath } from './json-path';

export type TargetKind = 'lambda' | 'sqs' | 'step-functions' | 'kinesis';

export interface RetryPolicy {
  readonly maximumRetryAttempts: number;
  readonly maximumEventAgeSeconds: number;
}

/** EventBridge's defaults: 185 retries within 24 hours. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maximumRetryAttempts: 185, maximumEventAgeSeconds: 86_400 };

/** What the target receives: the event, a constant (`Input`), a part of it (`InputPath`), or a transformation. */
export type TargetInput =
  | { readonly kind: 'event' }
  | { readonly kind: 'constant'; readonly text: string }
  | { readonly kind: 'path'; readonly path: JsonPath }
  | { readonly kind: 'transformer'; readonly transformer: InputTransformer };

export interface Target {
  readonly id: string;
  readonly arn: string;
  readonly kind: TargetKind;
  readonly input: TargetInput;
  readonly retryPolicy: RetryPolicy;
  /** `DeadLetterConfig.Arn`: an SQS queue. */
  readonly deadLetterQueueArn?: string;
  /** `SqsParameters.MessageGroupId`, for a FIFO queue. */
  readonly messageGroupId?: string;
  /** `KinesisParameters.PartitionKeyPath`; the event id is the partition key without it. */
  readonly partitionKeyPath?: JsonPath;
  /** The target as it was given, which ListTargetsByRule returns. */
  readonly listed: JsonObject;
}

/** A target EventBridge would refuse, or one the local cloud cannot deliver to. */
export class TargetConfigError extends Error {}

/** Which kinds of target can be delivered to: Lambda and SQS always; the others once their subsystem is wired. */
export type SupportedKinds = ReadonlySet<TargetKind>;

const KIND_NAMES: Readonly<Record<TargetKind, string>> = {
  lambda: 'Lambda',
  sqs: 'SQS',
  'step-functions': 'Step Functions',
  kinesis: 'Kinesis',
};

const KNOWN_FIELDS = new Set([
  'Id', 'Arn', 'RoleArn', 'Input', 'InputPath', 'InputTransformer', 'RetryPolicy', 'DeadLetterConfig',
  'SqsParameters', 'KinesisParameters',
]);

/** A target from PutTargets or from a template rule's `Targets` (CloudFormation uses the API's field names). */
export function parseTarget(raw: JsonObject, supported: SupportedKinds): Target {
  const id = requiredText(raw, 'Id');
  if (!/^[.\-_A-Za-z0-9]{1,64}$/.test(id)) {
    throw new TargetConfigError(`Target id "${id}" must be 1 to 64 characters of letters, digits, ".", "-" and "_"`);
  }
  const arn = requiredText(raw, 'Arn');
  const unknown = Object.keys(raw).filter((field) => !KNOWN_FIELDS.has(field) && raw[field] !== null);
  if (unknown.length > 0) {
    throw new TargetConfigError(`Target ${id}: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not supported locally`);
  }
  const kind = kindOf(id, arn, supported);
  const deadLetterQueueArn = deadLetterArn(id, raw);
  const messageGroupId = sqsGroup(id, raw, kind, arn);
  const partitionKeyPath = kinesisKeyPath(id, raw, kind);
  return {
    id,
    arn,
    kind,
    input: inputOf(id, raw),
    retryPolicy: retryPolicyOf(id, raw),
    ...(deadLetterQueueArn === undefined ? {} : { deadLetterQueueArn }),
    ...(messageGroupId === undefined ? {} : { messageGroupId }),
    ...(partitionKeyPath === undefined ? {} : { partitionKeyPath }),
    listed: withoutNulls(raw),
  };
}

function kindOf(id: string, arn: string, supported: SupportedKinds): TargetKind {
  const [prefix, , service, , , resource = ''] = arn.split(':');
  if (prefix !== 'arn' || service === undefined) throw new TargetConfigError(`Target ${id}: "${arn}" is not an ARN`);
  const kind = kindOfService(service, resource);
  if (kind === undefined) {
    throw new TargetConfigError(`Target ${id}: ${service} targets (${arn}) are not supported locally`);
  }
  if (!supported.has(kind)) {
    throw new TargetConfigError(
      `Target ${id}: ${KIND_NAMES[kind]} targets (${arn}) are not yet supported locally: ` +
        `the local EventBridge has no ${KIND_NAMES[kind]} subsystem to deliver to`,
    );
  }
  return kind;
}

function kindOfService(service: string, resource: string): TargetKind | undefined {
  if (service === 'lambda' && resource === 'function') return 'lambda';
  if (service === 'sqs') return 'sqs';
  if (service === 'states' && resource === 'stateMachine') return 'step-functions';
  if (service === 'kinesis') return 'kinesis';
  return undefined;
}

function inputOf(id: string, raw: JsonObject): TargetInput {
  const given = ['Input', 'InputPath', 'InputTransformer'].filter((field) => raw[field] !== undefined && raw[field] !== null);
  if (given.length > 1) {
    throw new TargetConfigError(`Target ${id}: only one of Input, InputPath and InputTransformer may be given`);
  }
  const input = optionalText(raw, 'Input');
  if (input !== undefined) {
    if (!isJson(input)) throw new TargetConfigError(`Target ${id}: Input must be valid JSON text`);
    return { kind: 'constant', text: input };
  }
  const inputPath = optionalText(raw, 'InputPath');
  if (inputPath !== undefined) return { kind: 'path', path: pathOf(id, 'InputPath', inputPath) };
  const transformer = raw.InputTransformer;
  if (transformer === undefined || transformer === null) return { kind: 'event' };
  if (!isJsonObject(transformer)) throw new TargetConfigError(`Target ${id}: InputTransformer must be an object`);
  const pathsMap = transformer.InputPathsMap ?? {};
  const template = transformer.InputTemplate;
  if (!isJsonObject(pathsMap)) throw new TargetConfigError(`Target ${id}: InputPathsMap must be an object`);
  if (typeof template !== 'string') throw new TargetConfigError(`Target ${id}: InputTransformer needs an InputTemplate`);
  try {
    return { kind: 'transformer', transformer: compileInputTransformer(pathsMap, template) };
  } catch (error) {
    if (error instanceof InputTransformerError) throw new TargetConfigError(`Target ${id}: ${error.message}`);
    throw error;
  }
}

function retryPolicyOf(id: string, raw: JsonObject): RetryPolicy {
  const policy = raw.RetryPolicy;
  if (policy === undefined || policy === null) return DEFAULT_RETRY_POLICY;
  if (!isJsonObject(policy)) throw new TargetConfigError(`Target ${id}: RetryPolicy must be an object`);
  return {
    maximumRetryAttempts:
      integerIn(id, policy, 'MaximumRetryAttempts', 0, 185) ?? DEFAULT_RETRY_POLICY.maximumRetryAttempts,
    maximumEventAgeSeconds:
      integerIn(id, policy, 'MaximumEventAgeInSeconds', 60, 86_400) ?? DEFAULT_RETRY_POLICY.maximumEventAgeSeconds,
  };
}

function deadLetterArn(id: string, raw: JsonObject): string | undefined {
  const config = raw.DeadLetterConfig;
  if (config === undefined || config === null) return undefined;
  if (!isJsonObject(config)) throw new TargetConfigError(`Target ${id}: DeadLetterConfig must be an object`);
  const arn = optionalText(config, 'Arn');
  if (arn !== undefined && !arn.startsWith('arn:aws:sqs:')) {
    throw new TargetConfigError(`Target ${id}: the dead-letter queue must be an SQS queue ARN, got "${arn}"`);
  }
  return arn;
}

/** A FIFO queue needs a message group: EventBridge refuses a FIFO target without SqsParameters.MessageGroupId. */
function sqsGroup(id: string, raw: JsonObject, kind: TargetKind, arn: string): string | undefined {
  const parameters = raw.SqsParameters;
  const given = isJsonObject(parameters) ? optionalText(parameters, 'MessageGroupId') : undefined;
  if (parameters !== undefined && parameters !== null && kind !== 'sqs') {
    throw new TargetConfigError(`Target ${id}: SqsParameters apply to SQS targets only`);
  }
  if (kind === 'sqs' && arn.endsWith('.fifo') && given === undefined) {
    throw new TargetConfigError(`Target ${id}: a FIFO queue target needs SqsParameters.MessageGroupId`);
  }
  return given;
}

function kinesisKeyPath(id: string, raw: JsonObject, kind: TargetKind): JsonPath | undefined {
  const parameters = raw.KinesisParameters;
  if (parameters === undefined || parameters === null) return undefined;
  if (kind !== 'kinesis' || !isJsonObject(parameters)) {
    throw new TargetConfigError(`Target ${id}: KinesisParameters apply to Kinesis targets only`);
  }
  const path = optionalText(parameters, 'PartitionKeyPath');
  return path === undefined ? undefined : pathOf(id, 'PartitionKeyPath', path);
}

function pathOf(id: string, field: string, text: string): JsonPath {
  try {
    return parseJsonPath(text);
  } catch (error) {
    if (error instanceof InvalidJsonPathError) throw new TargetConfigError(`Target ${id}: ${field} ${error.message}`);
    throw error;
  }
}

function requiredText(raw: JsonObject, field: string): string {
  const value = optionalText(raw, field);
  if (value === undefined || value === '') throw new TargetConfigError(`A target needs ${field}`);
  return value;
}

function optionalText(raw: JsonObject, field: string): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TargetConfigError(`Target field ${field} must be a string`);
  return value;
}

/** Integers, also as the numeric strings a resolved template can hold. */
function integerIn(id: string, raw: JsonObject, field: string, min: number, max: number): number | undefined {
  const value: Json | undefined = raw[field];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw new TargetConfigError(`Target ${id}: ${field} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return number;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function withoutNulls(raw: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null));
}
