import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { MAX_TOTAL_ENTRY_BYTES, type PublishedEvent } from '../..';
import { NOW, startHarness, type Harness } from './support/eventbridge-harness';

const ORDER_PLACED: PutEventsRequestEntry = {
  EventBusName: 'ecommerce-dev',
  Source: 'ecommerce.orders',
  DetailType: 'OrderPlaced',
  Detail: JSON.stringify({ metadata: { eventId: 'e-1' }, data: { orderId: 'o-1' } }),
};

describe('PutEvents on the local EventBridge', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('accepted events', () => {
    it('appends each event to its bus log in the EventBridge envelope', async () => {
      // Act
      const output = await harness.sdk.send(new PutEventsCommand({ Entries: [ORDER_PLACED] }));

      // Assess
      expect(output).toMatchObject({ FailedEntryCount: 0, Entries: [{ EventId: 'event-1' }] });
      expect(harness.eventBridge.log.eventsOn('ecommerce-dev')).toEqual([
        {
          version: '0',
          id: 'event-1',
          'detail-type': 'OrderPlaced',
          source: 'ecommerce.orders',
          account: '000000000000',
          time: '2026-11-24T10:00:00Z',
          region: 'us-east-1',
          resources: [],
          detail: { metadata: { eventId: 'e-1' }, data: { orderId: 'o-1' } },
        },
      ]);
    });

    it('puts an entry without a bus name on the default bus, and finds a bus by its ARN', async () => {
      // Prepare
      const onDefault = { ...ORDER_PLACED, EventBusName: undefined };
      const byArn = { ...ORDER_PLACED, EventBusName: 'arn:aws:events:us-east-1:000000000000:event-bus/ecommerce-dev' };

      // Act
      await harness.sdk.send(new PutEventsCommand({ Entries: [onDefault, byArn] }));

      // Assess
      expect(harness.eventBridge.log.eventsOn('default').map((event) => event.id)).toEqual(['event-1']);
      expect(harness.eventBridge.log.eventsOn('ecommerce-dev').map((event) => event.id)).toEqual(['event-2']);
    });

    it("keeps the entry's own time (to the second) and resources", async () => {
      // Prepare
      const entry = { ...ORDER_PLACED, Time: new Date('2026-01-02T03:04:05.678Z'), Resources: ['arn:order/o-1'] };

      // Act
      await harness.sdk.send(new PutEventsCommand({ Entries: [entry] }));

      // Assess
      expect(harness.eventBridge.log.eventsOn('ecommerce-dev')[0]).toMatchObject({
        time: '2026-01-02T03:04:05Z',
        resources: ['arn:order/o-1'],
      });
    });

    it('hands every accepted event to subscribers until they unsubscribe', async () => {
      // Prepare
      const seen: PublishedEvent[] = [];
      const unsubscribe = harness.eventBridge.log.onEvent((published) => seen.push(published));

      // Act
      await harness.sdk.send(new PutEventsCommand({ Entries: [ORDER_PLACED] }));
      unsubscribe();
      await harness.sdk.send(new PutEventsCommand({ Entries: [ORDER_PLACED] }));

      // Assess
      expect(seen.map(({ bus, event }) => [bus.name, bus.arn, event.id])).toEqual([
        ['ecommerce-dev', 'arn:aws:events:us-east-1:000000000000:event-bus/ecommerce-dev', 'event-1'],
      ]);
    });

    it('still accepts the event when a subscriber throws, and logs the failure', async () => {
      // Prepare
      harness.eventBridge.log.onEvent(() => {
        throw new Error('rule engine exploded');
      });

      // Act
      const output = await harness.sdk.send(new PutEventsCommand({ Entries: [ORDER_PLACED] }));

      // Assess
      expect(output.FailedEntryCount).toBe(0);
      expect(harness.logger.at('error')).toMatchObject([
        { message: 'event listener failed', fields: { eventId: 'event-1' } },
      ]);
    });
  });

  describe('whole-request validation', () => {
    it('rejects more than 10 entries with a ValidationException and accepts none', async () => {
      // Prepare
      const entries = Array.from({ length: 11 }, () => ORDER_PLACED);

      // Act
      const act = harness.sdk.send(new PutEventsCommand({ Entries: entries }));

      // Assess
      await expect(act).rejects.toMatchObject({
        name: 'ValidationException',
        message: expect.stringMatching(
          /^1 validation error detected: Value '\[PutEventsRequestEntry\(.*\)\]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10$/,
        ) as unknown,
        $metadata: { httpStatusCode: 400 },
      });
      expect(harness.eventBridge.log.eventsOn('ecommerce-dev')).toEqual([]);
    });

    it('rejects an empty list of entries', async () => {
      // Act
      const act = harness.sdk.send(new PutEventsCommand({ Entries: [] }));

      // Assess
      await expect(act).rejects.toMatchObject({
        name: 'ValidationException',
        message:
          "1 validation error detected: Value '[]' at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1",
      });
    });

    it('counts entry sizes as AWS documents them: 256 KB in total is accepted, one byte more is not', async () => {
      // Prepare: a Time costs 14 bytes, Source and DetailType their UTF-8 bytes ("é" is two), Detail the rest.
      const fixed = { Source: 'ecommerce.é', DetailType: 'Big', Time: NOW };
      const fixedBytes = 14 + Buffer.byteLength('ecommerce.é') + 3;
      const detailOfBytes = (bytes: number): string => JSON.stringify({ pad: 'x'.repeat(bytes - '{"pad":""}'.length) });
      const half = MAX_TOTAL_ENTRY_BYTES / 2;
      const halfOfTheLimit = { ...fixed, Detail: detailOfBytes(half - fixedBytes) };
      const atLimit = [halfOfTheLimit, halfOfTheLimit];
      const overLimit = [halfOfTheLimit, { ...fixed, Detail: detailOfBytes(half - fixedBytes + 1) }];

      // Act
      const accepted = await harness.sdk.send(new PutEventsCommand({ Entries: atLimit }));
      const rejected = harness.sdk.send(new PutEventsCommand({ Entries: overLimit }));

      // Assess
      expect(accepted.FailedEntryCount).toBe(0);
      await expect(rejected).rejects.toMatchObject({
        name: 'ValidationException',
        message: 'Total size of the entries in the request is over the limit.',
      });
    });
  });

  describe('per-entry validation', () => {
    it('fails only the bad entries, with the codes and messages EventBridge uses', async () => {
      // Prepare
      const entries: PutEventsRequestEntry[] = [
        { ...ORDER_PLACED, Detail: '{"orderId": ' },
        ORDER_PLACED,
        { ...ORDER_PLACED, Detail: '["not", "an", "object"]' },
        { ...ORDER_PLACED, Source: undefined },
        { ...ORDER_PLACED, DetailType: '' },
        { ...ORDER_PLACED, Detail: undefined },
      ];

      // Act
      const output = await harness.sdk.send(new PutEventsCommand({ Entries: entries }));

      // Assess
      expect(output.FailedEntryCount).toBe(5);
      expect(output.Entries).toEqual([
        { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
        { EventId: 'event-1' },
        { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
        {
          ErrorCode: 'InvalidArgument',
          ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.',
        },
        {
          ErrorCode: 'InvalidArgument',
          ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
        },
        {
          ErrorCode: 'InvalidArgument',
          ErrorMessage: 'Parameter Detail is not valid. Reason: Detail is a required argument.',
        },
      ]);
      expect(harness.eventBridge.log.eventsOn('ecommerce-dev').map((event) => event.id)).toEqual(['event-1']);
    });

    it('accepts an event for a bus that does not exist and drops it, as AWS does, with a warning', async () => {
      // Prepare
      const seen: PublishedEvent[] = [];
      harness.eventBridge.log.onEvent((published) => seen.push(published));

      // Act
      const output = await harness.sdk.send(
        new PutEventsCommand({ Entries: [{ ...ORDER_PLACED, EventBusName: 'ecommerce-prod' }] }),
      );

      // Assess
      expect(output).toMatchObject({ FailedEntryCount: 0, Entries: [{ EventId: 'event-1' }] });
      expect(seen).toEqual([]);
      expect(harness.logger.at('warn')).toMatchObject([{ fields: { eventBusName: 'ecommerce-prod' } }]);
    });
  });
});
