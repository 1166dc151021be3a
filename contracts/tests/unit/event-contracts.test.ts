import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type EventContract, EventValidationError, type EventValidationIssue } from '../../event-contract';
import { allEventContracts } from '../../events';
import { compileEventSchema } from '../../schema-compilers';
import { discoverEventSchemas, EVENT_SCHEMAS_DIR, type EventSchemaFile } from '../../schema-files';
import { validationIssues } from '../../validation-issues';
import { loadFixture } from '../support';

const isContract = (value: unknown): value is EventContract<unknown> =>
  typeof value === 'object' && value !== null && 'schemaName' in value && 'validateEvent' in value;

/** Every contract exported by a contracts/events/<domain>.ts module, whether or not it is listed. */
async function exportedContracts(): Promise<EventContract<unknown>[]> {
  const modules = readdirSync(EVENT_SCHEMAS_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
  const contracts: EventContract<unknown>[] = [];
  for (const name of modules) {
    const loaded: unknown = await import(path.join(EVENT_SCHEMAS_DIR, name));
    contracts.push(...Object.values(loaded as Record<string, unknown>).filter(isContract));
  }
  return contracts;
}

type DeliveredEvent = Record<string, unknown> & { detail: { metadata: object; data: Record<string, unknown> } };

/** Every fixture, and ways to break each: any contract must judge them exactly as its own schema file does. */
function eventSamples(schemaFiles: readonly EventSchemaFile[]): unknown[] {
  const perFixture = schemaFiles.flatMap((file): unknown[] => {
    const event = loadFixture(file) as DeliveredEvent;
    const { metadata, data } = event.detail;
    const nulled = Object.fromEntries(Object.keys(data).map((key) => [key, null]));
    return [
      event,
      { ...event, source: 'ecommerce.elsewhere', time: 'yesterday', resources: [1] },
      { ...event, detail: { metadata, data: { ...data, colour: 'red' } } },
      { ...event, detail: { metadata: { ...metadata, occurredAt: '2025-11-20', eventId: 'x' }, data: nulled } },
      { ...event, detail: { metadata: {}, data: {}, extra: true } },
    ];
  });
  return [...perFixture, {}, null, 'event'];
}

/** What a contract reports about the schema, leaving out its own major-version check (not part of the schema). */
function schemaIssuesOf(contract: EventContract<unknown>, event: unknown): EventValidationIssue[] {
  try {
    contract.validateEvent(event);
    return [];
  } catch (error) {
    if (!(error instanceof EventValidationError)) throw error;
    return error.details.filter((d) => !(d.path === '/detail/metadata/schemaVersion' && d.message.startsWith('must be "')));
  }
}

describe('the event contracts', () => {
  const schemaFiles = discoverEventSchemas();

  it('define exactly one contract per schema file, with that file as its schema', () => {
    // Act
    const missingOrDuplicated = schemaFiles.filter(
      (file) => allEventContracts.filter((contract) => contract.schemaName === file.schemaName).length !== 1,
    );

    // Assess
    expect(missingOrDuplicated.map((file) => file.relativePath)).toEqual([]);
    for (const file of schemaFiles) {
      const contract = allEventContracts.find((c) => c.schemaName === file.schemaName);
      expect(contract?.schema).toEqual(file.schema);
    }
  });

  it('have no contract without a schema file', () => {
    // Prepare
    const fileNames = new Set(schemaFiles.map((file) => file.schemaName));

    // Act
    const orphans = allEventContracts.filter((contract) => !fileNames.has(contract.schemaName));

    // Assess
    expect(orphans.map((contract) => contract.schemaName)).toEqual([]);
  });

  it('list every contract the domain modules export in allEventContracts', async () => {
    // Act
    const exported = new Set(await exportedContracts());

    // Assess
    expect(exported.size).toBeGreaterThan(0);
    expect(new Set(allEventContracts)).toEqual(exported);
    expect(allEventContracts).toHaveLength(exported.size);
  });

  it('validate with the validator generated from their own schema file', () => {
    // Prepare
    const samples = eventSamples(schemaFiles);

    for (const file of schemaFiles) {
      const contract = allEventContracts.find((c) => c.schemaName === file.schemaName);
      const ownSchema = compileEventSchema(file.schema);

      // Act
      const reported = samples.map((event) => (contract === undefined ? undefined : schemaIssuesOf(contract, event)));

      // Assess
      const expected = samples.map((event) =>
        ownSchema(event) ? [] : validationIssues(ownSchema.errors).map(({ pointer, message }) => ({ path: pointer, message })),
      );
      expect({ schema: file.relativePath, reported }).toEqual({ schema: file.relativePath, reported: expected });
    }
  });

  it('compile and accept nothing but a matching event', () => {
    // Assess: every contract validator (generated under ajv strict mode) rejects an empty object
    for (const contract of allEventContracts) {
      expect(() => {
        contract.validateEvent({});
      }).toThrow(/is required/);
    }
  });
});
