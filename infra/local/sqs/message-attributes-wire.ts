import { isJsonArray, isJsonObject, type JsonObject } from '../assembly/json';
import type { MessageAttributes, MessageAttributeValue } from './message-content';
import { sqsErrors } from './sqs-errors';

/**
 * Message attributes on the JSON wire: `{ "<name>": { "DataType": "…", "StringValue": "…" | "BinaryValue": "<base64>" } }`.
 * The list values are "reserved for future use": SQS refuses them.
 */
export function readMessageAttributes(value: JsonObject | undefined, field = 'MessageAttributes'): MessageAttributes {
  if (value === undefined) return {};
  const attributes: Record<string, MessageAttributeValue> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (!isJsonObject(raw)) throw sqsErrors.serialization(`${field}.${name} must be an object`);
    const { DataType: dataType, StringValue: stringValue, BinaryValue: binaryValue } = raw;
    if (typeof dataType !== 'string' || dataType === '') {
      throw sqsErrors.invalidParameterValue(
        `The message attribute '${name}' must contain a non-empty message attribute type.`,
      );
    }
    if (hasItems(raw.StringListValues) || hasItems(raw.BinaryListValues)) {
      throw sqsErrors.invalidParameterValue(
        `Message attribute '${name}': StringListValues and BinaryListValues are not supported.`,
      );
    }
    if (stringValue !== undefined && stringValue !== null && typeof stringValue !== 'string') {
      throw sqsErrors.serialization(`${field}.${name}.StringValue must be a string`);
    }
    if (binaryValue !== undefined && binaryValue !== null && typeof binaryValue !== 'string') {
      throw sqsErrors.serialization(`${field}.${name}.BinaryValue must be base64 text`);
    }
    // The data type decides which value counts (and is digested); the other one, if sent, is ignored.
    const binary = dataType.startsWith('Binary');
    attributes[name] = {
      dataType,
      ...(!binary && typeof stringValue === 'string' ? { stringValue } : {}),
      ...(binary && typeof binaryValue === 'string' ? { binaryValue: Buffer.from(binaryValue, 'base64') } : {}),
    };
  }
  return attributes;
}

function hasItems(value: unknown): boolean {
  return isJsonArray(value) && value.length > 0;
}

export function writeMessageAttributes(attributes: MessageAttributes): JsonObject {
  const written: Record<string, JsonObject> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    written[name] = {
      DataType: attribute.dataType,
      ...(attribute.binaryValue === undefined
        ? { StringValue: attribute.stringValue ?? '' }
        : { BinaryValue: attribute.binaryValue.toString('base64') }),
    };
  }
  return written;
}

/** MessageAttributeNames: exact names, `All` or `.*` for every one, `prefix.*` for those under a prefix. */
export function selectMessageAttributes(
  attributes: MessageAttributes,
  requested: readonly string[],
): MessageAttributes {
  const wanted = (name: string): boolean =>
    requested.some(
      (pattern) =>
        pattern === 'All' ||
        pattern === '.*' ||
        pattern === name ||
        (pattern.endsWith('.*') && name.startsWith(pattern.slice(0, -1))),
    );
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => wanted(name)));
}
