import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EventMetadata } from '../../envelope';
import type * as Generated from '../../generated';
import { GENERATED_DIR, renderAllGeneratedFiles, renderGeneratedFiles } from '../../scripts/generate-types';

// prettier 3's CommonJS entry calls import() as soon as it is loaded, which Jest's VM refuses. The generator never
// formats with prettier (format: false), so loading json-schema-to-typescript only needs the module to exist.
jest.mock('prettier', () => ({}));

const REGENERATE = 'run `npm run contracts:generate` and commit the result';

function committedFiles(dir = GENERATED_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? committedFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

// Compile-time checks: tsc fails if the generated types drift from the hand-written envelope.
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const metadataMatchesEnvelope: Equal<Generated.EventMetadata, EventMetadata> = true;
const deliveredEvent: Generated.ProductPriceChangedV1Event = {
  'detail-type': 'ProductPriceChanged',
  source: 'ecommerce.catalog',
  detail: {
    metadata: {
      eventId: '01JD1R7K2M3N4P5Q6R7S8T9V0X',
      schemaVersion: '1',
      correlationId: 'c',
      occurredAt: '2025-11-21T08:02:11Z',
    },
    data: {
      productId: '01JCZ8Q3W5D7N2K4M6P8R0T1VX',
      oldPrice: { amount: 1299, currency: 'EUR' },
      newPrice: { amount: 2299, currency: 'EUR' },
      version: 2,
      changedAt: '2025-11-21T08:02:11Z',
    },
  },
};

describe('the generated types', () => {
  let expected: Map<string, string>;
  beforeAll(async () => {
    // Everything in contracts/generated: these types and the validators (generated-validators.test.ts).
    expected = await renderAllGeneratedFiles();
  });

  it('are committed for every schema, with nothing extra', () => {
    // Act
    const committed = committedFiles().sort();

    // Assess
    expect({ files: committed, hint: REGENERATE }).toEqual({ files: [...expected.keys()].sort(), hint: REGENERATE });
  });

  it('are up to date with the schemas', () => {
    // Act
    const stale = [...expected].filter(([file, content]) => {
      try {
        return readFileSync(path.join(GENERATED_DIR, file), 'utf8') !== content;
      } catch {
        return true;
      }
    });

    // Assess
    expect({ stale: stale.map(([file]) => file), hint: REGENERATE }).toEqual({ stale: [], hint: REGENERATE });
  });

  it('come out identical on every run', async () => {
    // Act
    const again = await renderAllGeneratedFiles();

    // Assess
    expect(again).toEqual(expected);
  });

  it('export each type once from the index, named after the schema titles', () => {
    // Act
    const index = expected.get('index.ts') ?? '';
    const names = [...index.matchAll(/export type \{ ([^}]+) \}/g)].flatMap((m) => (m[1] ?? '').split(', '));

    // Assess
    expect(names).toHaveLength(new Set(names).size);
    expect(names).toEqual(
      expect.arrayContaining(['Money', 'EventMetadata', 'ProductCreatedV1Data', 'ProductCreatedV1Event']),
    );
  });

  it('describe the envelope and events the schemas accept', () => {
    // Assess: the real checks are the typed constants above; these keep them from being unused
    expect(metadataMatchesEnvelope).toBe(true);
    expect(deliveredEvent.detail.data.newPrice.amount).toBe(2299);
  });
});

describe('renderGeneratedFiles', () => {
  let eventsDir: string;
  beforeEach(() => {
    eventsDir = mkdtempSync(path.join(tmpdir(), 'contracts-events-'));
  });
  afterEach(() => {
    rmSync(eventsDir, { recursive: true, force: true });
  });

  function writeSchema(relativePath: string, schema: object): void {
    mkdirSync(path.dirname(path.join(eventsDir, relativePath)), { recursive: true });
    writeFileSync(path.join(eventsDir, relativePath), JSON.stringify(schema));
  }

  const eventWithMoney = (title: string, money: object) => ({
    $schema: 'http://json-schema.org/draft-04/schema#',
    title,
    type: 'object',
    properties: { price: { $ref: '#/definitions/Money' } },
    definitions: { Money: { title: 'Money', ...money } },
  });

  it('refuses two different types under one name instead of exporting either', async () => {
    // Prepare
    writeSchema('shop/PriceSet.v1.json', eventWithMoney('PriceSetV1Event', { type: 'integer' }));
    writeSchema('shop/PriceSet.v2.json', eventWithMoney('PriceSetV2Event', { type: 'string' }));

    // Act
    const act = renderGeneratedFiles(eventsDir);

    // Assess
    await expect(act).rejects.toThrow(/Type Money differs between .*PriceSet\.v1\.json and .*PriceSet\.v2\.json/);
  });

  it('writes one module per schema file it discovers, plus the index', async () => {
    // Prepare
    writeSchema('shop/PriceSet.v1.json', eventWithMoney('PriceSetV1Event', { type: 'integer' }));
    writeSchema('shop/PriceSet.v2.json', eventWithMoney('PriceSetV2Event', { type: 'integer' }));

    // Act
    const files = await renderGeneratedFiles(eventsDir);

    // Assess
    expect([...files.keys()]).toEqual(['shop/PriceSet.v1.ts', 'shop/PriceSet.v2.ts', 'index.ts']);
    expect(files.get('index.ts')).toContain("export type { Money, PriceSetV1Event } from './shop/PriceSet.v1';");
    expect(files.get('index.ts')).toContain("export type { PriceSetV2Event } from './shop/PriceSet.v2';");
  });
});
