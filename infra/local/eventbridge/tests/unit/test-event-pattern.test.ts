import {
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  TestEventPatternCommand,
} from '@aws-sdk/client-eventbridge';
import type { JsonObject } from '../../../assembly/json';
import { startHarness, type Harness } from './support/eventbridge-harness';

/** What PutEvents lets a publisher choose; the rest of the envelope is EventBridge's. */
interface PublishedFields {
  readonly source: string;
  readonly 'detail-type': string;
  readonly detail: JsonObject;
  readonly resources?: readonly string[];
}

interface Case {
  readonly says: string;
  readonly pattern: JsonObject;
  readonly event: PublishedFields;
  readonly matches: boolean;
}

const order = (detail: JsonObject, resources: readonly string[] = []): PublishedFields => ({
  source: 'ecommerce.orders',
  'detail-type': 'OrderPlaced',
  detail,
  resources,
});

/** One or two rows per operator, from the EventBridge user guide's content-filtering page. */
const CASES: readonly Case[] = [
  { says: 'an exact source', pattern: { source: ['ecommerce.orders'] }, event: order({}), matches: true },
  { says: 'another source', pattern: { source: ['ecommerce.payments'] }, event: order({}), matches: false },
  { says: 'a list is an OR', pattern: { 'detail-type': ['OrderCancelled', 'OrderPlaced'] }, event: order({}), matches: true },
  { says: 'a nested exact string', pattern: { detail: { status: ['PENDING'] } }, event: order({ status: 'PENDING' }), matches: true },
  { says: 'matching is case-sensitive', pattern: { detail: { status: ['pending'] } }, event: order({ status: 'PENDING' }), matches: false },
  { says: 'a number', pattern: { detail: { lines: [2] } }, event: order({ lines: 2 }), matches: true },
  { says: 'a boolean', pattern: { detail: { gift: [true] } }, event: order({ gift: false }), matches: false },
  { says: 'null matches null', pattern: { detail: { coupon: [null] } }, event: order({ coupon: null }), matches: true },
  { says: 'null does not match a missing field', pattern: { detail: { coupon: [null] } }, event: order({}), matches: false },
  { says: 'the empty string', pattern: { detail: { note: [''] } }, event: order({ note: '' }), matches: true },
  { says: 'any element of an array field', pattern: { detail: { tags: ['gift'] } }, event: order({ tags: ['rush', 'gift'] }), matches: true },
  { says: 'resources', pattern: { resources: ['arn:order/o-1'] }, event: order({}, ['arn:order/o-1']), matches: true },
  { says: 'prefix', pattern: { source: [{ prefix: 'ecommerce.' }] }, event: order({}), matches: true },
  {
    says: 'prefix ignoring case',
    pattern: { detail: { sku: [{ prefix: { 'equals-ignore-case': 'ab-' } }] } },
    event: order({ sku: 'AB-12' }),
    matches: true,
  },
  { says: 'suffix', pattern: { detail: { file: [{ suffix: '.png' }] } }, event: order({ file: 'a.jpg' }), matches: false },
  {
    says: 'equals-ignore-case',
    pattern: { detail: { country: [{ 'equals-ignore-case': 'fr' }] } },
    event: order({ country: 'FR' }),
    matches: true,
  },
  {
    says: 'anything-but a value',
    pattern: { detail: { status: [{ 'anything-but': 'CANCELLED' }] } },
    event: order({ status: 'PENDING' }),
    matches: true,
  },
  {
    says: 'anything-but a list',
    pattern: { detail: { status: [{ 'anything-but': ['PENDING', 'CANCELLED'] }] } },
    event: order({ status: 'PENDING' }),
    matches: false,
  },
  {
    says: 'anything-but a prefix',
    pattern: { source: [{ 'anything-but': { prefix: 'aws.' } }] },
    event: order({}),
    matches: true,
  },
  {
    says: 'a numeric range',
    pattern: { detail: { total: [{ numeric: ['>', 0, '<=', 100] }] } },
    event: order({ total: 100 }),
    matches: true,
  },
  {
    says: 'outside a numeric range',
    pattern: { detail: { total: [{ numeric: ['>', 0, '<=', 100] }] } },
    event: order({ total: 100.5 }),
    matches: false,
  },
  { says: 'exists', pattern: { detail: { coupon: [{ exists: true }] } }, event: order({ coupon: 'WELCOME' }), matches: true },
  { says: 'does not exist', pattern: { detail: { coupon: [{ exists: false }] } }, event: order({}), matches: true },
  {
    says: 'an IPv4 CIDR block',
    pattern: { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    event: order({ ip: '10.0.1.5' }),
    matches: false,
  },
  { says: 'a wildcard', pattern: { 'detail-type': [{ wildcard: 'Order*d' }] }, event: order({}), matches: true },
  {
    says: '$or at the top level',
    pattern: { $or: [{ source: ['ecommerce.payments'] }, { detail: { total: [{ numeric: ['>=', 50] }] } }] },
    event: order({ total: 75 }),
    matches: true,
  },
  {
    says: 'every field must match',
    pattern: { source: ['ecommerce.orders'], detail: { status: ['CANCELLED'] } },
    event: order({ status: 'PENDING' }),
    matches: false,
  },
];

const ENVELOPE = { version: '0', id: 'event-id', account: '000000000000', time: '2026-11-24T10:00:00Z', region: 'us-east-1' };

describe('TestEventPattern', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('answers whether the pattern matches the event', async () => {
    // Prepare
    const event = JSON.stringify({ ...ENVELOPE, ...order({ status: 'PENDING' }) });

    // Act
    const matching = await harness.sdk.send(new TestEventPatternCommand({ EventPattern: '{"detail":{"status":["PENDING"]}}', Event: event }));
    const other = await harness.sdk.send(new TestEventPatternCommand({ EventPattern: '{"detail":{"status":["PAID"]}}', Event: event }));

    // Assess
    expect([matching.Result, other.Result]).toEqual([true, false]);
  });

  it('refuses an invalid pattern with InvalidEventPatternException', async () => {
    // Act
    const act = harness.sdk.send(
      new TestEventPatternCommand({ EventPattern: '{"source": "ecommerce.orders"}', Event: JSON.stringify({ ...ENVELOPE, ...order({}) }) }),
    );

    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'InvalidEventPatternException',
      message: expect.stringMatching(/^Event pattern is not valid\. Reason: /) as unknown,
    });
  });

  it.each(['id', 'account', 'source', 'time', 'region', 'resources', 'detail-type'])(
    'refuses an event without the mandatory field %s',
    async (field) => {
      // Prepare
      const event = Object.fromEntries(Object.entries({ ...ENVELOPE, ...order({}) }).filter(([key]) => key !== field));

      // Act
      const act = harness.sdk.send(new TestEventPatternCommand({ EventPattern: '{"source":["x"]}', Event: JSON.stringify(event) }));

      // Assess
      await expect(act).rejects.toMatchObject({ name: 'ValidationException', message: 'Parameter Event is not valid.' });
    },
  );

  it('refuses an event that is not a JSON object', async () => {
    // Act
    const act = harness.sdk.send(new TestEventPatternCommand({ EventPattern: '{"source":["x"]}', Event: '["not", "an", "event"]' }));

    // Assess
    await expect(act).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('gives, case by case, the answer a rule gives by delivering to its SQS target or not', async () => {
    // Prepare: one rule and one queue per case, on the shop bus.
    const queueOf = (index: number): string => `arn:aws:sqs:us-east-1:000000000000:case-${String(index)}`;
    for (const [index, { pattern }] of CASES.entries()) {
      const rule = { Name: `case-${String(index)}`, EventBusName: 'ecommerce-dev' };
      await harness.sdk.send(new PutRuleCommand({ ...rule, EventPattern: JSON.stringify(pattern) }));
      await harness.sdk.send(new PutTargetsCommand({ Rule: rule.Name, EventBusName: rule.EventBusName, Targets: [{ Id: 'q', Arn: queueOf(index) }] }));
    }

    // Act
    const answers: { says: string; testEventPattern: boolean | undefined; delivered: boolean }[] = [];
    for (const [index, { says, pattern, event }] of CASES.entries()) {
      const tested = await harness.sdk.send(
        new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: JSON.stringify({ ...ENVELOPE, ...event }) }),
      );
      const before = harness.ports.sentTo(queueOf(index)).length;
      await harness.sdk.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: 'ecommerce-dev',
              Source: event.source,
              DetailType: event['detail-type'],
              Detail: JSON.stringify(event.detail),
              Resources: [...(event.resources ?? [])],
            },
          ],
        }),
      );
      await harness.eventBridge.idle();
      answers.push({ says, testEventPattern: tested.Result, delivered: harness.ports.sentTo(queueOf(index)).length > before });
    }

    // Assess
    expect(answers).toEqual(CASES.map(({ says, matches }) => ({ says, testEventPattern: matches, delivered: matches })));
  });
});
