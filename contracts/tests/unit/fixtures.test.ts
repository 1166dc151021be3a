import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  EventValidationError,
  parseIncomingEvent,
  type EventContract,
  type EventValidationIssue,
} from '../../event-contract';
import { allEventContracts, ProductCreatedV1, ProductUpdatedV1 } from '../../events';
import { discoverEventSchemas, type EventSchemaFile } from '../../schema-files';
import { FIXTURES_DIR, fixturePath, loadFixture } from '../support';

const schemaFiles = discoverEventSchemas();
const cases = schemaFiles.map((file) => [file.relativePath, file] as const);

function contractFor(file: EventSchemaFile): EventContract<unknown> {
  const contract = allEventContracts.find((c) => c.schemaName === file.schemaName);
  if (contract === undefined) throw new Error(`no contract for ${file.relativePath}`);
  return contract;
}

function listJsonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return listJsonFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.json') ? [`${prefix}${entry.name}`] : [];
  });
}

type MutableEvent = { detail: { metadata: Record<string, unknown>; data: Record<string, unknown> } };

/** The contract's fixture after `mutate`: the fixture stands for any well-formed delivered event. */
function fixtureWith(contract: EventContract<unknown>, mutate: (event: MutableEvent) => void): unknown {
  const file = schemaFiles.find((f) => f.schemaName === contract.schemaName);
  if (file === undefined) throw new Error(`${contract.schemaName} schema is missing`);
  const event = loadFixture(file) as MutableEvent;
  mutate(event);
  return event;
}

const productCreatedWith = (mutate: (event: MutableEvent) => void): unknown => fixtureWith(ProductCreatedV1, mutate);

function issuesOf(event: unknown, contract: EventContract<unknown> = ProductCreatedV1): EventValidationIssue[] {
  try {
    contract.validateEvent(event);
  } catch (error) {
    if (error instanceof EventValidationError) return error.details;
    throw error;
  }
  return [];
}

describe('the event fixtures', () => {
  it.each(cases)('include a delivered %s event', (_, file: EventSchemaFile) => {
    // Assess
    expect(existsSync(fixturePath(file))).toBe(true);
  });

  it.each(cases)('hold a %s event its contract accepts, as EventBridge delivers it', (_, file: EventSchemaFile) => {
    // Prepare
    const fixture = loadFixture(file);

    // Act
    const detail = parseIncomingEvent(contractFor(file), fixture);

    // Assess
    expect(detail).toEqual(fixture.detail);
    expect(Object.keys(fixture)).toEqual(
      expect.arrayContaining(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources']),
    );
  });

  it('have no fixture without a schema', () => {
    // Prepare
    const schemaPaths = new Set(schemaFiles.map((file) => file.relativePath));

    // Act
    const orphans = listJsonFiles(FIXTURES_DIR).filter((relativePath) => !schemaPaths.has(relativePath));

    // Assess
    expect(orphans).toEqual([]);
  });
});

describe('an event that breaks its schema', () => {
  it('is rejected when data has an unknown field', () => {
    // Act
    const issues = issuesOf(productCreatedWith((event) => (event.detail.data.colour = 'red')));

    // Assess
    expect(issues).toEqual([{ path: '/detail/data/colour', message: 'is not allowed' }]);
  });

  it('is rejected when an amount is not whole minor units', () => {
    // Act
    const issues = issuesOf(productCreatedWith((event) => (event.detail.data.price = { amount: 12.99, currency: 'EUR' })));

    // Assess
    expect(issues).toEqual([{ path: '/detail/data/price/amount', message: 'must be integer' }]);
  });

  it('is rejected when metadata has no eventId', () => {
    // Act
    const issues = issuesOf(productCreatedWith((event) => delete event.detail.metadata.eventId));

    // Assess
    expect(issues).toEqual([{ path: '/detail/metadata/eventId', message: 'is required' }]);
  });

  it.each([
    ['too short', '01JCZ8Q3W5D7N2K4M6P8R0T1V'],
    ['lower case', '01jcz8q3w5d7n2k4m6p8r0t1vx'],
    ['with an I, L, O or U', '01JCZ8Q3W5D7N2K4M6P8R0T1VU'],
  ])('is rejected when an id is not a ULID (%s)', (_, productId) => {
    // Act
    const issues = issuesOf(productCreatedWith((event) => (event.detail.data.productId = productId)));

    // Assess
    expect(issues).toEqual([
      { path: '/detail/data/productId', message: expect.stringMatching(/^must match pattern/) as string },
    ]);
  });

  it('is rejected when occurredAt is not a date-time', () => {
    // Act
    const issues = issuesOf(productCreatedWith((event) => (event.detail.metadata.occurredAt = '2025-11-20')));

    // Assess
    expect(issues).toEqual([{ path: '/detail/metadata/occurredAt', message: 'must match format "date-time"' }]);
  });

  it('is rejected when an update names no changed field', () => {
    // Prepare
    const event = fixtureWith(ProductUpdatedV1, (e) => (e.detail.data.changedFields = []));

    // Act
    const issues = issuesOf(event, ProductUpdatedV1);

    // Assess
    expect(issues).toEqual([{ path: '/detail/data/changedFields', message: 'must NOT have fewer than 1 items' }]);
  });
});
