import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import storefront from '../../openapi/storefront.json';
import storefrontValidators, { type StorefrontSchemaName } from '../../generated/validators/storefront';
import { storefrontSchemaAjv } from '../../schema-compilers';
import {
  ALLOWED_RUNTIME_REQUIRES,
  renderValidatorFiles,
  withoutAnnotations,
} from '../../scripts/generate-validators';
import { type PrecompiledValidator, type ValidationIssue, validationIssues } from '../../validation-issues';

// The committed files are compared with renderValidatorFiles() byte for byte by generated-types.test.ts.

const schemaNames = Object.keys(storefront.components.schemas) as StorefrontSchemaName[];

/** ajv compiling a storefront schema in memory, from the document as written (annotations and all). */
function compiledAtRunTime(name: StorefrontSchemaName): PrecompiledValidator {
  const ajv = storefrontSchemaAjv();
  ajv.addSchema(storefront, 'storefront');
  const validate = ajv.getSchema(`storefront#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`${name} did not compile`);
  return validate;
}

const verdict = (validate: PrecompiledValidator, value: unknown): ValidationIssue[] =>
  validate(value) ? [] : validationIssues(validate.errors);

const product = {
  productId: '01JH0000000000000000000P01',
  name: 'Espresso cup',
  description: '',
  category: 'kitchen',
  price: { amount: 1299, currency: 'EUR' },
  createdAt: '2025-01-01T09:00:00.000Z',
  updatedAt: '2025-01-01T09:00:00.000Z',
  version: 1,
};
const { productId, createdAt, updatedAt, version, ...productInput } = product;

/** Valid and invalid values of every storefront schema, each tried against every schema. */
const samples: unknown[] = [
  product,
  productInput,
  { ...productInput, colour: 'red' },
  { ...productInput, name: '  ', price: { amount: 12.5, currency: 'eur', extra: true } },
  { ...product, productId: 'not-a-ulid', createdAt: 'yesterday', version: 0 },
  { items: [product, { ...product, price: null }], nextCursor: 7 },
  { error: { code: 'VALIDATION_ERROR', message: 'x', details: [{ path: 'name', message: 'is required' }, {}] } },
  { productId, createdAt, updatedAt, version },
  'kitchen',
  'Kitchen',
  'x'.repeat(2001),
  -1,
  null,
  [],
  {},
];

describe('the generated storefront validators', () => {
  it('cover every component schema of the OpenAPI document', () => {
    // Assess
    expect(Object.keys(storefrontValidators).sort()).toEqual([...schemaNames].sort());
  });

  it.each(schemaNames)('judge %s exactly as ajv compiling the document at run time does', (name) => {
    // Prepare
    const runtime = compiledAtRunTime(name);

    // Act
    const generated = samples.map((sample) => verdict(storefrontValidators[name], sample));

    // Assess
    expect(generated).toEqual(samples.map((sample) => verdict(runtime, sample)));
  });
});

describe('renderValidatorFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'contracts-validators-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function writeJson(relativePath: string, value: object): string {
    const file = path.join(dir, relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
    return file;
  }

  const priceSet = {
    $schema: 'http://json-schema.org/draft-04/schema#',
    title: 'PriceSetV1Event',
    type: 'object',
    properties: { detail: { type: 'object', description: 'The change.' } },
  };
  const document = { openapi: '3.0.3', components: { schemas: { Sku: { type: 'string', example: 'A-1' } } } };

  it('writes one CommonJS module and one declaration per event schema and per storefront schema', () => {
    // Prepare
    writeJson('events/shop/PriceSet.v1.json', priceSet);
    writeJson('events/shop/PriceSet.v2.json', { ...priceSet, title: 'PriceSetV2Event' });
    const storefrontPath = writeJson('storefront.json', document);

    // Act
    const files = renderValidatorFiles(path.join(dir, 'events'), storefrontPath);

    // Assess
    expect([...files.keys()]).toEqual([
      'validators/events/shop/PriceSet.v1.js',
      'validators/events/shop/PriceSet.v1.d.ts',
      'validators/events/shop/PriceSet.v2.js',
      'validators/events/shop/PriceSet.v2.d.ts',
      'validators/storefront/Sku.js',
      'validators/storefront/Sku.d.ts',
      'validators/storefront/index.js',
      'validators/storefront/index.d.ts',
    ]);
    expect(files.get('validators/events/shop/PriceSet.v1.js')).toMatch(/^\/\/ Generated .*\n"use strict";\nmodule\.exports = /);
    expect(files.get('validators/events/shop/PriceSet.v1.d.ts')).toContain(
      "import type { PrecompiledValidator } from '../../../../validation-issues';",
    );
    expect(files.get('validators/storefront/index.d.ts')).toContain("export type StorefrontSchemaName =\n  | 'Sku';");
  });

  it('leaves descriptions and examples out of the generated code', () => {
    // Prepare
    writeJson('events/shop/PriceSet.v1.json', priceSet);
    const storefrontPath = writeJson('storefront.json', document);

    // Act
    const code = [...renderValidatorFiles(path.join(dir, 'events'), storefrontPath).values()].join('\n');

    // Assess
    expect(code).not.toMatch(/The change\.|A-1|PriceSetV1Event/);
  });

  it('refuses an event schema that ajv strict mode rejects, instead of generating a lenient validator', () => {
    // Prepare
    writeJson('events/shop/PriceSet.v1.json', { ...priceSet, properties: { detail: { typ: 'object' } } });

    // Act
    const act = () => renderValidatorFiles(path.join(dir, 'events'), writeJson('storefront.json', document));

    // Assess
    expect(act).toThrow(/unknown keyword: "typ"/);
  });

  it('requires nothing but ajv runtime helpers and the format checks, never the ajv compiler', () => {
    // Act
    const required = [...renderValidatorFiles().entries()]
      .filter(([file]) => file.endsWith('.js') && !file.endsWith('/index.js'))
      .flatMap(([, code]) => [...code.matchAll(/require\("([^"]*)"\)/g)].map((match) => match[1] ?? ''));

    // Assess
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((specifier) => !ALLOWED_RUNTIME_REQUIRES.test(specifier))).toEqual([]);
  });
});

describe('withoutAnnotations', () => {
  it('drops annotations from every subschema but keeps fields, definitions and data that carry their names', () => {
    // Prepare
    const schema = {
      title: 'Thing',
      description: 'A thing.',
      type: 'object',
      properties: {
        description: { type: 'string', description: 'A field called description.', example: 'x' },
        tags: { type: 'array', items: { $comment: 'why', type: 'string' } },
        kind: { enum: [{ description: 'data, not an annotation' }] },
      },
      anyOf: [{ title: 'one', required: ['description'] }],
      definitions: { title: { type: 'string', examples: ['t'] } },
      default: { title: 'kept' },
    };

    // Act
    const stripped = withoutAnnotations(schema);

    // Assess
    expect(stripped).toEqual({
      type: 'object',
      properties: {
        description: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        kind: { enum: [{ description: 'data, not an annotation' }] },
      },
      anyOf: [{ required: ['description'] }],
      definitions: { title: { type: 'string' } },
      default: { title: 'kept' },
    });
  });
});
