import { DescribeArchiveCommand, ListArchivesCommand, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLocalEventBridge, EventBridgeStartError } from '../..';
import { FakeTargetPorts } from './support/fake-target-ports';
import { NOW, SHOP_BUS_ARN, shopStackWith, stackOf, SHOP_TEMPLATE, startHarness, type Harness } from './support/eventbridge-harness';

const entry = (detailType: string, time?: Date, busName = 'ecommerce-dev') => ({
  EventBusName: busName,
  Source: 'ecommerce.orders',
  DetailType: detailType,
  Detail: '{"orderId":"o-1"}',
  ...(time === undefined ? {} : { Time: time }),
});

const ARCHIVE_NAME = 'ecommerce-dev-all';
const ARCHIVE_ARN = `arn:aws:events:us-east-1:000000000000:archive/${ARCHIVE_NAME}`;

describe('archives', () => {
  let harness: Harness;
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'eventbridge-archives-'));
  });

  afterEach(async () => {
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every event of its bus with the whole envelope and its ingestion time, and none of other buses', async () => {
    // Prepare
    harness = await startHarness();

    // Act
    await harness.sdk.send(new PutEventsCommand({ Entries: [entry('OrderPlaced'), entry('OrderPlaced', undefined, 'default')] }));

    // Assess
    expect(harness.eventBridge.archives.eventsBetween(ARCHIVE_NAME, new Date(0), NOW)).toEqual([
      {
        event: {
          version: '0',
          id: 'event-1',
          'detail-type': 'OrderPlaced',
          source: 'ecommerce.orders',
          account: '000000000000',
          time: '2026-11-24T10:00:00Z',
          region: 'us-east-1',
          resources: [],
          detail: { orderId: 'o-1' },
        },
        ingestionTime: '2026-11-24T10:00:00.123Z',
      },
    ]);
  });

  it('returns the events whose own time lies in the range, both ends included', async () => {
    // Prepare
    harness = await startHarness();
    const at = (minute: number): Date => new Date(Date.UTC(2026, 10, 24, 9, minute));
    await harness.sdk.send(
      new PutEventsCommand({ Entries: [entry('A', at(0)), entry('B', at(10)), entry('C', at(20)), entry('D', at(30))] }),
    );

    // Act
    const window = harness.eventBridge.archives.eventsBetween(ARCHIVE_NAME, at(10), at(20));

    // Assess
    expect(window.map((archived) => archived.event['detail-type'])).toEqual(['B', 'C']);
  });

  it('keeps only the events that match its pattern', async () => {
    // Prepare
    const stack = shopStackWith({
      Archive: {
        Type: 'AWS::Events::Archive',
        Properties: {
          ArchiveName: ARCHIVE_NAME,
          SourceArn: { 'Fn::GetAtt': ['Bus', 'Arn'] },
          EventPattern: { 'detail-type': ['OrderPlaced'] },
        },
      },
    });
    harness = await startHarness({ stacks: [stack] });

    // Act
    await harness.sdk.send(new PutEventsCommand({ Entries: [entry('OrderPlaced'), entry('OrderShipped')] }));

    // Assess
    const archived = harness.eventBridge.archives.eventsBetween(ARCHIVE_NAME, new Date(0), NOW);
    expect(archived.map((record) => record.event['detail-type'])).toEqual(['OrderPlaced']);
  });

  describe('DescribeArchive and ListArchives', () => {
    it('report the state, count, size, retention and creation time', async () => {
      // Prepare
      const stack = shopStackWith({
        Archive: {
          Type: 'AWS::Events::Archive',
          Properties: {
            ArchiveName: ARCHIVE_NAME,
            SourceArn: { 'Fn::GetAtt': ['Bus', 'Arn'] },
            Description: 'Every event',
            EventPattern: { account: ['000000000000'] },
            RetentionDays: 30,
          },
        },
      });
      harness = await startHarness({ stacks: [stack] });
      await harness.sdk.send(new PutEventsCommand({ Entries: [entry('OrderPlaced'), entry('OrderShipped')] }));
      const sizeBytes = harness.eventBridge.archives
        .eventsBetween(ARCHIVE_NAME, new Date(0), NOW)
        .reduce((sum, record) => sum + Buffer.byteLength(JSON.stringify(record.event)), 0);

      // Act
      const described = await harness.sdk.send(new DescribeArchiveCommand({ ArchiveName: ARCHIVE_NAME }));
      const listed = await harness.sdk.send(new ListArchivesCommand({ EventSourceArn: SHOP_BUS_ARN }));

      // Assess
      const summary = {
        ArchiveName: ARCHIVE_NAME,
        EventSourceArn: SHOP_BUS_ARN,
        State: 'ENABLED',
        RetentionDays: 30,
        SizeBytes: sizeBytes,
        EventCount: 2,
        CreationTime: NOW,
      };
      expect(described).toMatchObject({
        ...summary,
        ArchiveArn: ARCHIVE_ARN,
        Description: 'Every event',
        EventPattern: '{"account":["000000000000"]}',
      });
      expect(listed.Archives).toEqual([summary]);
    });

    it('filter the list by name prefix and source', async () => {
      // Prepare
      harness = await startHarness();

      // Act
      const byPrefix = await harness.sdk.send(new ListArchivesCommand({ NamePrefix: 'other' }));
      const bySource = await harness.sdk.send(
        new ListArchivesCommand({ EventSourceArn: 'arn:aws:events:us-east-1:000000000000:event-bus/default' }),
      );

      // Assess
      expect(byPrefix.Archives).toEqual([]);
      expect(bySource.Archives).toEqual([]);
    });

    it('answer ResourceNotFoundException for an archive that does not exist', async () => {
      // Prepare
      harness = await startHarness();

      // Act
      const act = harness.sdk.send(new DescribeArchiveCommand({ ArchiveName: 'missing' }));

      // Assess
      await expect(act).rejects.toMatchObject({ name: 'ResourceNotFoundException', message: 'Archive missing does not exist.' });
    });
  });

  describe('durably, given a data directory', () => {
    it('appends one JSON line per event under eventbridge/archives/<name>.jsonl', async () => {
      // Prepare
      harness = await startHarness({ dataDir });

      // Act
      await harness.sdk.send(new PutEventsCommand({ Entries: [entry('OrderPlaced'), entry('OrderShipped')] }));

      // Assess
      const lines = readFileSync(path.join(dataDir, 'eventbridge', 'archives', `${ARCHIVE_NAME}.jsonl`), 'utf8').trim().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as { event: { id: string } }).event.id)).toEqual(['event-1', 'event-2']);
    });

    it('finds its events again after a restart', async () => {
      // Prepare
      harness = await startHarness({ dataDir });
      await harness.sdk.send(new PutEventsCommand({ Entries: [entry('OrderPlaced')] }));
      await harness.close();

      // Act
      harness = await startHarness({ dataDir, newEventId: () => 'after-restart' });
      await harness.sdk.send(new PutEventsCommand({ Entries: [entry('OrderShipped')] }));

      // Assess
      const archived = harness.eventBridge.archives.eventsBetween(ARCHIVE_NAME, new Date(0), NOW);
      expect(archived.map((record) => record.event.id)).toEqual(['event-1', 'after-restart']);
      const described = await harness.sdk.send(new DescribeArchiveCommand({ ArchiveName: ARCHIVE_NAME }));
      expect(described.EventCount).toBe(2);
    });

    it('drops events older than the retention, from the file too', async () => {
      // Prepare
      const stack = shopStackWith({
        Archive: {
          Type: 'AWS::Events::Archive',
          Properties: { ArchiveName: ARCHIVE_NAME, SourceArn: { 'Fn::GetAtt': ['Bus', 'Arn'] }, RetentionDays: 1 },
        },
      });
      let now = NOW;
      harness = await startHarness({ stacks: [stack], dataDir, now: () => now });
      await harness.sdk.send(new PutEventsCommand({ Entries: [entry('Old')] }));
      now = new Date(NOW.getTime() + 20 * 3_600_000);
      await harness.sdk.send(new PutEventsCommand({ Entries: [entry('Recent')] }));
      await harness.close();
      now = new Date(NOW.getTime() + 25 * 3_600_000);

      // Act
      harness = await startHarness({ stacks: [stack], dataDir, now: () => now });

      // Assess
      const archived = harness.eventBridge.archives.eventsBetween(ARCHIVE_NAME, new Date(0), now);
      expect(archived.map((record) => record.event['detail-type'])).toEqual(['Recent']);
      const file = readFileSync(path.join(dataDir, 'eventbridge', 'archives', `${ARCHIVE_NAME}.jsonl`), 'utf8');
      expect(file.trim().split('\n')).toHaveLength(1);
    });
  });
});

describe('an archive the template gets wrong', () => {
  it('stops the start when its pattern is invalid, naming it', () => {
    // Prepare
    const stack = stackOf({
      Resources: {
        ...SHOP_TEMPLATE.Resources,
        Archive: {
          Type: 'AWS::Events::Archive',
          Properties: { SourceArn: { 'Fn::GetAtt': ['Bus', 'Arn'] }, EventPattern: { account: '000000000000' } },
        },
      },
    });

    // Act
    const act = (): unknown => createLocalEventBridge({ stacks: [stack], targets: new FakeTargetPorts() });

    // Assess
    expect(act).toThrow(EventBridgeStartError);
    expect(act).toThrow(/archive Archive: Event pattern is not valid/);
  });
});
