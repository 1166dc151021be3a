import { createHash } from 'node:crypto';
import type { MessageAttributes } from './message-content';

/** MD5OfMessageBody / MD5OfBody: the hex MD5 of the body's UTF-8 bytes (the SDK checks it on every send and receive). */
export function md5OfBody(body: string): string {
  return createHash('md5').update(body, 'utf8').digest('hex');
}

const STRING_TRANSPORT = 1;
const BINARY_TRANSPORT = 2;

/**
 * MD5OfMessageAttributes (and MD5OfMessageSystemAttributes), as the SQS developer guide defines it: attributes sorted by
 * name; for each, the name, the data type and the value, each as a 4-byte big-endian length followed by its bytes, with
 * a 1-byte transport type (1 string, 2 binary) before the value. Undefined when there are none, as SQS omits it.
 */
export function md5OfAttributes(attributes: MessageAttributes): string | undefined {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return undefined;
  const hash = createHash('md5');
  for (const name of names) {
    const attribute = attributes[name];
    if (attribute === undefined) continue;
    hash.update(lengthPrefixed(Buffer.from(name, 'utf8')));
    hash.update(lengthPrefixed(Buffer.from(attribute.dataType, 'utf8')));
    if (attribute.binaryValue === undefined) {
      hash.update(Buffer.of(STRING_TRANSPORT));
      hash.update(lengthPrefixed(Buffer.from(attribute.stringValue ?? '', 'utf8')));
    } else {
      hash.update(Buffer.of(BINARY_TRANSPORT));
      hash.update(lengthPrefixed(attribute.binaryValue));
    }
  }
  return hash.digest('hex');
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** The digests SendMessage answers with, so the sender can check what SQS received. */
export function sendDigests(
  body: string,
  attributes: MessageAttributes,
  traceHeader: string | undefined,
): { md5OfMessageBody: string; md5OfMessageAttributes?: string; md5OfMessageSystemAttributes?: string } {
  const md5OfMessageAttributes = md5OfAttributes(attributes);
  const md5OfMessageSystemAttributes =
    traceHeader === undefined
      ? undefined
      : md5OfAttributes({ AWSTraceHeader: { dataType: 'String', stringValue: traceHeader } });
  return {
    md5OfMessageBody: md5OfBody(body),
    ...(md5OfMessageAttributes === undefined ? {} : { md5OfMessageAttributes }),
    ...(md5OfMessageSystemAttributes === undefined ? {} : { md5OfMessageSystemAttributes }),
  };
}
