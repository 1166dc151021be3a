import {
  DeleteRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import type { Json } from '../../../assembly/json';
import { RuleIndex } from '../..';
import { startHarness, type Harness } from './support/eventbridge-harness';

const entry = (source: string, detailType: string, busName = 'ecommerce-dev'): PutEventsRequestEntry => ({
  EventBusName: busName,
  Source: source,
  DetailType: detailType,
  Detail: '{}',
});

describe('which rules an event fires', () => {
  let harness: Harness;
  const queueOf = (rule: string): string => `arn:aws:sqs:us-east-1:000000000000:${rule}`;

  /** A rule on the shop bus with one SQS target named after it. */
  const rule = async (name: string, pattern: object, busName = 'ecommerce-dev'): Promise<void> => {
    await harness.sdk.send(new PutRuleCommand({ Name: name, EventBusName: busName, EventPattern: JSON.stringify(pattern) }));
    await harness.sdk.send(new PutTargetsCommand({ Rule: name, EventBusName: busName, Targets: [{ Id: 'q', Arn: queueOf(name) }] }));
  };

  /** Puts the entries, waits for delivery, and names the rules whose queue received something. */
  const fired = async (...entries: PutEventsRequestEntry[]): Promise<string[]> => {
    harness.ports.sqsCalls.length = 0;
    await harness.sdk.send(new PutEventsCommand({ Entries: entries }));
    await harness.eventBridge.idle();
    return harness.ports.sqsCalls.map((call) => call.queueArn.split(':').at(-1) ?? '').sort();
  };

  beforeEach(async () => {
    harness = await startHarness();
    await rule('orders', { source: ['ecommerce.orders'] });
    await rule('payments-captured', { source: ['ecommerce.payments'], 'detail-type': ['PaymentCaptured'] });
    await rule('any-placed', { 'detail-type': ['OrderPlaced', 'BasketCheckedOut'] });
    await rule('by-prefix', { source: [{ prefix: 'ecommerce.pay' }] });
  });

  afterEach(async () => {
    await harness.close();
  });

  it('fires exactly the rules whose pattern matches, each once', async () => {
    // Act
    const forOrder = await fired(entry('ecommerce.orders', 'OrderPlaced'));
    const forCapture = await fired(entry('ecommerce.payments', 'PaymentCaptured'));
    const forRefund = await fired(entry('ecommerce.payments', 'PaymentRefunded'));
    const forNothing = await fired(entry('ecommerce.catalog', 'ProductCreated'));

    // Assess
    expect(forOrder).toEqual(['any-placed', 'orders']);
    expect(forCapture).toEqual(['by-prefix', 'payments-captured']);
    expect(forRefund).toEqual(['by-prefix']);
    expect(forNothing).toEqual([]);
  });

  it('never fires a disabled rule, and fires it again once enabled', async () => {
    // Act
    await harness.sdk.send(new DisableRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev' }));
    const whileDisabled = await fired(entry('ecommerce.orders', 'OrderShipped'));
    await harness.sdk.send(new EnableRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev' }));
    const onceEnabled = await fired(entry('ecommerce.orders', 'OrderShipped'));

    // Assess
    expect(whileDisabled).toEqual([]);
    expect(onceEnabled).toEqual(['orders']);
  });

  it('never fires a rule created disabled', async () => {
    // Prepare
    await harness.sdk.send(
      new PutRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev', EventPattern: '{"source":["ecommerce.orders"]}', State: 'DISABLED' }),
    );

    // Act
    const result = await fired(entry('ecommerce.orders', 'OrderShipped'));

    // Assess
    expect(result).toEqual([]);
  });

  it('only fires rules of the bus the event was put on', async () => {
    // Prepare
    await rule('default-orders', { source: ['ecommerce.orders'] }, 'default');

    // Act
    const onDefault = await fired(entry('ecommerce.orders', 'OrderShipped', 'default'));

    // Assess
    expect(onDefault).toEqual(['default-orders']);
  });

  it('follows a pattern replaced by PutRule: the old values no longer fire it', async () => {
    // Act
    await harness.sdk.send(
      new PutRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev', EventPattern: '{"source":["ecommerce.baskets"]}' }),
    );
    const oldSource = await fired(entry('ecommerce.orders', 'OrderShipped'));
    const newSource = await fired(entry('ecommerce.baskets', 'BasketCreated'));

    // Assess
    expect(oldSource).toEqual([]);
    expect(newSource).toEqual(['orders']);
  });

  it('stops firing a deleted rule', async () => {
    // Act
    await harness.sdk.send(new RemoveTargetsCommand({ Rule: 'orders', EventBusName: 'ecommerce-dev', Ids: ['q'] }));
    await harness.sdk.send(new DeleteRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev' }));
    const result = await fired(entry('ecommerce.orders', 'OrderShipped'));

    // Assess
    expect(result).toEqual([]);
  });
});

describe('RuleIndex', () => {
  it('offers a rule pinned to exact sources only for events with one of them', () => {
    // Prepare
    const index = new RuleIndex<string>();
    index.add('orders', { source: ['ecommerce.orders', 'ecommerce.baskets'] });

    // Act
    const forBasket = index.candidates({ source: 'ecommerce.baskets', 'detail-type': 'X' });
    const forPayment = index.candidates({ source: 'ecommerce.payments', 'detail-type': 'X' });

    // Assess
    expect([forBasket, forPayment]).toEqual([['orders'], []]);
  });

  it('files a rule pinning both fields under the pair, so the other field must match too', () => {
    // Prepare
    const index = new RuleIndex<string>();
    index.add('captured', { source: ['ecommerce.payments'], 'detail-type': ['PaymentCaptured'] });

    // Act
    const pair = index.candidates({ source: 'ecommerce.payments', 'detail-type': 'PaymentCaptured' });
    const sameSource = index.candidates({ source: 'ecommerce.payments', 'detail-type': 'PaymentRefunded' });

    // Assess
    expect([pair, sameSource]).toEqual([['captured'], []]);
  });

  it.each<[string, Json]>([
    ['a prefix', { source: [{ prefix: 'ecommerce.' }] }],
    ['a value that is not a string', { source: ['ecommerce.orders', null] }],
    ['only other fields', { detail: { status: ['PAID'] } }],
    ['$or', { $or: [{ source: ['a'] }, { 'detail-type': ['b'] }] }],
  ])('always offers a rule whose source and detail-type are not exact strings (%s)', (_, pattern) => {
    // Prepare
    const index = new RuleIndex<string>();
    index.add('rule', pattern);

    // Act
    const candidates = index.candidates({ source: 'anything', 'detail-type': 'Whatever' });

    // Assess
    expect(candidates).toEqual(['rule']);
  });

  it('forgets a removed rule wherever it was filed', () => {
    // Prepare
    const index = new RuleIndex<string>();
    index.add('a', { source: ['s'], 'detail-type': ['t'] });
    index.add('b', { 'detail-type': ['t'] });

    // Act
    index.remove('a');
    index.remove('b');

    // Assess
    expect(index.candidates({ source: 's', 'detail-type': 't' })).toEqual([]);
    expect(index.size).toBe(0);
  });
});
