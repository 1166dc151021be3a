import {
  DeleteRuleCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  ListRulesCommand,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { ACCOUNT, startHarness, type Harness } from './support/eventbridge-harness';

const ORDERS_PATTERN = '{"source": ["ecommerce.orders"], "detail-type": ["OrderPlaced"]}';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:orders';

describe('rules through the EventBridge API', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('PutRule and DescribeRule', () => {
    it('creates a rule on a custom bus and describes it with the pattern as given', async () => {
      // Act
      const { RuleArn } = await harness.sdk.send(
        new PutRuleCommand({
          Name: 'orders-placed',
          EventBusName: 'ecommerce-dev',
          EventPattern: ORDERS_PATTERN,
          Description: 'Orders to fulfil',
        }),
      );
      const described = await harness.sdk.send(new DescribeRuleCommand({ Name: 'orders-placed', EventBusName: 'ecommerce-dev' }));

      // Assess
      expect(RuleArn).toBe('arn:aws:events:us-east-1:000000000000:rule/ecommerce-dev/orders-placed');
      expect(described).toMatchObject({
        Name: 'orders-placed',
        Arn: RuleArn,
        EventPattern: ORDERS_PATTERN,
        State: 'ENABLED',
        Description: 'Orders to fulfil',
        EventBusName: 'ecommerce-dev',
        CreatedBy: ACCOUNT,
      });
    });

    it('puts a rule without a bus name on the default bus, with a rule/<name> ARN', async () => {
      // Act
      const { RuleArn } = await harness.sdk.send(new PutRuleCommand({ Name: 'all', EventPattern: '{"source":["x"]}' }));
      const described = await harness.sdk.send(new DescribeRuleCommand({ Name: 'all' }));

      // Assess
      expect(RuleArn).toBe('arn:aws:events:us-east-1:000000000000:rule/all');
      expect(described.EventBusName).toBe('default');
    });

    it('replaces the definition on a second PutRule, resetting what it omits and keeping the targets', async () => {
      // Prepare
      const rule = { Name: 'orders', EventBusName: 'ecommerce-dev' };
      await harness.sdk.send(new PutRuleCommand({ ...rule, EventPattern: ORDERS_PATTERN, State: 'DISABLED', Description: 'old' }));
      await harness.sdk.send(new PutTargetsCommand({ Rule: 'orders', EventBusName: 'ecommerce-dev', Targets: [{ Id: 'q', Arn: QUEUE_ARN }] }));

      // Act
      await harness.sdk.send(new PutRuleCommand({ ...rule, EventPattern: '{"source":["ecommerce.payments"]}' }));

      // Assess
      const described = await harness.sdk.send(new DescribeRuleCommand(rule));
      expect(described.State).toBe('ENABLED');
      expect(described.Description).toBeUndefined();
      expect(described.EventPattern).toBe('{"source":["ecommerce.payments"]}');
      const { Targets } = await harness.sdk.send(new ListTargetsByRuleCommand({ Rule: 'orders', EventBusName: 'ecommerce-dev' }));
      expect(Targets?.map((target) => target.Id)).toEqual(['q']);
    });

    it('refuses an invalid pattern with InvalidEventPatternException and the reason', async () => {
      // Act
      const act = harness.sdk.send(new PutRuleCommand({ Name: 'bad', EventPattern: '{"detail": {"price": [{"numeric": [">", "ten"]}]}}' }));

      // Assess
      await expect(act).rejects.toMatchObject({
        name: 'InvalidEventPatternException',
        message: expect.stringMatching(/^Event pattern is not valid\. Reason: .*numeric/) as unknown,
        $metadata: { httpStatusCode: 400 },
      });
      await expect(harness.sdk.send(new DescribeRuleCommand({ Name: 'bad' }))).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
      });
    });

    it('refuses a rule with neither pattern nor schedule, and a scheduled rule it could never fire', async () => {
      // Act
      const neither = harness.sdk.send(new PutRuleCommand({ Name: 'empty' }));
      const scheduled = harness.sdk.send(new PutRuleCommand({ Name: 'nightly', ScheduleExpression: 'rate(1 day)' }));

      // Assess
      await expect(neither).rejects.toMatchObject({
        name: 'ValidationException',
        message: 'Parameter(s) EventPattern or ScheduleExpression must be specified.',
      });
      await expect(scheduled).rejects.toMatchObject({
        name: 'ValidationException',
        message: expect.stringContaining('not yet supported locally') as unknown,
      });
    });

    it('refuses a rule name outside the allowed characters and a bus that does not exist', async () => {
      // Act
      const badName = harness.sdk.send(new PutRuleCommand({ Name: 'orders placed', EventPattern: ORDERS_PATTERN }));
      const noBus = harness.sdk.send(new PutRuleCommand({ Name: 'o', EventBusName: 'ecommerce-prod', EventPattern: ORDERS_PATTERN }));

      // Assess
      await expect(badName).rejects.toMatchObject({
        name: 'ValidationException',
        message:
          "1 validation error detected: Value 'orders placed' at 'name' failed to satisfy constraint: " +
          'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+',
      });
      await expect(noBus).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        message: 'Event bus ecommerce-prod does not exist.',
      });
    });

    it('answers ResourceNotFoundException naming rule and bus for a rule that does not exist', async () => {
      // Act
      const act = harness.sdk.send(new DescribeRuleCommand({ Name: 'missing', EventBusName: 'ecommerce-dev' }));

      // Assess
      await expect(act).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        message: 'Rule missing does not exist on EventBus ecommerce-dev.',
      });
    });
  });

  describe('ListRules', () => {
    beforeEach(async () => {
      for (const name of ['orders-c', 'orders-a', 'payments', 'orders-b']) {
        await harness.sdk.send(new PutRuleCommand({ Name: name, EventBusName: 'ecommerce-dev', EventPattern: ORDERS_PATTERN }));
      }
    });

    it('lists the rules of a bus by name, filtered by prefix', async () => {
      // Act
      const { Rules } = await harness.sdk.send(new ListRulesCommand({ EventBusName: 'ecommerce-dev', NamePrefix: 'orders' }));
      const onDefault = await harness.sdk.send(new ListRulesCommand({}));

      // Assess
      expect(Rules?.map((rule) => rule.Name)).toEqual(['orders-a', 'orders-b', 'orders-c']);
      expect(Rules?.[0]).toMatchObject({ EventPattern: ORDERS_PATTERN, State: 'ENABLED', EventBusName: 'ecommerce-dev' });
      expect(onDefault.Rules).toEqual([]);
    });

    it('pages with Limit and NextToken', async () => {
      // Act
      const first = await harness.sdk.send(new ListRulesCommand({ EventBusName: 'ecommerce-dev', Limit: 3 }));
      const second = await harness.sdk.send(
        new ListRulesCommand({ EventBusName: 'ecommerce-dev', Limit: 3, NextToken: first.NextToken }),
      );

      // Assess
      expect(first.Rules?.map((rule) => rule.Name)).toEqual(['orders-a', 'orders-b', 'orders-c']);
      expect(second.Rules?.map((rule) => rule.Name)).toEqual(['payments']);
      expect(second.NextToken).toBeUndefined();
    });
  });

  describe('EnableRule and DisableRule', () => {
    it('switches the state DescribeRule reports', async () => {
      // Prepare
      await harness.sdk.send(new PutRuleCommand({ Name: 'orders', EventPattern: ORDERS_PATTERN }));

      // Act
      await harness.sdk.send(new DisableRuleCommand({ Name: 'orders' }));
      const disabled = await harness.sdk.send(new DescribeRuleCommand({ Name: 'orders' }));
      await harness.sdk.send(new EnableRuleCommand({ Name: 'orders' }));
      const enabled = await harness.sdk.send(new DescribeRuleCommand({ Name: 'orders' }));

      // Assess
      expect([disabled.State, enabled.State]).toEqual(['DISABLED', 'ENABLED']);
    });

    it('answers ResourceNotFoundException for a rule that does not exist', async () => {
      // Act
      const act = harness.sdk.send(new EnableRuleCommand({ Name: 'missing' }));

      // Assess
      await expect(act).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        message: 'Rule missing does not exist on EventBus default.',
      });
    });
  });

  describe('DeleteRule', () => {
    it('refuses to delete a rule that still has targets, then deletes it once they are removed', async () => {
      // Prepare
      await harness.sdk.send(new PutRuleCommand({ Name: 'orders', EventPattern: ORDERS_PATTERN }));
      await harness.sdk.send(new PutTargetsCommand({ Rule: 'orders', Targets: [{ Id: 'q', Arn: QUEUE_ARN }] }));

      // Act
      const refused = harness.sdk.send(new DeleteRuleCommand({ Name: 'orders' }));
      await expect(refused).rejects.toMatchObject({
        name: 'ValidationException',
        message: "Rule can't be deleted since it has targets.",
      });
      await harness.sdk.send(new RemoveTargetsCommand({ Rule: 'orders', Ids: ['q'] }));
      await harness.sdk.send(new DeleteRuleCommand({ Name: 'orders' }));

      // Assess
      await expect(harness.sdk.send(new DescribeRuleCommand({ Name: 'orders' }))).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
      });
    });

    it('succeeds for a rule that does not exist, as AWS does', async () => {
      // Act
      const output = await harness.sdk.send(new DeleteRuleCommand({ Name: 'never-existed' }));

      // Assess
      expect(output.$metadata.httpStatusCode).toBe(200);
    });
  });
});
