import { DescribeRuleCommand, ListTargetsByRuleCommand, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { createLocalEventBridge, EventBridgeStartError } from '../..';
import { FakeTargetPorts } from './support/fake-target-ports';
import { shopStackWith, startHarness, type Harness } from './support/eventbridge-harness';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:fulfil';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:orders';

/** A rule as CDK synthesizes one: on the shop bus, the pattern an object, targets with ids. */
function ruleResource(properties: Record<string, unknown>): object {
  return {
    Type: 'AWS::Events::Rule',
    Properties: {
      EventBusName: { Ref: 'Bus' },
      EventPattern: { source: ['ecommerce.orders'] },
      State: 'ENABLED',
      Targets: [{ Id: 'Target0', Arn: QUEUE_ARN }],
      ...properties,
    },
  };
}

const ORDER_PLACED = { EventBusName: 'ecommerce-dev', Source: 'ecommerce.orders', DetailType: 'OrderPlaced', Detail: '{}' };

describe("the template's rules", () => {
  let harness: Harness | undefined;

  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('fire on matching events and deliver to their Lambda and SQS targets', async () => {
    // Prepare
    const stack = shopStackWith({
      OrdersRule: ruleResource({
        Name: 'orders-rule',
        Targets: [
          { Id: 'Target0', Arn: FUNCTION_ARN },
          { Id: 'Target1', Arn: QUEUE_ARN, InputPath: '$.detail' },
        ],
      }),
    });
    harness = await startHarness({ stacks: [stack] });

    // Act
    await harness.sdk.send(new PutEventsCommand({ Entries: [{ ...ORDER_PLACED, Detail: '{"orderId":"o-1"}' }] }));
    await harness.eventBridge.idle();

    // Assess
    expect(harness.ports.lambdaCalls.map((call) => call.functionArn)).toEqual([FUNCTION_ARN]);
    expect(harness.ports.sentTo(QUEUE_ARN).map((call) => call.body)).toEqual(['{"orderId":"o-1"}']);
  });

  it('are described and listed through the API like any rule', async () => {
    // Prepare
    harness = await startHarness({ stacks: [shopStackWith({ OrdersRule: ruleResource({ Name: 'orders-rule', Description: 'To fulfil' }) })] });

    // Act
    const rule = await harness.sdk.send(new DescribeRuleCommand({ Name: 'orders-rule', EventBusName: 'ecommerce-dev' }));
    const { Targets } = await harness.sdk.send(new ListTargetsByRuleCommand({ Rule: 'orders-rule', EventBusName: 'ecommerce-dev' }));

    // Assess
    expect(rule).toMatchObject({
      Arn: 'arn:aws:events:us-east-1:000000000000:rule/ecommerce-dev/orders-rule',
      EventPattern: '{"source":["ecommerce.orders"]}',
      State: 'ENABLED',
      Description: 'To fulfil',
    });
    expect(Targets).toEqual([{ Id: 'Target0', Arn: QUEUE_ARN }]);
  });

  it('get the generated name CloudFormation gives an unnamed rule', async () => {
    // Prepare
    harness = await startHarness({ stacks: [shopStackWith({ OrdersRule: ruleResource({}) })] });

    // Act
    const rules = harness.eventBridge.rules.list('ecommerce-dev');

    // Assess
    expect(rules.map((entry) => entry.definition.name)).toEqual([expect.stringMatching(/^Shop-dev-OrdersRule/) as unknown]);
  });

  it('never fire when DISABLED', async () => {
    // Prepare
    harness = await startHarness({ stacks: [shopStackWith({ OrdersRule: ruleResource({ State: 'DISABLED' }) })] });

    // Act
    await harness.sdk.send(new PutEventsCommand({ Entries: [ORDER_PLACED] }));
    await harness.eventBridge.idle();

    // Assess
    expect(harness.ports.sqsCalls).toEqual([]);
  });

  it('live on the default bus when they name none', async () => {
    // Prepare
    harness = await startHarness({ stacks: [shopStackWith({ OrdersRule: ruleResource({ EventBusName: undefined }) })] });

    // Act
    await harness.sdk.send(new PutEventsCommand({ Entries: [{ ...ORDER_PLACED, EventBusName: undefined }] }));
    await harness.eventBridge.idle();

    // Assess
    expect(harness.ports.sentTo(QUEUE_ARN)).toHaveLength(1);
  });

  describe('that the local cloud cannot honour stop the start, naming the rule', () => {
    const start = (resources: Record<string, object>, { wired } = { wired: true }): unknown =>
      createLocalEventBridge({ stacks: [shopStackWith(resources)], ...(wired ? { targets: new FakeTargetPorts() } : {}) });

    it('an invalid pattern', () => {
      // Act
      const act = (): unknown => start({ BadRule: ruleResource({ Name: 'bad', EventPattern: { source: 'ecommerce.orders' } }) });

      // Assess
      expect(act).toThrow(EventBridgeStartError);
      expect(act).toThrow(/rule BadRule \(bad\): Event pattern is not valid\. Reason: /);
    });

    it('a Step Functions or Kinesis target, not yet supported locally', () => {
      // Act
      const act = (): unknown =>
        start({
          SagaRule: ruleResource({
            Name: 'saga',
            Targets: [{ Id: 'Saga', Arn: 'arn:aws:states:us-east-1:000000000000:stateMachine:order-saga' }],
          }),
          AnalyticsRule: ruleResource({
            Name: 'analytics',
            Targets: [{ Id: 'Stream', Arn: 'arn:aws:kinesis:us-east-1:000000000000:stream/analytics' }],
          }),
        });

      // Assess
      expect(act).toThrow(/rule SagaRule \(saga\): Target Saga: Step Functions targets .* are not yet supported locally/);
      expect(act).toThrow(/rule AnalyticsRule \(analytics\): Target Stream: Kinesis targets .* are not yet supported locally/);
    });

    it('a scheduled rule, which would never fire', () => {
      // Act
      const act = (): unknown =>
        start({ Nightly: ruleResource({ Name: 'nightly', EventPattern: undefined, ScheduleExpression: 'rate(1 day)' }) });

      // Assess
      expect(act).toThrow(/rule Nightly \(nightly\): scheduled rules \(ScheduleExpression\) are not yet supported locally/);
    });

    it('any target, when no delivery ports are wired', () => {
      // Act
      const act = (): unknown => start({ OrdersRule: ruleResource({ Name: 'orders' }) }, { wired: false });

      // Assess
      expect(act).toThrow(/rule OrdersRule \(orders\): Target Target0: SQS targets .* are not yet supported locally/);
    });

    it('every problem at once', () => {
      // Act
      let error: unknown;
      try {
        start({
          First: ruleResource({ Name: 'first', EventPattern: { detail: { n: [{ numeric: ['>'] }] } } }),
          Second: ruleResource({ Name: 'second', Targets: [{ Id: 'T', Arn: QUEUE_ARN, Input: 'not json' }] }),
        });
      } catch (caught) {
        error = caught;
      }

      // Assess
      expect(error).toBeInstanceOf(EventBridgeStartError);
      expect((error as EventBridgeStartError).problems).toEqual([
        expect.stringMatching(/^rule First \(first\): Event pattern is not valid/),
        'rule Second (second): Target T: Input must be valid JSON text',
      ]);
    });
  });
});
