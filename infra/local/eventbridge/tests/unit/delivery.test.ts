import { PutEventsCommand, PutRuleCommand, PutTargetsCommand, type Target } from '@aws-sdk/client-eventbridge';
import { retryDelaySeconds, TargetDeliveryError } from '../..';
import { NOW, startHarness, type Harness } from './support/eventbridge-harness';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:fulfil';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:orders';
const DLQ_ARN = 'arn:aws:sqs:us-east-1:000000000000:orders-dlq';
const RULE_ARN = 'arn:aws:events:us-east-1:000000000000:rule/ecommerce-dev/orders';
const ORDER_PLACED = {
  EventBusName: 'ecommerce-dev',
  Source: 'ecommerce.orders',
  DetailType: 'OrderPlaced',
  Detail: JSON.stringify({ orderId: 'o-1', total: 42 }),
};
const DELIVERED_EVENT = {
  version: '0',
  id: 'event-1',
  'detail-type': 'OrderPlaced',
  source: 'ecommerce.orders',
  account: '000000000000',
  time: '2026-11-24T10:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail: { orderId: 'o-1', total: 42 },
};

describe('delivery to targets', () => {
  let harness: Harness;

  const withTargets = async (...targets: Target[]): Promise<void> => {
    await harness.sdk.send(
      new PutRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev', EventPattern: '{"source":["ecommerce.orders"]}' }),
    );
    const output = await harness.sdk.send(new PutTargetsCommand({ Rule: 'orders', EventBusName: 'ecommerce-dev', Targets: targets }));
    expect(output.FailedEntries).toEqual([]);
  };

  const putOrder = async (): Promise<void> => {
    await harness.sdk.send(new PutEventsCommand({ Entries: [ORDER_PLACED] }));
    await harness.eventBridge.idle();
  };

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('targets that accept the event', () => {
    it('invokes a Lambda target with the event, after PutEvents has answered', async () => {
      // Prepare
      await withTargets({ Id: 'fulfil', Arn: FUNCTION_ARN });
      const request = {
        method: 'POST',
        path: '/',
        query: {},
        headers: { 'x-amz-target': 'AWSEvents.PutEvents' },
        body: Buffer.from(JSON.stringify({ Entries: [ORDER_PLACED] })),
        httpVersion: '1.1' as const,
      };

      // Act
      const response = await harness.eventBridge.service.handle(request);
      const callsWhenAnswered = harness.ports.lambdaCalls.length;
      await harness.eventBridge.idle();

      // Assess
      expect(response.status).toBe(200);
      expect(callsWhenAnswered).toBe(0);
      expect(harness.ports.lambdaCalls).toHaveLength(1);
      expect(harness.ports.lambdaCalls[0]?.functionArn).toBe(FUNCTION_ARN);
      expect(JSON.parse(harness.ports.lambdaCalls[0]?.payload ?? '')).toEqual(DELIVERED_EVENT);
    });

    it('sends to a FIFO queue with the target message group', async () => {
      // Prepare
      const fifo = 'arn:aws:sqs:us-east-1:000000000000:orders.fifo';
      await withTargets({ Id: 'fifo', Arn: fifo, SqsParameters: { MessageGroupId: 'orders' } });

      // Act
      await putOrder();

      // Assess
      expect(harness.ports.sentTo(fifo)).toEqual([
        { queueArn: fifo, body: JSON.stringify(DELIVERED_EVENT), options: { messageGroupId: 'orders' } },
      ]);
    });

    it('delivers what Input, InputPath and InputTransformer say instead of the event', async () => {
      // Prepare
      const queue = (name: string): string => `${QUEUE_ARN}-${name}`;
      await withTargets(
        { Id: 'constant', Arn: queue('constant'), Input: '{"ping": true}' },
        { Id: 'path', Arn: queue('path'), InputPath: '$.detail' },
        {
          Id: 'transformed',
          Arn: queue('transformed'),
          InputTransformer: {
            InputPathsMap: { order: '$.detail.orderId', total: '$.detail.total' },
            InputTemplate: '{"order": <order>, "total": <total>, "rule": <aws.events.rule-name>, "by": "<aws.events.rule-arn>"}',
          },
        },
      );

      // Act
      await putOrder();

      // Assess
      expect(harness.ports.sentTo(queue('constant'))[0]?.body).toBe('{"ping": true}');
      expect(JSON.parse(harness.ports.sentTo(queue('path'))[0]?.body ?? '')).toEqual({ orderId: 'o-1', total: 42 });
      expect(JSON.parse(harness.ports.sentTo(queue('transformed'))[0]?.body ?? '')).toEqual({
        order: 'o-1',
        total: 42,
        rule: 'orders',
        by: RULE_ARN,
      });
    });

    it('delivers one event to every target of every matching rule', async () => {
      // Prepare
      await withTargets({ Id: 'fulfil', Arn: FUNCTION_ARN }, { Id: 'queue', Arn: QUEUE_ARN });
      await harness.sdk.send(new PutRuleCommand({ Name: 'audit', EventBusName: 'ecommerce-dev', EventPattern: '{"detail-type":["OrderPlaced"]}' }));
      await harness.sdk.send(
        new PutTargetsCommand({ Rule: 'audit', EventBusName: 'ecommerce-dev', Targets: [{ Id: 'audit', Arn: `${QUEUE_ARN}-audit` }] }),
      );

      // Act
      await putOrder();

      // Assess
      expect(harness.ports.lambdaCalls).toHaveLength(1);
      expect(harness.ports.sqsCalls.map((call) => call.queueArn).sort()).toEqual([QUEUE_ARN, `${QUEUE_ARN}-audit`]);
    });
  });

  describe('targets that fail', () => {
    it('retries a failing target until it accepts the event', async () => {
      // Prepare
      await withTargets({ Id: 'fulfil', Arn: FUNCTION_ARN, DeadLetterConfig: { Arn: DLQ_ARN } });
      harness.ports.failFor(FUNCTION_ARN, () => new TargetDeliveryError('THROTTLING', 'Rate exceeded'), 2);

      // Act
      await putOrder();

      // Assess
      expect(harness.ports.lambdaCalls).toHaveLength(3);
      expect(harness.ports.sentTo(DLQ_ARN)).toEqual([]);
      expect(harness.logger.at('error')).toEqual([]);
    });

    it('sends the event to the DLQ with the error attributes once MaximumRetryAttempts run out', async () => {
      // Prepare
      await withTargets({
        Id: 'fulfil',
        Arn: FUNCTION_ARN,
        RetryPolicy: { MaximumRetryAttempts: 2 },
        DeadLetterConfig: { Arn: DLQ_ARN },
      });
      harness.ports.failFor(FUNCTION_ARN, () => new TargetDeliveryError('ERROR_FROM_TARGET', 'Function failed: boom'));

      // Act
      await putOrder();

      // Assess
      expect(harness.ports.lambdaCalls).toHaveLength(3);
      const [message, ...others] = harness.ports.sentTo(DLQ_ARN);
      expect(others).toEqual([]);
      expect(JSON.parse(message?.body ?? '')).toEqual(DELIVERED_EVENT);
      expect(message?.options.messageAttributes).toEqual({
        RULE_ARN: { dataType: 'String', stringValue: RULE_ARN },
        TARGET_ARN: { dataType: 'String', stringValue: FUNCTION_ARN },
        ERROR_CODE: { dataType: 'String', stringValue: 'ERROR_FROM_TARGET' },
        ERROR_MESSAGE: { dataType: 'String', stringValue: 'Function failed: boom' },
        EXHAUSTED_RETRY_CONDITION: { dataType: 'String', stringValue: 'MaximumRetryAttempts' },
        RETRY_ATTEMPTS: { dataType: 'String', stringValue: '2' },
      });
      expect(harness.logger.at('warn')).toMatchObject([{ message: expect.stringContaining('dead-letter queue') as unknown }]);
    });

    it('stops retrying once the event is older than MaximumEventAgeInSeconds', async () => {
      // Prepare
      await withTargets({
        Id: 'queue',
        Arn: QUEUE_ARN,
        RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 60 },
        DeadLetterConfig: { Arn: DLQ_ARN },
      });
      harness.ports.failFor(QUEUE_ARN, () => new Error('connection reset'));

      // Act
      await putOrder();

      // Assess
      const attributes = harness.ports.sentTo(DLQ_ARN)[0]?.options.messageAttributes;
      expect(attributes?.EXHAUSTED_RETRY_CONDITION?.stringValue).toBe('MaximumEventAgeInSeconds');
      expect(attributes?.ERROR_CODE?.stringValue).toBe('UNKNOWN');
      expect(Number(attributes?.RETRY_ATTEMPTS?.stringValue)).toBeLessThan(185);
    });

    it('sends an event a retry cannot help straight to the DLQ, without an exhausted condition', async () => {
      // Prepare
      await withTargets({ Id: 'fulfil', Arn: FUNCTION_ARN, DeadLetterConfig: { Arn: DLQ_ARN } });
      harness.ports.failFor(FUNCTION_ARN, () => new TargetDeliveryError('NO_RESOURCE', 'Function not found', false));

      // Act
      await putOrder();

      // Assess
      expect(harness.ports.lambdaCalls).toHaveLength(1);
      const attributes = harness.ports.sentTo(DLQ_ARN)[0]?.options.messageAttributes;
      expect(attributes?.ERROR_CODE?.stringValue).toBe('NO_RESOURCE');
      expect(attributes?.RETRY_ATTEMPTS?.stringValue).toBe('0');
      expect(attributes?.EXHAUSTED_RETRY_CONDITION).toBeUndefined();
    });

    it('sends a transformation that renders invalid JSON to the DLQ as INVALID_JSON', async () => {
      // Prepare: values are not escaped, so a quote in the value breaks the JSON template.
      await withTargets({
        Id: 'queue',
        Arn: QUEUE_ARN,
        InputTransformer: { InputPathsMap: { note: '$.detail.note' }, InputTemplate: '{"note": <note>}' },
        DeadLetterConfig: { Arn: DLQ_ARN },
      });

      // Act
      await harness.sdk.send(new PutEventsCommand({ Entries: [{ ...ORDER_PLACED, Detail: '{"note": "say \\"hi\\""}' }] }));
      await harness.eventBridge.idle();

      // Assess
      expect(harness.ports.sentTo(QUEUE_ARN)).toEqual([]);
      expect(harness.ports.sentTo(DLQ_ARN)[0]?.options.messageAttributes?.ERROR_CODE?.stringValue).toBe('INVALID_JSON');
    });

    it('logs the loss as an error when the failing target has no DLQ', async () => {
      // Prepare
      await withTargets({ Id: 'fulfil', Arn: FUNCTION_ARN, RetryPolicy: { MaximumRetryAttempts: 0 } });
      harness.ports.failFor(FUNCTION_ARN, () => new TargetDeliveryError('THROTTLING', 'Rate exceeded'));

      // Act
      await putOrder();

      // Assess
      expect(harness.logger.at('error')).toMatchObject([
        {
          message: 'event lost: delivery to the target failed and the target has no dead-letter queue',
          fields: { eventId: 'event-1', targetArn: FUNCTION_ARN, errorCode: 'THROTTLING', exhaustedRetryCondition: 'MaximumRetryAttempts' },
        },
      ]);
    });

    it('logs the loss as an error when the DLQ refuses the event too', async () => {
      // Prepare
      await withTargets({ Id: 'fulfil', Arn: FUNCTION_ARN, RetryPolicy: { MaximumRetryAttempts: 0 }, DeadLetterConfig: { Arn: DLQ_ARN } });
      harness.ports.failFor(FUNCTION_ARN, () => new TargetDeliveryError('THROTTLING', 'Rate exceeded'));
      harness.ports.failFor(DLQ_ARN, () => new Error('The specified queue does not exist.'));

      // Act
      await putOrder();

      // Assess
      expect(harness.logger.at('error')).toMatchObject([
        { fields: { deadLetterQueueArn: DLQ_ARN, deadLetterError: 'The specified queue does not exist.' } },
      ]);
    });
  });
});

describe('retry backoff', () => {
  it('doubles its ceiling per retry up to five minutes, with a wait between half the ceiling and the ceiling', () => {
    // Act
    const shortest = [0, 1, 2, 3, 20].map((retries) => retryDelaySeconds(retries, () => 0));
    const longest = [0, 1, 2, 3, 20].map((retries) => retryDelaySeconds(retries, () => 1));

    // Assess
    expect(shortest).toEqual([0.5, 1, 2, 4, 150]);
    expect(longest).toEqual([1, 2, 4, 8, 300]);
  });

  it('is what the dispatcher waits, scaled: a retried delivery takes about the scaled backoff', async () => {
    // Prepare: waits of 1 s, then 2 s (jitter at its maximum), at a 1/1000 scale.
    const harness = await startHarness({ timeScale: 0.001, random: () => 1, now: () => NOW });
    await harness.sdk.send(
      new PutRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev', EventPattern: '{"source":["ecommerce.orders"]}' }),
    );
    await harness.sdk.send(new PutTargetsCommand({ Rule: 'orders', EventBusName: 'ecommerce-dev', Targets: [{ Id: 'q', Arn: QUEUE_ARN }] }));
    harness.ports.failFor(QUEUE_ARN, () => new TargetDeliveryError('THROTTLING', 'slow down'), 2);

    // Act
    const started = performance.now();
    await harness.sdk.send(new PutEventsCommand({ Entries: [ORDER_PLACED] }));
    await harness.eventBridge.idle();
    const elapsedMs = performance.now() - started;
    await harness.close();

    // Assess
    expect(harness.ports.sentTo(QUEUE_ARN)).toHaveLength(3);
    expect(elapsedMs).toBeGreaterThanOrEqual(3);
  });
});
