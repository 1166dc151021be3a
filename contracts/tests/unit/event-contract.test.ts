import { buildEvent, defineEvent, EventValidationError, parseIncomingEvent } from '../../event-contract';
import { ProductDeletedV1, type ProductDeletedV1Data } from '../../events/catalog';
import { compileEventSchema } from '../../schema-compilers';

const data: ProductDeletedV1Data = {
  productId: '01JCZ8Q3W5D7N2K4M6P8R0T1VX',
  version: 3,
  deletedAt: '2025-11-25T16:40:02.009Z',
};
const context = {
  eventId: '01JDBX4H5J6K7M8N9P0Q1R2S3T',
  occurredAt: '2025-11-25T16:40:02.009Z',
  correlationId: 'req-1',
};

function asDelivered(detail: unknown): Record<string, unknown> {
  return { source: 'ecommerce.catalog', 'detail-type': 'ProductDeleted', detail };
}

function validationErrorOf(act: () => unknown): EventValidationError {
  try {
    act();
  } catch (error) {
    if (error instanceof EventValidationError) return error;
    throw error;
  }
  throw new Error('expected an EventValidationError');
}

describe('defineEvent', () => {
  it('derives the Schema Registry name from source, detail-type and major version', () => {
    // Prepare
    const spec = { source: 'ecommerce.order', detailType: 'OrderPlaced', schemaVersion: '2', schema: {}, validate: compileEventSchema({}) };

    // Act
    const contract = defineEvent(spec);

    // Assess
    expect(contract.schemaName).toBe('ecommerce.order@OrderPlaced-v2');
  });

  it('rejects a source outside the ecommerce namespace and a non-integer version', () => {
    // Prepare
    const validate = compileEventSchema({});
    const badSource = { source: 'catalog', detailType: 'ProductCreated', schemaVersion: '1', schema: {}, validate };
    const badVersion = { source: 'ecommerce.catalog', detailType: 'ProductCreated', schemaVersion: '1.0', schema: {}, validate };

    // Act
    const actions = [() => defineEvent(badSource), () => defineEvent(badVersion)];

    // Assess
    for (const act of actions) expect(act).toThrow(/Invalid event contract/);
  });

  it('never compiles its schema: the verdict is the precompiled validator\'s', () => {
    // Prepare: a schema ajv would refuse to compile (unknown keyword in strict mode), and a validator of another one
    const validate = compileEventSchema({ type: 'object', properties: { detail: { type: 'object' } }, required: ['detail'] });
    const spec = { source: 'ecommerce.test', detailType: 'Probe', schemaVersion: '1', schema: { notAKeyword: true }, validate };

    // Act
    const contract = defineEvent(spec);
    const error = validationErrorOf(() => {
      contract.validateEvent({});
    });

    // Assess
    expect(error.details).toEqual([{ path: '/detail', message: 'is required' }]);
  });
});

describe('validateEvent', () => {
  it('accepts a well-formed event', () => {
    // Prepare
    const event = asDelivered(buildEvent(ProductDeletedV1, data, context).detail);

    // Act
    const act = () => {
      ProductDeletedV1.validateEvent(event);
    };

    // Assess
    expect(act).not.toThrow();
  });

  it('reports every problem with a JSON Pointer to the offending field', () => {
    // Prepare
    const event = asDelivered({
      metadata: { ...buildEvent(ProductDeletedV1, data, context).detail.metadata, eventId: undefined },
      data: { ...data, version: 0, colour: 'red' },
    });

    // Act
    const error = validationErrorOf(() => {
      ProductDeletedV1.validateEvent(event);
    });

    // Assess
    expect(error.code).toBe('EVENT_VALIDATION_FAILED');
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: '/detail/metadata/eventId', message: 'is required' },
        { path: '/detail/data/colour', message: 'is not allowed' },
        { path: '/detail/data/version', message: 'must be >= 1' },
      ]),
    );
    expect(error.message).toContain('ProductDeleted v1 is invalid');
  });

  it('rejects an event of another major version of the same detail-type', () => {
    // Prepare
    const detail = buildEvent(ProductDeletedV1, data, context).detail;
    const event = asDelivered({ ...detail, metadata: { ...detail.metadata, schemaVersion: '2' } });

    // Act
    const error = validationErrorOf(() => {
      ProductDeletedV1.validateEvent(event);
    });

    // Assess
    expect(error.details).toEqual([{ path: '/detail/metadata/schemaVersion', message: 'must be "1", got 2' }]);
  });

  it('rejects an event from another source', () => {
    // Prepare
    const event = { ...asDelivered(buildEvent(ProductDeletedV1, data, context).detail), source: 'ecommerce.basket' };

    // Act
    const error = validationErrorOf(() => {
      ProductDeletedV1.validateEvent(event);
    });

    // Assess
    expect(error.details).toContainEqual({ path: '/source', message: 'must be equal to one of the allowed values' });
  });
});

describe('buildEvent', () => {
  it('wraps data in metadata carrying the injected ids, time and the contract version', () => {
    // Prepare
    const withCause = { ...context, causationId: '01JD0000000000000000000001' };

    // Act
    const event = buildEvent(ProductDeletedV1, data, withCause);

    // Assess
    expect(event).toEqual({
      contract: ProductDeletedV1,
      detail: {
        metadata: {
          eventId: context.eventId,
          schemaVersion: '1',
          correlationId: 'req-1',
          causationId: '01JD0000000000000000000001',
          occurredAt: context.occurredAt,
        },
        data,
      },
    });
  });

  it('leaves causationId out when there is no cause', () => {
    // Act
    const event = buildEvent(ProductDeletedV1, data, context);

    // Assess
    expect(event.detail.metadata).not.toHaveProperty('causationId');
  });

  it('only accepts the data type of the contract, and validation catches what slips past the compiler', () => {
    // Act
    // @ts-expect-error ProductDeletedV1 data has no `name` and needs deletedAt
    const event = buildEvent(ProductDeletedV1, { productId: data.productId, version: 1, name: 'x' }, context);

    // Assess
    expect(() => {
      ProductDeletedV1.validateEvent(asDelivered(event.detail));
    }).toThrow(EventValidationError);
  });
});

describe('parseIncomingEvent', () => {
  it('returns the detail of a valid delivered event', () => {
    // Prepare
    const detail = buildEvent(ProductDeletedV1, data, context).detail;
    const delivered = { ...asDelivered(detail), id: 'a-b-c', time: '2025-11-25T16:40:03Z', account: '123456789012' };

    // Act
    const parsed = parseIncomingEvent(ProductDeletedV1, delivered);

    // Assess
    expect(parsed).toEqual(detail);
  });

  it('throws EventValidationError for anything else', () => {
    // Act
    const act = () => parseIncomingEvent(ProductDeletedV1, { hello: 'world' });

    // Assess
    expect(act).toThrow(EventValidationError);
  });
});

describe('a contract in logs', () => {
  it('serializes as its registry name, so a logged unsent event does not carry the whole schema', () => {
    // Prepare
    const event = buildEvent(ProductDeletedV1, { productId: '01JH0000000000000000000P01', version: 1, deletedAt: '2026-01-01T00:00:00.000Z' }, {
      eventId: '01JH00000000000000000000E1',
      occurredAt: '2026-01-01T00:00:00.000Z',
      correlationId: 'c-1',
    });
    // Act
    const logged = JSON.parse(JSON.stringify(event)) as { contract: unknown };
    // Assess
    expect(logged.contract).toBe('ecommerce.catalog@ProductDeleted-v1');
  });
});
