import { createHash } from 'node:crypto';
import { md5OfAttributes, md5OfBody } from '../../message-digest';

/** The developer guide's encoding, spelled out byte by byte for one string attribute. */
function expectedDigest(parts: readonly (Buffer | number)[]): string {
  const hash = createHash('md5');
  for (const part of parts) hash.update(typeof part === 'number' ? Buffer.of(part) : part);
  return hash.digest('hex');
}

function lengthThen(text: string | Buffer): Buffer {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

describe('MD5 digests', () => {
  it('digests the body as the hex MD5 of its UTF-8 bytes', () => {
    // Act
    const digest = md5OfBody('héllo');
    // Assess
    expect(digest).toBe(createHash('md5').update(Buffer.from('héllo', 'utf8')).digest('hex'));
  });

  it('encodes each attribute as name, type, transport type 1 and value, each length-prefixed', () => {
    // Prepare
    const attributes = { city: { dataType: 'String', stringValue: 'Zürich' } };
    // Act
    const digest = md5OfAttributes(attributes);
    // Assess
    expect(digest).toBe(expectedDigest([lengthThen('city'), lengthThen('String'), 1, lengthThen('Zürich')]));
  });

  it('sorts attributes by name and marks binary values with transport type 2', () => {
    // Prepare
    const binary = Buffer.from([0, 1, 2, 255]);
    const attributes = {
      zeta: { dataType: 'Number.int', stringValue: '42' },
      alpha: { dataType: 'Binary', binaryValue: binary },
    };
    // Act
    const digest = md5OfAttributes(attributes);
    // Assess
    expect(digest).toBe(
      expectedDigest([
        lengthThen('alpha'),
        lengthThen('Binary'),
        2,
        lengthThen(binary),
        lengthThen('zeta'),
        lengthThen('Number.int'),
        1,
        lengthThen('42'),
      ]),
    );
  });

  it('has no digest for no attributes, as SQS leaves the field out', () => {
    // Act
    const digest = md5OfAttributes({});
    // Assess
    expect(digest).toBeUndefined();
  });
});
