import { DescribeEventBusCommand, ListEventBusesCommand, PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { createLocalEventBridge } from '../..';
import { NOW, SHOP_TEMPLATE, stackOf, startHarness, type Harness } from './support/eventbridge-harness';

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
    const act = harness.sdk.send(new PutRuleCommand({ Name: 'all-orders', EventPattern: '{"source":["x"]}' }));

    // Assess
    await expect(act).rejects.toMatchObject({ name: 'UnknownOperationException', $metadata: { httpStatusCode: 400 } });
  });

  it('refuses to start on a stack with rules, naming them, rather than never firing them', () => {
    // Prepare
    const rule = { Type: 'AWS::Events::Rule', Properties: { EventPattern: { source: [{ prefix: 'ecommerce.' }] } } };
    const stack = stackOf({
      Resources: { ...SHOP_TEMPLATE.Resources, AnalyticsRule: rule, AuditRule: rule },
    });

    // Act
    const act = (): unknown => createLocalEventBridge({ stacks: [stack] });

    // Assess
    expect(act).toThrow('EventBridge rules are not supported by this local cloud yet: AnalyticsRule, AuditRule');
  });
});
