import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { registrySchemaName } from './event-contract';

export { registrySchemaName };

/** Where event schemas live: contracts/events/<domain>/<EventName>.v<major>.json */
export const EVENT_SCHEMAS_DIR = path.join(__dirname, 'events');

const SCHEMA_FILE = /^(?<detailType>[A-Z][A-Za-z0-9]+)\.v(?<major>[1-9][0-9]*)\.json$/;

export interface EventSchemaFile {
  /** Path relative to contracts/events, with forward slashes. */
  readonly relativePath: string;
  readonly domain: string;
  readonly source: string;
  readonly detailType: string;
  readonly schemaVersion: string;
  /** Name in the EventBridge schema registry, e.g. `ecommerce.catalog@ProductCreated-v1`. */
  readonly schemaName: string;
  readonly schema: Record<string, unknown>;
}

/**
 * Every event schema file, sorted by path so anything generated from them is stable (tooling and CDK only: it
 * reads the file system). A JSON file outside a domain folder, or misnamed, is an error rather than ignored.
 */
export function discoverEventSchemas(dir: string = EVENT_SCHEMAS_DIR): EventSchemaFile[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const stray = entries.find((entry) => entry.isFile() && entry.name.endsWith('.json'));
  if (stray) throw new Error(`contracts/events/${stray.name}: schemas live in a domain folder`);
  const domains = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return domains.flatMap((domain) =>
    readdirSync(path.join(dir, domain))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readSchemaFile(dir, domain, name)),
  );
}

function readSchemaFile(dir: string, domain: string, name: string): EventSchemaFile {
  const match = SCHEMA_FILE.exec(name);
  const detailType = match?.groups?.detailType;
  const schemaVersion = match?.groups?.major;
  if (!detailType || !schemaVersion) {
    throw new Error(`contracts/events/${domain}/${name}: expected a name like ProductCreated.v1.json`);
  }
  const schema = JSON.parse(readFileSync(path.join(dir, domain, name), 'utf8')) as Record<string, unknown>;
  const source = `ecommerce.${domain}`;
  return {
    relativePath: `${domain}/${name}`,
    domain,
    source,
    detailType,
    schemaVersion,
    schemaName: registrySchemaName(source, detailType, schemaVersion),
    schema,
  };
}
