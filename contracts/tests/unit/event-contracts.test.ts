import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { EventContract } from '../../event-contract';
import { allEventContracts } from '../../events';
import { discoverEventSchemas, EVENT_SCHEMAS_DIR } from '../../schema-files';

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

  it('compile and accept nothing but a matching event', () => {
    // Assess: every schema compiles under ajv strict mode and rejects an empty object
    for (const contract of allEventContracts) {
      expect(() => {
        contract.validateEvent({});
      }).toThrow(/is required/);
    }
  });
});
