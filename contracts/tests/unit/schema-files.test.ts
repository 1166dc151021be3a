import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discoverEventSchemas } from '../../schema-files';

describe('discoverEventSchemas', () => {
  let eventsDir: string;
  beforeEach(() => {
    eventsDir = mkdtempSync(path.join(tmpdir(), 'contracts-events-'));
  });
  afterEach(() => {
    rmSync(eventsDir, { recursive: true, force: true });
  });

  function write(relativePath: string, content = '{}'): void {
    mkdirSync(path.dirname(path.join(eventsDir, relativePath)), { recursive: true });
    writeFileSync(path.join(eventsDir, relativePath), content);
  }

  it('names each schema after its folder, file name and version, sorted by path', () => {
    // Prepare
    write('order/OrderPlaced.v2.json', '{"title":"v2"}');
    write('catalog/ProductCreated.v1.json');
    write('catalog.ts', '');

    // Act
    const files = discoverEventSchemas(eventsDir);

    // Assess
    expect(files).toMatchObject([
      {
        relativePath: 'catalog/ProductCreated.v1.json',
        source: 'ecommerce.catalog',
        detailType: 'ProductCreated',
        schemaVersion: '1',
        schemaName: 'ecommerce.catalog@ProductCreated-v1',
      },
      {
        relativePath: 'order/OrderPlaced.v2.json',
        source: 'ecommerce.order',
        detailType: 'OrderPlaced',
        schemaVersion: '2',
        schemaName: 'ecommerce.order@OrderPlaced-v2',
        schema: { title: 'v2' },
      },
    ]);
  });

  it.each([['catalog/ProductCreated.json'], ['catalog/productCreated.v1.json'], ['ProductCreated.v1.json']])(
    'refuses a schema file at %s instead of skipping it',
    (relativePath) => {
      // Prepare
      write(relativePath);

      // Act
      const act = () => discoverEventSchemas(eventsDir);

      // Assess
      expect(act).toThrow(/contracts\/events\//);
    },
  );
});
