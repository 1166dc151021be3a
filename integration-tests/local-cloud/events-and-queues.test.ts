import {
  DescribeArchiveCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  TestEventPatternCommand,
} from '@aws-sdk/client-eventbridge';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import {
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { archivedEvents } from '../support/events-archive';
import { bootEventsTestCloud, scaledMs, type EventsTestCloud } from '../support/events-cloud';
import { eventTime, EVENTBRIDGE_DLQ_ERROR_CODES, ruleOf, single, TestBus, type TestEvent } from '../support/events-bus';
import { bodyOf, messagesWithin, receiveMessages, receiveOnce, type TestMessage } from '../support/events-queues';
import { E2E_SOURCE, VISIBILITY_SECONDS } from '../support/events-test-app';

interface BatchRecord {
  readonly messageId: string;
  readonly name: string;
  readonly receive: number;
  readonly failed: boolean;
}

/** What the batch fixture logs per invocation. */
interface BatchInvocation {
  readonly requestId: string;
  readonly records: readonly BatchRecord[];
}

describe('EventBridge and SQS in the local cloud, end to end', () => {
  let cloud: EventsTestCloud;
  let bus: TestBus;
  const withId = (id: string) => (message: TestMessage): boolean => bodyOf(message).id === id;

  beforeAll(async () => {
    cloud = await bootEventsTestCloud();
    const account = cloud.resources.ordersRuleArn.split(':')[4] ?? '';
    bus = new TestBus(cloud.events, cloud.outputs.EventBusName ?? '', account);
  });

  afterAll(async () => {
    await cloud.stop();
  });

  it('delivers an event put on the bus to a Lambda target and to SQS targets, each with its own input', async () => {
    // Prepare
    const { resources, sqs } = cloud;
    const order = {
      detailType: 'OrderPlaced',
      time: new Date('2024-05-01T10:00:00Z'),
      detail: { orderId: 'o-1001', total: 42.5, customer: { tier: 'gold' }, items: [{ sku: 'tea', qty: 2 }] },
    };
    const forOrder = (message: TestMessage): boolean => JSON.stringify(bodyOf(message)).includes('o-1001');

    // Act
    const eventId = await bus.putOne(order);

    // Assess
    const [forwarded, transformed, plain] = await Promise.all([
      receiveMessages(sqs, resources.forwardedQueueUrl, 1, { match: forOrder }),
      receiveMessages(sqs, resources.transformedQueueUrl, 1, { match: forOrder }),
      receiveMessages(sqs, resources.plainQueueUrl, 1, { match: withId(eventId) }),
    ]);
    expect(bodyOf(single(forwarded))).toEqual({ orderId: 'o-1001', total: 42.5, tier: 'gold', kind: 'OrderPlaced' });
    expect(bodyOf(single(transformed))).toEqual({
      order: 'o-1001',
      items: [{ sku: 'tea', qty: 2 }],
      from: E2E_SOURCE,
      rule: ruleOf(resources.ordersRuleArn).Name,
    });
    expect(bodyOf(single(plain))).toEqual(bus.envelope(eventId, order));
  });

  it('retries a failing Lambda target twice (Lambda, not EventBridge), then puts the event in the function DLQ', async () => {
    // Prepare
    const { resources, sqs } = cloud;
    const payment = { detailType: 'PaymentFailed', time: new Date('2024-05-01T10:05:00Z'), detail: { paymentId: 'p-7' } };

    // Act
    const eventId = await bus.putOne(payment);

    // Assess: three attempts (the first and Lambda's two retries), one minute then two minutes apart on AWS.
    const attempts = (
      await receiveMessages(sqs, resources.attemptsQueueUrl, 3, { match: (message) => bodyOf(message).eventId === eventId })
    )
      .map((message) => bodyOf(message) as { requestId: string; at: number })
      .sort((a, b) => a.at - b.at);
    const dead = single(await receiveMessages(sqs, resources.functionDlqUrl, 1, { match: withId(eventId) }));
    const [first, second, third] = attempts.map((attempt) => attempt.at);
    expect(new Set(attempts.map((attempt) => attempt.requestId)).size).toBe(1);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(scaledMs(60) * 0.95);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(scaledMs(120) * 0.95);
    expect(bodyOf(dead)).toEqual(bus.envelope(eventId, payment));
    // Lambda's DLQ attributes (developer guide): RequestID, ErrorCode (a 3-digit HTTP code, a Number), ErrorMessage.
    expect(dead.attributes).toEqual({
      RequestID: attempts[0]?.requestId,
      ErrorCode: expect.stringMatching(/^\d{3}$/) as unknown,
      ErrorMessage: `payment ${eventId} cannot be processed`,
    });
    expect(dead.attributeTypes).toEqual({ RequestID: 'String', ErrorCode: 'Number', ErrorMessage: 'String' });
    // No fourth attempt, and EventBridge saw a successful (asynchronous) invoke: its own DLQ stays empty.
    const later = await Promise.all([
      messagesWithin(sqs, resources.attemptsQueueUrl, scaledMs(60), (message) => bodyOf(message).eventId === eventId),
      messagesWithin(sqs, resources.lambdaTargetDlqUrl, scaledMs(10)),
    ]);
    expect(later).toEqual([[], []]);
  });

  it('sends an event it cannot deliver (its queue target was deleted) to the target DLQ with the EventBridge attributes', async () => {
    // Prepare
    const { resources, sqs } = cloud;
    await sqs.send(new DeleteQueueCommand({ QueueUrl: resources.doomedQueueUrl }));
    const shipment = { detailType: 'ShipmentRequested', time: new Date('2024-05-01T10:10:00Z'), detail: { shipmentId: 's-3' } };

    // Act
    const eventId = await bus.putOne(shipment);

    // Assess: a target that no longer exists is not retried (user guide): straight to the DLQ.
    const dead = single(await receiveMessages(sqs, resources.targetDlqUrl, 1, { match: withId(eventId) }));
    expect(bodyOf(dead)).toEqual(bus.envelope(eventId, shipment));
    expect(dead.attributes).toMatchObject({
      RULE_ARN: resources.shipmentsRuleArn,
      TARGET_ARN: resources.doomedQueueArn,
      RETRY_ATTEMPTS: '0',
    });
    expect(EVENTBRIDGE_DLQ_ERROR_CODES).toContain(dead.attributes.ERROR_CODE);
    expect(dead.attributes.ERROR_MESSAGE).toMatch(/\S/);
  });

  it('does not fire a disabled rule, while an enabled rule with the same pattern delivers the event', async () => {
    // Prepare
    const { resources, sqs, events } = cloud;
    const disabledRule = ruleOf(resources.disabledRuleArn);
    const order = { detailType: 'OrderPlaced', detail: { orderId: 'o-2001', total: 1, customer: { tier: 'new' }, items: [] } };

    // Act
    const eventId = await bus.putOne(order);

    // Assess
    const { State } = await events.send(new DescribeRuleCommand(disabledRule));
    expect(State).toBe('DISABLED');
    expect(await receiveMessages(sqs, resources.plainQueueUrl, 1, { match: withId(eventId) })).toHaveLength(1);
    expect(await messagesWithin(sqs, resources.disabledQueueUrl, scaledMs(30))).toEqual([]);
  });

  it('fires the same rule once EnableRule has enabled it', async () => {
    // Prepare
    const { resources, sqs, events } = cloud;
    const disabledRule = ruleOf(resources.disabledRuleArn);
    await events.send(new EnableRuleCommand(disabledRule));
    try {
      // Act
      const order = { detailType: 'OrderPlaced', detail: { orderId: 'o-2002', total: 2, customer: { tier: 'new' }, items: [] } };
      const eventId = await bus.putOne(order);

      // Assess
      const delivered = await receiveMessages(sqs, resources.disabledQueueUrl, 1);
      expect(bodyOf(single(delivered)).id).toBe(eventId);
    } finally {
      await events.send(new DisableRuleCommand(disabledRule));
    }
  });

  it('redelivers a received message once its visibility timeout expires, with ApproximateReceiveCount 2', async () => {
    // Prepare
    const { resources, sqs } = cloud;
    const url = resources.visibilityQueueUrl;
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'redeliver me' }));

    // Act
    const first = single(await receiveMessages(sqs, url, 1, { delete: false }));
    const receivedAt = Date.now();
    const whileInFlight = await receiveOnce(sqs, url);
    const second = single(await receiveMessages(sqs, url, 1));

    // Assess
    expect(whileInFlight).toEqual([]);
    expect(Date.now() - receivedAt).toBeGreaterThanOrEqual(scaledMs(VISIBILITY_SECONDS.redelivery) * 0.9);
    expect([first.receiveCount, second.receiveCount]).toEqual([1, 2]);
    expect(second.messageId).toBe(first.messageId);
    expect(second.receiptHandle).not.toBe(first.receiptHandle);
    expect(second.body).toBe('redeliver me');
  });

  it('moves a message received maxReceiveCount times to the dead-letter queue', async () => {
    // Prepare: maxReceiveCount is 2.
    const { resources, sqs } = cloud;
    const url = resources.redriveQueueUrl;
    const { MessageId } = await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'poison' }));

    // Act: two receives that never delete, then a consumer that keeps polling.
    const receives = [
      single(await receiveMessages(sqs, url, 1, { delete: false })),
      single(await receiveMessages(sqs, url, 1, { delete: false })),
    ];
    const third = await messagesWithin(sqs, url, scaledMs(VISIBILITY_SECONDS.redrive) * 4);

    // Assess
    expect(receives.map((message) => message.receiveCount)).toEqual([1, 2]);
    expect(third).toEqual([]);
    const moved = single(await receiveMessages(sqs, resources.redriveDlqUrl, 1));
    expect([moved.messageId, moved.body]).toEqual([MessageId, 'poison']);
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    expect(Attributes).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
  });

  it('redelivers only the messages an SQS → Lambda batch reports as failed', async () => {
    // Prepare: a warm function, so the batch finishes well within the queue's visibility timeout.
    const { resources, sqs, lambda } = cloud;
    await lambda.send(new InvokeCommand({ FunctionName: resources.batchFunctionName, Payload: JSON.stringify({ Records: [] }) }));
    const work = [{ name: 'a' }, { name: 'b', failReceives: 1 }, { name: 'c' }];

    // Act
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: resources.batchQueueUrl,
        Entries: work.map((body) => ({ Id: body.name, MessageBody: JSON.stringify(body) })),
      }),
    );

    // Assess: one batch of three with b failed, then b alone on its second receive (a and c, had they stayed in the
    // queue, would have come back with it) — and nothing after.
    const invocations = (await receiveMessages(sqs, resources.batchLogQueueUrl, 2))
      .map((message) => bodyOf(message) as unknown as BatchInvocation)
      .sort((a, b) => b.records.length - a.records.length);
    const summary = invocations.map((invocation) =>
      invocation.records.map(({ name, receive, failed }) => ({ name, receive, failed })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(summary).toEqual([
      [
        { name: 'a', receive: 1, failed: false },
        { name: 'b', receive: 1, failed: true },
        { name: 'c', receive: 1, failed: false },
      ],
      [{ name: 'b', receive: 2, failed: false }],
    ]);
    expect(await messagesWithin(sqs, resources.batchLogQueueUrl, scaledMs(VISIBILITY_SECONDS.batch))).toEqual([]);
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: resources.batchQueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    expect(Attributes).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
  });

  it('answers TestEventPattern as the real rules delivered', async () => {
    // Prepare
    const { resources, sqs, events } = cloud;
    const time = new Date('2024-05-01T11:00:00Z');
    const candidates: (TestEvent & { time: Date })[] = [
      { detailType: 'PatternProbe', time, detail: { amount: 150, region: 'eu-west-1', coupon: 'SPRING' } },
      { detailType: 'PatternProbe', time, detail: { amount: 100, region: 'eu-west-1', coupon: 'SPRING' } },
      { detailType: 'PatternProbe', time, detail: { amount: 150, region: 'us-east-1', coupon: 'SPRING' } },
      { detailType: 'PatternProbe', time, detail: { amount: 150, region: 'eu-west-1' } },
      { detailType: 'OrderPlaced', time, detail: { orderId: 'o-3001', total: 150, customer: { tier: 'gold' }, items: [] } },
    ];
    const rules = [resources.probeRuleArn, resources.ordersRuleArn];
    const patterns = await Promise.all(
      rules.map(async (arn) => (await events.send(new DescribeRuleCommand(ruleOf(arn)))).EventPattern ?? ''),
    );

    // Act
    const ids = await bus.put(...candidates);
    const isCandidate = (message: TestMessage): boolean => ids.includes(String(bodyOf(message).id));
    const probeDelivered = await receiveMessages(sqs, resources.probeQueueUrl, 1, { match: isCandidate });
    const ordersDelivered = await receiveMessages(sqs, resources.plainQueueUrl, 1, { match: isCandidate });
    const lateDeliveries = await Promise.all([
      messagesWithin(sqs, resources.probeQueueUrl, scaledMs(30), isCandidate),
      messagesWithin(sqs, resources.plainQueueUrl, scaledMs(10), isCandidate),
    ]);
    const delivered = [probeDelivered, ordersDelivered].map((messages) => messages.map((message) => String(bodyOf(message).id)));
    const answers = await Promise.all(
      patterns.map((pattern) =>
        Promise.all(
          candidates.map(async (candidate, index) => {
            const event = bus.envelope(ids[index] ?? '', candidate);
            const { Result } = await events.send(new TestEventPatternCommand({ EventPattern: pattern, Event: JSON.stringify(event) }));
            return Result;
          }),
        ),
      ),
    );

    // Assess
    expect(lateDeliveries).toEqual([[], []]);
    expect(delivered).toEqual([[ids[0]], [ids[4]]]);
    expect(answers).toEqual(delivered.map((deliveredIds) => ids.map((id) => deliveredIds.includes(id))));
  });

  it('keeps every event put on the bus in the archive, with its own time', async () => {
    // Prepare
    const archiveName = cloud.outputs.ArchiveName ?? '';
    const before = await cloud.events.send(new DescribeArchiveCommand({ ArchiveName: archiveName }));
    const times = [new Date('2023-12-31T23:59:59Z'), new Date('2024-02-29T12:00:00Z')];
    const putAt = new Date();

    // Act: events no rule matches are archived all the same.
    const ids = await bus.put(...times.map((time) => ({ detailType: 'Unrouted', time, detail: { kept: true } })));

    // Assess
    const after = await cloud.events.send(new DescribeArchiveCommand({ ArchiveName: archiveName }));
    expect(after.EventCount).toBe((before.EventCount ?? 0) + ids.length);
    expect(after.EventCount).toBe(bus.putEventIds.length);
    expect(after.SizeBytes).toBeGreaterThan(before.SizeBytes ?? 0);
    const archived = archivedEvents(cloud.dataDir, archiveName);
    expect(archived.map((record) => record.eventId)).toEqual(bus.putEventIds);
    const latest = archived.filter((record) => ids.includes(record.eventId));
    expect(latest.map((record) => record.time)).toEqual(times.map(eventTime));
    for (const record of latest) {
      expect(Date.parse(record.ingestionTime)).toBeGreaterThanOrEqual(putAt.getTime());
      expect(Date.parse(record.ingestionTime)).toBeLessThanOrEqual(Date.now());
    }
  });
});
