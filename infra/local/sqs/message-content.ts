import { sqsErrors } from './sqs-errors';

/** One message attribute: a `String`, `Number` or `Binary` data type, optionally with a custom label (`Number.int`). */
export interface MessageAttributeValue {
  readonly dataType: string;
  readonly stringValue?: string;
  readonly binaryValue?: Buffer;
}

export type MessageAttributes = Readonly<Record<string, MessageAttributeValue>>;

/** The only system attribute a sender may set. */
export interface MessageSystemAttributes {
  readonly AWSTraceHeader?: MessageAttributeValue;
}

const MAX_ATTRIBUTES = 10;
const MAX_NAME_LENGTH = 256;
/** The characters the SendMessage reference allows in a body (and in string attribute values): tab, LF, CR and the rest. */
const DISALLOWED_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ATTRIBUTE_NAME = /^[A-Za-z0-9_.-]+$/;
const DATA_TYPE = /^(String|Number|Binary)(\..+)?$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A body must hold at least one character, and only characters from the XML set. */
export function checkBody(body: string): void {
  if (body === '') throw sqsErrors.missingParameter('MessageBody');
  checkCharacters(body, 'the message body');
}

function checkCharacters(text: string, where: string): void {
  const bad = DISALLOWED_CHARACTER.exec(text);
  if (bad === null) return;
  const codePoint = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase();
  throw sqsErrors.invalidMessageContents(
    `Invalid binary character '#x${codePoint}' was found in ${where}, the set of allowed characters is ` +
      '#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
  );
}

/** The message-attribute rules of the SQS developer guide: names, data types and values. */
export function checkAttributes(attributes: MessageAttributes): void {
  const names = Object.keys(attributes);
  if (names.length > MAX_ATTRIBUTES) {
    throw sqsErrors.invalidParameterValue(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`,
    );
  }
  for (const name of names) {
    const attribute = attributes[name];
    if (attribute !== undefined) checkAttribute(name, attribute);
  }
}

function checkAttribute(name: string, attribute: MessageAttributeValue): void {
  checkAttributeName(name);
  const { dataType, stringValue, binaryValue } = attribute;
  const type = DATA_TYPE.exec(dataType)?.[1];
  if (type === undefined || dataType.length > MAX_NAME_LENGTH) {
    throw sqsErrors.invalidParameterValue(
      `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
    );
  }
  const empty = type === 'Binary' ? binaryValue === undefined || binaryValue.length === 0 : !stringValue;
  if (empty) {
    throw sqsErrors.invalidParameterValue(
      `The message (user) attribute '${name}' must contain a non-empty message attribute value for message attribute type '${type}'.`,
    );
  }
  if (type !== 'Binary' && stringValue !== undefined) {
    checkCharacters(stringValue, `the value of message (user) attribute '${name}'`);
    if (type === 'Number' && !NUMBER.test(stringValue.trim())) {
      throw sqsErrors.invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
    }
  }
}

function checkAttributeName(name: string): void {
  const reason =
    name.length === 0 || name.length > MAX_NAME_LENGTH
      ? `must be 1 to ${MAX_NAME_LENGTH} characters long`
      : !ATTRIBUTE_NAME.test(name)
        ? 'can only contain alphanumeric characters, underscores, hyphens and periods'
        : /^(aws|amazon)\./i.test(name)
          ? 'must not start with the reserved prefixes AWS. or Amazon.'
          : name.startsWith('.') || name.endsWith('.') || name.includes('..')
            ? 'must not start or end with a period, nor have periods in succession'
            : undefined;
  if (reason !== undefined)
    throw sqsErrors.invalidParameterValue(`Message (user) attribute name '${name}' is invalid: it ${reason}.`);
}

/** The size SQS limits: body plus every attribute's name, data type and value, in bytes. */
export function messageSize(body: string, attributes: MessageAttributes): number {
  let size = Buffer.byteLength(body, 'utf8');
  for (const [name, attribute] of Object.entries(attributes)) {
    size += Buffer.byteLength(name, 'utf8') + Buffer.byteLength(attribute.dataType, 'utf8');
    size += attribute.binaryValue?.length ?? Buffer.byteLength(attribute.stringValue ?? '', 'utf8');
  }
  return size;
}
