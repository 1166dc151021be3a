import type { JsonObject } from '../../../../assembly/json';
import { matching, type CaseGroup } from './case-table';

// Whole events in this project's envelope (ARCHITECTURE.md §5) against the kinds of rules its domains declare.

const priceChanged: JsonObject = {
  version: '0',
  id: '5b2e0c61-8d4f-4a1e-9c3b-7a6d5e4f3a21',
  'detail-type': 'ProductPriceChanged',
  source: 'ecommerce.catalog',
  account: '000000000000',
  time: '2025-03-14T09:26:53Z',
  region: 'us-east-1',
  resources: [],
  detail: {
    metadata: {
      eventId: '01JPBQ3K9V7W2X4Y6Z8A0B1C2D',
      schemaVersion: '1',
      correlationId: 'corr-42',
      occurredAt: '2025-03-14T09:26:53.120Z',
    },
    data: {
      productId: '01JPBQ1F5G7H9J1K3M5N7P9Q0R',
      oldPrice: { amount: 4999, currency: 'EUR' },
      newPrice: { amount: 3999, currency: 'EUR' },
      version: 3,
    },
  },
};

const orderPlaced: JsonObject = {
  ...priceChanged,
  'detail-type': 'OrderPlaced',
  source: 'ecommerce.order',
  detail: {
    metadata: { eventId: '01JPBR0000000000000000000A', schemaVersion: '1', correlationId: 'corr-43', causationId: '01JPBQZZZZZZZZZZZZZZZZZZZZ', occurredAt: '2025-03-14T09:30:00.000Z' },
    data: {
      orderId: '01JPBR11111111111111111111',
      items: [
        { productId: 'p-1', quantity: 1, unitPrice: { amount: 1999, currency: 'EUR' } },
        { productId: 'p-2', quantity: 3, unitPrice: { amount: 500, currency: 'EUR' } },
      ],
      total: { amount: 3499, currency: 'EUR' },
    },
  },
};

const orderCancelled = (reason: string): JsonObject => ({
  ...orderPlaced,
  'detail-type': 'OrderCancelled',
  detail: { metadata: { eventId: `01JPBS-${reason}`, schemaVersion: '1', correlationId: 'c', occurredAt: '2025-03-14T10:00:00Z' }, data: { orderId: 'o-1', reason } },
});

export const SHOP_EVENTS: readonly CaseGroup[] = [
  matching('rules on the shop bus', [
    {
      name: "the basket's price subscription matches a price change",
      pattern: { source: ['ecommerce.catalog'], 'detail-type': ['ProductPriceChanged', 'ProductDeleted'] },
      event: priceChanged,
      matches: true,
    },
    {
      name: "the basket's price subscription ignores an order event",
      pattern: { source: ['ecommerce.catalog'], 'detail-type': ['ProductPriceChanged', 'ProductDeleted'] },
      event: orderPlaced,
      matches: false,
    },
    { name: 'the analytics rule takes every ecommerce.* event', pattern: { source: [{ prefix: 'ecommerce.' }] }, event: orderPlaced, matches: true },
    { name: 'the analytics rule ignores AWS service events', pattern: { source: [{ prefix: 'ecommerce.' }] }, event: { ...priceChanged, source: 'aws.events' }, matches: false },
    {
      name: 'a price-drop rule compares the nested amounts numerically',
      pattern: { 'detail-type': ['ProductPriceChanged'], detail: { data: { newPrice: { amount: [{ numeric: ['<', 4000] }], currency: ['EUR'] } } } },
      event: priceChanged,
      matches: true,
    },
    {
      name: 'a price-drop rule does not match in another currency',
      pattern: { 'detail-type': ['ProductPriceChanged'], detail: { data: { newPrice: { amount: [{ numeric: ['<', 4000] }], currency: ['USD'] } } } },
      event: priceChanged,
      matches: false,
    },
    {
      name: 'a rule on the metadata requires a causation id, which a first event lacks',
      pattern: { detail: { metadata: { causationId: [{ exists: true }], schemaVersion: ['1'] } } },
      event: priceChanged,
      matches: false,
    },
    {
      name: 'the same rule matches a caused event',
      pattern: { detail: { metadata: { causationId: [{ exists: true }], schemaVersion: ['1'] } } },
      event: orderPlaced,
      matches: true,
    },
    {
      name: 'an $or over cheap-now or expensive-before does not match a mid-range change',
      pattern: { detail: { data: { $or: [{ newPrice: { amount: [{ numeric: ['<', 1000] }] } }, { oldPrice: { amount: [{ numeric: ['>', 5000] }] } }] } } },
      event: priceChanged,
      matches: false,
    },
    {
      name: 'a rule on order lines matches a line with both the product and a quantity above one',
      pattern: { source: ['ecommerce.order'], detail: { data: { items: { productId: ['p-2'], quantity: [{ numeric: ['>', 1] }] } } } },
      event: orderPlaced,
      matches: true,
    },
    {
      name: 'a rule on order lines does not combine conditions from different lines',
      pattern: { source: ['ecommerce.order'], detail: { data: { items: { productId: ['p-1'], quantity: [{ numeric: ['>', 1] }] } } } },
      event: orderPlaced,
      matches: false,
    },
    {
      name: 'a cancellation alert skips customer cancellations',
      pattern: { source: ['ecommerce.order'], 'detail-type': ['OrderCancelled'], detail: { data: { reason: [{ 'anything-but': ['CUSTOMER_CANCELLED'] }] } } },
      event: orderCancelled('CUSTOMER_CANCELLED'),
      matches: false,
    },
    {
      name: 'a cancellation alert fires for a declined payment',
      pattern: { source: ['ecommerce.order'], 'detail-type': ['OrderCancelled'], detail: { data: { reason: [{ 'anything-but': ['CUSTOMER_CANCELLED'] }] } } },
      event: orderCancelled('PAYMENT_DECLINED'),
      matches: true,
    },
    {
      name: 'an archive rule for one account and region matches its events',
      pattern: { source: [{ wildcard: 'ecommerce.*' }], account: ['000000000000'], region: [{ prefix: 'us-' }], resources: [{ exists: false }] },
      event: priceChanged,
      matches: true,
    },
    {
      name: 'a correlation rule matches on the id, ignoring case',
      pattern: { detail: { metadata: { correlationId: [{ 'equals-ignore-case': 'CORR-42' }] } } },
      event: priceChanged,
      matches: true,
    },
  ]),
];
