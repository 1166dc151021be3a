import { eventMetadataSchema } from '../../envelope';
import { discoverEventSchemas, type EventSchemaFile } from '../../schema-files';

const schemaFiles = discoverEventSchemas();
const cases = schemaFiles.map((file) => [file.relativePath, file] as const);

// Keywords added after draft-04: the Schema Registry (JSONSchemaDraft4) and ajv-draft-04 would not honour them.
const POST_DRAFT_04_KEYWORDS = new Set([
  'const', '$id', '$defs', 'examples', 'contains', 'propertyNames', 'if', 'then', 'else',
]);

/** Every [key, value] pair of a JSON document, at any depth (keys of `properties` maps included). */
function* walk(node: unknown): Generator<[string, unknown]> {
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      yield [key, value];
      yield* walk(value);
    }
  }
}

/** Keyword names used by the schema, excluding property names declared under `properties`. */
function keywordsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => keywordsOf(item, found));
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return found;
  for (const [key, value] of Object.entries(node)) {
    found.add(key);
    const children = key === 'properties' || key === 'definitions' ? Object.values(value as object) : [value];
    children.forEach((child) => keywordsOf(child, found));
  }
  return found;
}

function property(schema: unknown, ...names: string[]): Record<string, unknown> {
  return names.reduce<Record<string, unknown>>(
    (node, name) => (node.properties as Record<string, Record<string, unknown>>)[name] ?? {},
    schema as Record<string, unknown>,
  );
}

describe('the event schemas', () => {
  it('exist', () => {
    // Assess
    expect(schemaFiles.map((file) => file.relativePath)).toEqual(
      expect.arrayContaining(['catalog/ProductCreated.v1.json', 'catalog/ProductDeleted.v1.json']),
    );
  });

  it.each(cases)('%s declares JSON Schema draft-04', (_, file: EventSchemaFile) => {
    // Assess
    expect(file.schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect([...keywordsOf(file.schema)].filter((keyword) => POST_DRAFT_04_KEYWORDS.has(keyword))).toEqual([]);
  });

  it.each(cases)('%s is self-contained: every $ref points into its own definitions', (_, file: EventSchemaFile) => {
    // Act
    const refs = [...walk(file.schema)].filter(([key]) => key === '$ref').map(([, value]) => value);

    // Assess
    for (const ref of refs) expect(ref).toMatch(/^#\/definitions\/[A-Za-z0-9]+$/);
  });

  it.each(cases)('%s carries an exact copy of the canonical metadata schema', (_, file: EventSchemaFile) => {
    // Assess
    expect(property(file.schema, 'detail', 'metadata')).toEqual(eventMetadataSchema);
  });

  it.each(cases)('%s pins source and detail-type to its folder and file name', (_, file: EventSchemaFile) => {
    // Assess
    expect(file.schema.required).toEqual(expect.arrayContaining(['source', 'detail-type', 'detail']));
    expect(property(file.schema, 'source').enum).toEqual([file.source]);
    expect(property(file.schema, 'detail-type').enum).toEqual([file.detailType]);
  });

  it.each(cases)('%s closes detail and data to unknown fields, not the envelope', (_, file: EventSchemaFile) => {
    // Assess
    expect(file.schema.additionalProperties).not.toBe(false);
    expect(property(file.schema, 'detail').additionalProperties).toBe(false);
    expect(property(file.schema, 'detail').required).toEqual(['metadata', 'data']);
    expect(property(file.schema, 'detail', 'data').additionalProperties).toBe(false);
  });

  it.each(cases)('%s names its types after the event and version', (_, file: EventSchemaFile) => {
    // Prepare
    const prefix = `${file.detailType}V${file.schemaVersion}`;

    // Assess
    expect(file.schema.title).toBe(`${prefix}Event`);
    expect(property(file.schema, 'detail', 'data').title).toBe(`${prefix}Data`);
  });
});
