import type { OutgoingEvent } from '../../../../contracts/event-contract';
import { SequenceIds } from '../../../shared/testing/fakes';
import { replaceProduct } from '../../core/product';
import { productCreatedEvents, productDeletedEvents, productReplacedEvents } from '../../events';
import { NOW, storedProduct, validInput } from './fixtures';

const origin = () => ({ correlationId: 'corr-1', ids: new SequenceIds('01JH000000000000000000E') });

/** What EventBridge would receive, checked against the published JSON Schema. */
const assertValidOnTheWire = (events: readonly OutgoingEvent[]): void => {
  for (const { contract, detail } of events) {
    contract.validateEvent({ source: contract.source, 'detail-type': contract.detailType, detail: JSON.parse(JSON.stringify(detail)) as unknown });
  }
};

const summary = (events: readonly OutgoingEvent[]) => events.map(({ contract, detail }) => ({ type: contract.detailType, detail }));

describe('catalog events', () => {
  it('announces a new product with the full product, stamped with the creation time and correlation id', () => {
    // Prepare
    const product = storedProduct({ version: 1 });
    // Act
    const events = productCreatedEvents(product, origin());
    // Assess
    assertValidOnTheWire(events);
    expect(summary(events)).toEqual([
      {
        type: 'ProductCreated',
        detail: {
          metadata: { eventId: '01JH000000000000000000E001', schemaVersion: '1', correlationId: 'corr-1', occurredAt: product.createdAt },
          data: product,
        },
      },
    ]);
  });

  it('announces an update with the changed fields, and no price change when the price stayed', () => {
    // Prepare
    const existing = storedProduct();
    const replacement = replaceProduct(existing, validInput({ name: 'Tea cup' }), new Date(NOW));
    // Act
    const events = productReplacedEvents(existing, replacement, origin());
    // Assess
    assertValidOnTheWire(events);
    expect(summary(events)).toEqual([
      {
        type: 'ProductUpdated',
        detail: { metadata: expect.objectContaining({ occurredAt: NOW }) as object, data: { ...replacement.product, changedFields: ['name'] } },
      },
    ]);
  });

  it('announces a price change alongside the update, with old and new price and the new version', () => {
    // Prepare
    const existing = storedProduct({ version: 3 });
    const replacement = replaceProduct(existing, validInput({ price: { amount: 2499, currency: 'EUR' } }), new Date(NOW));
    // Act
    const events = productReplacedEvents(existing, replacement, origin());
    // Assess
    assertValidOnTheWire(events);
    expect(summary(events).map((event) => event.type)).toEqual(['ProductUpdated', 'ProductPriceChanged']);
    expect(events[1]?.detail.data).toEqual({
      productId: existing.productId,
      oldPrice: { amount: 1999, currency: 'EUR' },
      newPrice: { amount: 2499, currency: 'EUR' },
      version: 4,
      changedAt: NOW,
    });
  });

  it('gives every event its own id', () => {
    // Prepare
    const existing = storedProduct();
    const replacement = replaceProduct(existing, validInput({ price: { amount: 1, currency: 'EUR' } }), new Date(NOW));
    // Act
    const events = productReplacedEvents(existing, replacement, origin());
    // Assess
    expect(new Set(events.map((event) => event.detail.metadata.eventId)).size).toBe(2);
  });

  it('announces nothing when a replacement changed nothing', () => {
    // Prepare
    const existing = storedProduct();
    const replacement = replaceProduct(existing, validInput(), new Date(NOW));
    // Act
    const events = productReplacedEvents(existing, replacement, origin());
    // Assess
    expect(events).toEqual([]);
  });

  it('announces a deletion with the version the product had when it was deleted', () => {
    // Prepare
    const deleted = storedProduct({ version: 7 });
    // Act
    const events = productDeletedEvents(deleted, new Date(NOW), origin());
    // Assess
    assertValidOnTheWire(events);
    expect(summary(events)).toEqual([
      {
        type: 'ProductDeleted',
        detail: {
          metadata: expect.objectContaining({ occurredAt: NOW, correlationId: 'corr-1' }) as object,
          data: { productId: deleted.productId, version: 7, deletedAt: NOW },
        },
      },
    ]);
  });
});
