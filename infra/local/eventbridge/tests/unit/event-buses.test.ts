import {
  CreateEventBusCommand,
  DescribeEventBusCommand,
  ListEventBusesCommand,
  PutEventsCommand,
  StartReplayCommand,
} from '@aws-sdk/client-eventbridge';
import { NOW, startHarness, type Harness } from './support/eventbridge-harness';

const SHOP_BUS = {
  Name: 'ecommerce-dev',
  Arn: 'arn:aws:events:us-east-1:000000000000:event-bus/ecommerce-dev',
  Description: 'Domain events',
};
const DEFAULT_BUS = { Name: 'default', Arn: 'arn:aws:events:us-east-1:000000000000:event-bus/default' };

describe("the local EventBridge's buses", () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  it("lists the default bus and the template's buses", async () => {
    // Act
    const { EventBuses } = await harness.sdk.send(new ListEventBusesCommand({}));

    // Assess
    expect(EventBuses).toEqual([
      { ...DEFAULT_BUS, CreationTime: NOW, LastModifiedTime: NOW },
      { ...SHOP_BUS, CreationTime: NOW, LastModifiedTime: NOW },
    ]);
  });

  it('lists only the buses whose name starts with the prefix', async () => {
    // Act
    const { EventBuses } = await harness.sdk.send(new ListEventBusesCommand({ NamePrefix: 'ecommerce' }));

    // Assess
    expect(EventBuses?.map((bus) => bus.Name)).toEqual(['ecommerce-dev']);
  });

  it('describes a bus by name or by ARN, and the default bus when none is named', async () => {
    // Act
    const byName = await harness.sdk.send(new DescribeEventBusCommand({ Name: 'ecommerce-dev' }));
    const byArn = await harness.sdk.send(new DescribeEventBusCommand({ Name: SHOP_BUS.Arn }));
    const unnamed = await harness.sdk.send(new DescribeEventBusCommand({}));

    // Assess
    expect(byName).toMatchObject(SHOP_BUS);
    expect(byArn).toMatchObject(SHOP_BUS);
    expect(unnamed).toMatchObject(DEFAULT_BUS);
  });

  it('answers ResourceNotFoundException for a bus that does not exist', async () => {
    // Act
    const act = harness.sdk.send(
      new DescribeEventBusCommand({ Name: 'arn:aws:events:us-east-1:000000000000:event-bus/ecommerce-prod' }),
    );

    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Event bus ecommerce-prod does not exist.',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('answers UnknownOperationException for an operation it does not implement yet', async () => {
    // Act
    const act = harness.sdk.send(
      new StartReplayCommand({
        ReplayName: 'again',
        EventSourceArn: 'arn:aws:events:us-east-1:000000000000:archive/ecommerce-dev-all',
        EventStartTime: NOW,
        EventEndTime: NOW,
        Destination: { Arn: SHOP_BUS.Arn },
      }),
    );

    // Assess
    await expect(act).rejects.toMatchObject({ name: 'UnknownOperationException', $metadata: { httpStatusCode: 400 } });
  });

  describe('CreateEventBus', () => {
    it('creates a bus that is listed, described and accepts events', async () => {
      // Act
      const created = await harness.sdk.send(new CreateEventBusCommand({ Name: 'audit', Description: 'Audit trail' }));
      await harness.sdk.send(new PutEventsCommand({ Entries: [{ EventBusName: 'audit', Source: 's', DetailType: 't', Detail: '{}' }] }));

      // Assess
      const arn = 'arn:aws:events:us-east-1:000000000000:event-bus/audit';
      expect(created.EventBusArn).toBe(arn);
      const described = await harness.sdk.send(new DescribeEventBusCommand({ Name: 'audit' }));
      expect(described).toMatchObject({ Name: 'audit', Arn: arn, Description: 'Audit trail', CreationTime: NOW });
      const { EventBuses } = await harness.sdk.send(new ListEventBusesCommand({}));
      expect(EventBuses?.map((bus) => bus.Name)).toEqual(['default', 'ecommerce-dev', 'audit']);
      expect(harness.eventBridge.log.eventsOn('audit')).toHaveLength(1);
    });

    it('refuses a bus that already exists, the default bus included', async () => {
      // Act
      const again = harness.sdk.send(new CreateEventBusCommand({ Name: 'ecommerce-dev' }));
      const defaultBus = harness.sdk.send(new CreateEventBusCommand({ Name: 'default' }));

      // Assess
      await expect(again).rejects.toMatchObject({
        name: 'ResourceAlreadyExistsException',
        message: 'Event bus ecommerce-dev already exists.',
      });
      await expect(defaultBus).rejects.toMatchObject({ name: 'ResourceAlreadyExistsException' });
    });

    it('refuses a name outside the allowed characters, and partner buses', async () => {
      // Act
      const badName = harness.sdk.send(new CreateEventBusCommand({ Name: 'orders bus' }));
      const partner = harness.sdk.send(
        new CreateEventBusCommand({ Name: 'aws.partner/saas.com/1/orders', EventSourceName: 'aws.partner/saas.com/1/orders' }),
      );

      // Assess
      await expect(badName).rejects.toMatchObject({
        name: 'ValidationException',
        message:
          "1 validation error detected: Value 'orders bus' at 'name' failed to satisfy constraint: " +
          'Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+',
      });
      await expect(partner).rejects.toMatchObject({ name: 'ValidationException' });
    });
  });

  it('pages the bus list with Limit and NextToken', async () => {
    // Prepare
    await harness.sdk.send(new CreateEventBusCommand({ Name: 'audit' }));

    // Act
    const first = await harness.sdk.send(new ListEventBusesCommand({ Limit: 2 }));
    const second = await harness.sdk.send(new ListEventBusesCommand({ Limit: 2, NextToken: first.NextToken }));

    // Assess
    expect(first.EventBuses?.map((bus) => bus.Name)).toEqual(['default', 'ecommerce-dev']);
    expect(second.EventBuses?.map((bus) => bus.Name)).toEqual(['audit']);
    expect(second.NextToken).toBeUndefined();
  });
});
