import { EventBridgeClient, PutEventsCommand, type PutEventsCommandInput } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { buildEvent, defineEvent, EventValidationError, type OutgoingEvent } from '../../event-contract';
import { ProductDeletedV1 } from '../../events';
import { EventPublisher, EventPublishError, fullJitterDelayMs } from '../../publisher';
import { entrySize, MAX_BYTES, toSizedEntry } from '../../put-events-entries';
import { compileEventSchema } from '../../schema-compilers';
import { testUlid } from '../support';

const eventBridge = mockClient(EventBridgeClient);

// A permissive contract, so tests can make entries of any size.
const blobStoredV1Schema = { type: 'object', properties: { detail: { type: 'object' } }, required: ['detail'] };
const BlobStoredV1 = defineEvent<{ blob: string }>({
  source: 'ecommerce.test',
  detailType: 'BlobStored',
  schemaVersion: '1',
  schema: blobStoredV1Schema,
  validate: compileEventSchema(blobStoredV1Schema),
});

const context = (n: number) => ({ eventId: testUlid(n), occurredAt: '2025-11-25T16:40:02.009Z', correlationId: 'req-1' });
const deletedEvent = (n: number): OutgoingEvent =>
  buildEvent(ProductDeletedV1, { productId: testUlid(n), version: 1, deletedAt: '2025-11-25T16:40:02.009Z' }, context(n));
const blobEvent = (n: number, blobLength: number): OutgoingEvent =>
  buildEvent(BlobStoredV1, { blob: 'x'.repeat(blobLength) }, context(n));
const eventId = (event: OutgoingEvent): string => event.detail.metadata.eventId;

function entriesOf(input: PutEventsCommandInput): { eventId: string; Detail?: string }[] {
  return (input.Entries ?? []).map((entry) => ({
    ...entry,
    eventId: (JSON.parse(entry.Detail ?? '{}') as { metadata: { eventId: string } }).metadata.eventId,
  }));
}

/** Event ids of each PutEvents call, in order. */
function sentCalls(): string[][] {
  return eventBridge.commandCalls(PutEventsCommand).map((call) => entriesOf(call.args[0].input).map((e) => e.eventId));
}

/** EventBridge accepts every entry except those `reject` returns an error code for. */
function respondWith(reject: (eventId: string) => string | undefined): void {
  eventBridge.on(PutEventsCommand).callsFake((input: PutEventsCommandInput) => {
    const results = entriesOf(input).map((entry) => {
      const errorCode = reject(entry.eventId);
      return errorCode === undefined
        ? { EventId: `eb-${entry.eventId}` }
        : { ErrorCode: errorCode, ErrorMessage: `${errorCode} for ${entry.eventId}` };
    });
    return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
  });
}

/** Rejects the first `times` attempts for the given event ids. */
function failingTimes(times: number, ids: string[], errorCode = 'ThrottlingException'): (id: string) => string | undefined {
  const seen = new Map<string, number>();
  return (id) => {
    if (!ids.includes(id)) return undefined;
    const attempt = (seen.get(id) ?? 0) + 1;
    seen.set(id, attempt);
    return attempt <= times ? errorCode : undefined;
  };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('EventPublisher', () => {
  const backoff = jest.fn<Promise<void>, [attempt: number]>(() => Promise.resolve());
  const publisher = (maxAttempts?: number) =>
    new EventPublisher({ client: new EventBridgeClient({}), eventBusName: 'ecommerce-test', backoff, maxAttempts });

  beforeEach(() => {
    eventBridge.reset();
    backoff.mockClear();
  });

  it('sends 25 events in 3 calls of at most 10 entries, each event once and in order', async () => {
    // Prepare
    respondWith(() => undefined);
    const events = Array.from({ length: 25 }, (_, i) => deletedEvent(i));

    // Act
    await publisher().publish(events);

    // Assess
    expect(sentCalls().map((ids) => ids.length)).toEqual([10, 10, 5]);
    expect(sentCalls().flat()).toEqual(events.map(eventId));
    const [firstCall] = eventBridge.commandCalls(PutEventsCommand);
    expect(firstCall?.args[0].input.Entries?.[0]).toMatchObject({
      EventBusName: 'ecommerce-test',
      Source: 'ecommerce.catalog',
      DetailType: 'ProductDeleted',
    });
  });

  it('splits calls by size when ten entries would pass 256 KB', async () => {
    // Prepare: five entries of about 100 KB fit two to a call
    respondWith(() => undefined);
    const events = Array.from({ length: 5 }, (_, i) => blobEvent(i, 100 * 1024));

    // Act
    await publisher().publish(events);

    // Assess
    expect(sentCalls().map((ids) => ids.length)).toEqual([2, 2, 1]);
  });

  it('sends an entry of exactly 256 KB and rejects one a byte larger without sending anything', async () => {
    // Prepare
    respondWith(() => undefined);
    const overhead = toSizedEntry(blobEvent(1, 0), 'ecommerce-test').bytes;
    const largest = blobEvent(1, MAX_BYTES - overhead);
    const tooLarge = blobEvent(2, MAX_BYTES - overhead + 1);

    // Act
    await publisher().publish([largest]);
    const error = await rejectionOf(publisher().publish([deletedEvent(3), tooLarge]));

    // Assess
    expect(entrySize(toSizedEntry(largest, 'ecommerce-test').entry)).toBe(MAX_BYTES);
    expect(sentCalls()).toEqual([[eventId(largest)]]);
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as EventValidationError).details[0]?.message).toMatch(/262145-byte PutEvents entry/);
  });

  it('validates every event before sending any', async () => {
    // Prepare
    respondWith(() => undefined);
    const valid = deletedEvent(1);
    const invalid = { ...deletedEvent(2), detail: { ...deletedEvent(2).detail, data: { productId: 'not-a-ulid' } } };

    // Act
    const error = await rejectionOf(publisher().publish([valid, invalid]));

    // Assess
    expect(error).toBeInstanceOf(EventValidationError);
    expect(sentCalls()).toEqual([]);
  });

  it('retries only the entries EventBridge rejected, after a backoff', async () => {
    // Prepare
    const [a, b, c] = [deletedEvent(1), deletedEvent(2), deletedEvent(3)];
    respondWith(failingTimes(1, [eventId(b)]));

    // Act
    await publisher().publish([a, b, c]);

    // Assess
    expect(sentCalls()).toEqual([[eventId(a), eventId(b), eventId(c)], [eventId(b)]]);
    expect(backoff.mock.calls).toEqual([[1]]);
  });

  it('reports exactly the events still rejected after the last of 3 attempts', async () => {
    // Prepare
    const [a, b, c] = [deletedEvent(1), deletedEvent(2), deletedEvent(3)];
    const cFailsOnce = failingTimes(1, [eventId(c)]);
    respondWith((id) => (id === eventId(b) ? 'InternalFailure' : cFailsOnce(id)));

    // Act
    const error = await rejectionOf(publisher().publish([a, b, c]));

    // Assess
    expect(sentCalls()).toEqual([[eventId(a), eventId(b), eventId(c)], [eventId(b), eventId(c)], [eventId(b)]]);
    expect(error).toBeInstanceOf(EventPublishError);
    const { failed, code } = error as EventPublishError;
    expect(code).toBe('EVENT_PUBLISH_FAILED');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.event).toBe(b);
    expect(failed[0]).toMatchObject({ errorCode: 'InternalFailure', errorMessage: `InternalFailure for ${eventId(b)}` });
    expect(backoff.mock.calls).toEqual([[1], [2]]);
  });

  it('retries every entry of a call the SDK threw for', async () => {
    // Prepare
    const [a, b] = [deletedEvent(1), deletedEvent(2)];
    eventBridge
      .on(PutEventsCommand)
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: '1' }, { EventId: '2' }] });

    // Act
    await publisher().publish([a, b]);

    // Assess
    expect(sentCalls()).toEqual([[eventId(a), eventId(b)], [eventId(a), eventId(b)]]);
  });

  it('reports the SDK error for every event of a call that kept failing', async () => {
    // Prepare
    const events = [deletedEvent(1), deletedEvent(2)];
    eventBridge.on(PutEventsCommand).rejects(Object.assign(new Error('Access denied'), { name: 'AccessDeniedException' }));

    // Act
    const error = await rejectionOf(publisher(2).publish(events));

    // Assess
    expect(sentCalls()).toHaveLength(2);
    expect((error as EventPublishError).failed).toEqual(
      events.map((event) => ({ event, errorCode: 'AccessDeniedException', errorMessage: 'Access denied' })),
    );
  });

  it('counts an entry with no result as failed when the response reports failures', async () => {
    // Prepare
    const [a, b] = [deletedEvent(1), deletedEvent(2)];
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ EventId: '1' }] })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: '2' }] });

    // Act
    await publisher().publish([a, b]);

    // Assess
    expect(sentCalls()).toEqual([[eventId(a), eventId(b)], [eventId(b)]]);
  });

  it('makes no call for an empty list', async () => {
    // Act
    await publisher().publish([]);

    // Assess
    expect(sentCalls()).toEqual([]);
  });
});

describe('fullJitterDelayMs', () => {
  it('draws a delay below 50 ms for the first retry, doubling the ceiling each retry up to 2 s', () => {
    // Prepare
    const highest = () => 0.999_999;

    // Act
    const ceilings = [1, 2, 3, 7, 20].map((attempt) => Math.round(fullJitterDelayMs(attempt, highest)));

    // Assess
    expect(ceilings).toEqual([50, 100, 200, 2000, 2000]);
    expect(fullJitterDelayMs(3, () => 0)).toBe(0);
  });
});
