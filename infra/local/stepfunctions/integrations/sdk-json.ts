import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../../assembly/json';

/**
 * An SDK v3 output as the JSON a state sees: blobs as base64 (as the services' JSON protocols carry them), timestamps as
 * ISO-8601, no `$metadata`, no undefined members.
 */
export function sdkOutputToJson(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(sdkOutputToJson);
  if (typeof value === 'object') {
    const result: Record<string, Json> = {};
    for (const [key, member] of Object.entries(value)) {
      if (key === '$metadata' || member === undefined) continue;
      result[key] = sdkOutputToJson(member);
    }
    return result;
  }
  return null;
}

/** The HTTP facts of an SDK output (for `SdkHttpMetadata`), when the client recorded them. */
export function responseMetadata(output: object): { readonly statusCode?: number; readonly requestId?: string } {
  const metadata = (output as { $metadata?: { httpStatusCode?: number; requestId?: string } }).$metadata;
  return { statusCode: metadata?.httpStatusCode, requestId: metadata?.requestId };
}

/** Renames every object key, recursively (`StateMachineArn` ↔ `stateMachineArn`). */
export function renameKeys(value: Json, rename: (key: string) => string): Json {
  if (isJsonArray(value)) return value.map((item) => renameKeys(item, rename));
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [rename(key), renameKeys(member, rename)]));
}

export const camelCaseKey = (key: string): string => key.charAt(0).toLowerCase() + key.slice(1);
export const pascalCaseKey = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

/** A JSON value with base64 strings turned into bytes where the SDK expects a blob. */
export type SdkInput = string | number | boolean | null | Uint8Array | readonly SdkInput[] | { readonly [key: string]: SdkInput };

/** Members holding DynamoDB attribute maps, wherever they appear (also inside TransactItems, RequestItems…). */
const ATTRIBUTE_MAPS = new Set(['Item', 'Key', 'ExpressionAttributeValues', 'ExclusiveStartKey']);

/**
 * DynamoDB's typed attribute values as the SDK takes them: `B`/`BS` are base64 in JSON and bytes in the SDK. Every
 * attribute map under a known member (Item, Key…) is converted, and each element of `Keys` lists.
 */
export function dynamoDbInput(value: Json): SdkInput {
  return walk(value, (key, member) => {
    if (ATTRIBUTE_MAPS.has(key) && isJsonObject(member)) return attributeMap(member);
    if (key === 'Keys' && isJsonArray(member)) return member.map((item) => (isJsonObject(item) ? attributeMap(item) : item));
    return undefined;
  });
}

/** Named blob members (Kinesis `Data`, SQS `BinaryValue`) from base64 to bytes; everything else unchanged. */
export function blobInput(value: Json, blobMembers: ReadonlySet<string>): SdkInput {
  return walk(value, (key, member) => (blobMembers.has(key) && typeof member === 'string' ? fromBase64(member) : undefined));
}

function attributeMap(map: JsonObject): SdkInput {
  return Object.fromEntries(Object.entries(map).map(([name, attribute]) => [name, attributeValue(attribute)]));
}

function attributeValue(attribute: Json): SdkInput {
  if (!isJsonObject(attribute)) return attribute;
  const converted: Record<string, SdkInput> = {};
  for (const [type, value] of Object.entries(attribute)) {
    if (type === 'B' && typeof value === 'string') converted[type] = fromBase64(value);
    else if (type === 'BS' && isJsonArray(value)) converted[type] = value.map((item) => (typeof item === 'string' ? fromBase64(item) : item));
    else if (type === 'M' && isJsonObject(value)) converted[type] = attributeMap(value);
    else if (type === 'L' && isJsonArray(value)) converted[type] = value.map(attributeValue);
    else converted[type] = value;
  }
  return converted;
}

/** Copies `value`, letting `convert` replace a member (by returning non-undefined) before recursing into it. */
function walk(value: Json, convert: (key: string, member: Json) => SdkInput | undefined): SdkInput {
  if (isJsonArray(value)) return value.map((item) => walk(item, convert));
  if (!isJsonObject(value)) return value;
  const result: Record<string, SdkInput> = {};
  for (const [key, member] of Object.entries(value)) result[key] = convert(key, member) ?? walk(member, convert);
  return result;
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
