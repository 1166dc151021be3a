import { buildEvent, EventValidationError } from '../../event-contract';
import { ProductDeletedV1 } from '../../events';
import { entrySize, MAX_BYTES, packIntoCalls, toSizedEntry, type SizedEntry } from '../../put-events-entries';
import { testUlid } from '../support';

const context = { eventId: testUlid(1), occurredAt: '2025-11-25T16:40:02.009Z', correlationId: 'req-1' };
const deleted = buildEvent(
  ProductDeletedV1,
  { productId: testUlid(2), version: 3, deletedAt: '2025-11-25T16:40:02.009Z' },
  context,
);

describe('entrySize', () => {
  it('counts UTF-8 bytes of Source, DetailType, Detail and each resource, and 14 for Time', () => {
    // Prepare: "é" is 2 bytes and "€" 3 bytes in UTF-8
    const entry = { Source: 'a.b', DetailType: 'Té', Detail: '{"p":"€"}', Resources: ['r1', 'r€'], Time: new Date() };

    // Act
    const size = entrySize(entry);

    // Assess
    expect(size).toBe(14 + 3 + 3 + 11 + 2 + 4);
  });

  it('does not count the event bus name', () => {
    // Act
    const size = entrySize({ Source: 'a', DetailType: 'b', Detail: '{}', EventBusName: 'ecommerce-dev' });

    // Assess
    expect(size).toBe(4);
  });
});

describe('toSizedEntry', () => {
  it('serializes the event into a PutEvents entry for the bus', () => {
    // Act
    const { entry, bytes } = toSizedEntry({ ...deleted, resources: ['arn:product'] }, 'ecommerce-dev');

    // Assess
    expect(entry).toEqual({
      Source: 'ecommerce.catalog',
      DetailType: 'ProductDeleted',
      Detail: JSON.stringify(deleted.detail),
      EventBusName: 'ecommerce-dev',
      Resources: ['arn:product'],
    });
    expect(bytes).toBe(entrySize(entry));
  });

  it('rejects an invalid event', () => {
    // Prepare
    const invalid = { ...deleted, detail: { ...deleted.detail, data: { ...deleted.detail.data, version: 0 } } };

    // Act
    const act = () => toSizedEntry(invalid, 'ecommerce-dev');

    // Assess
    expect(act).toThrow(EventValidationError);
  });
});

describe('packIntoCalls', () => {
  const sized = (bytes: number): SizedEntry => ({ event: deleted, entry: {}, bytes });

  it('puts at most 10 entries in a call', () => {
    // Act
    const calls = packIntoCalls(Array.from({ length: 25 }, () => sized(100)));

    // Assess
    expect(calls.map((call) => call.length)).toEqual([10, 10, 5]);
  });

  it('starts a new call before the total would pass 256 KB, keeping the order', () => {
    // Prepare
    const entries = [sized(100_000), sized(100_000), sized(62_144), sized(1), sized(MAX_BYTES)];

    // Act
    const calls = packIntoCalls(entries);

    // Assess
    expect(calls).toEqual([[entries[0], entries[1], entries[2]], [entries[3]], [entries[4]]]);
  });
});
