/**
 * Generates the JSON-Schema validators as ajv standalone code, so Lambda bundles ship small generated functions
 * instead of the ajv compiler. Part of `npm run contracts:generate` (see generate-types.ts), under the same stale check.
 *
 * - `validators/events/<domain>/<EventName>.v<major>.js`: one per event schema file (draft-04, strict).
 * - `validators/storefront/<SchemaName>.js`: one per `components.schemas` entry of contracts/openapi/storefront.json,
 *   its internal `#/components/schemas/…` refs compiled in; `validators/storefront/index.js` maps names to them.
 *
 * Each `.js` (CommonJS) has a `.d.ts` beside it, so strict TypeScript imports it typed without `allowJs`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import standaloneCode from 'ajv/dist/standalone';
import { eventSchemaAjv, storefrontSchemaAjv } from '../schema-compilers';
import { discoverEventSchemas, EVENT_SCHEMAS_DIR } from '../schema-files';
import { generatedBanner } from './banner';

export const STOREFRONT_OPENAPI_PATH = path.resolve(__dirname, '..', 'openapi', 'storefront.json');

/** What generated code may `require`: ajv's small runtime helpers and the format checks, never the compiler. */
export const ALLOWED_RUNTIME_REQUIRES = /^(?:ajv\/dist\/runtime\/[a-z0-9]+|ajv-formats\/dist\/formats)$/;

const SCHEMA_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** The id the OpenAPI schemas are registered under while compiling; it only shows in errors' `schemaPath`. */
const STOREFRONT_DOCUMENT_ID = 'storefront.json';


/** Expected validator files, keyed by path relative to contracts/generated (forward slashes). Writes nothing. */
export function renderValidatorFiles(
  eventsDir: string = EVENT_SCHEMAS_DIR,
  storefrontPath: string = STOREFRONT_OPENAPI_PATH,
): Map<string, string> {
  return new Map([...renderEventValidators(eventsDir), ...renderStorefrontValidators(storefrontPath)]);
}

function renderEventValidators(eventsDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const schemaFile of discoverEventSchemas(eventsDir)) {
    const source = `contracts/events/${schemaFile.relativePath}`;
    const ajv = eventSchemaAjv();
    const modulePath = `validators/events/${schemaFile.relativePath.replace(/\.json$/, '')}`;
    const validate = ajv.compile(withoutAnnotations(schemaFile.schema) as object);
    files.set(`${modulePath}.js`, javaScript(source, standaloneCode(ajv, validate)));
    files.set(`${modulePath}.d.ts`, declaration(source, modulePath));
  }
  return files;
}

function renderStorefrontValidators(storefrontPath: string): Map<string, string> {
  const document = JSON.parse(readFileSync(storefrontPath, 'utf8')) as { components?: { schemas?: object } };
  const schemas = document.components?.schemas ?? {};
  // Only the schemas: refs point at #/components/schemas/…, and the rest of the document is not JSON Schema.
  const schemasDocument = { components: { schemas: mapValues(schemas, withoutAnnotations) } };
  const names = Object.keys(schemas).sort();
  const files = new Map<string, string>();
  for (const name of names) {
    if (!SCHEMA_NAME.test(name)) throw new Error(`components.schemas.${name}: name a schema like CreateProductRequest`);
    const source = `contracts/openapi/storefront.json#/components/schemas/${name}`;
    const ajv = storefrontSchemaAjv();
    ajv.addSchema(schemasDocument, STOREFRONT_DOCUMENT_ID);
    const validate = ajv.getSchema(`${STOREFRONT_DOCUMENT_ID}#/components/schemas/${name}`);
    if (validate === undefined) throw new Error(`${source} did not compile`);
    files.set(`validators/storefront/${name}.js`, javaScript(source, standaloneCode(ajv, validate)));
    files.set(`validators/storefront/${name}.d.ts`, declaration(source, `validators/storefront/${name}`));
  }
  files.set('validators/storefront/index.js', storefrontIndex(names));
  files.set('validators/storefront/index.d.ts', storefrontIndexDeclaration(names));
  return files;
}

/** Keywords that document a schema without constraining data. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', '$comment']);
/** Keywords whose value is a schema, an array of schemas, or (the maps) an object of schemas by name. */
const SUBSCHEMA_KEYWORDS = new Set([
  'items', 'additionalItems', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf', 'contains', 'propertyNames',
  'if', 'then', 'else',
]);
const SUBSCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

/**
 * The schema without its annotations. ajv embeds parts of a schema in the generated code (e.g. the allowed values
 * an `enum` error reports), descriptions included; they validate nothing, so they only cost bundle bytes and would
 * regenerate a validator whenever a description is reworded. Values of other keywords (`enum`, `default`…) are data
 * and are kept as they are, even where they hold objects with a `description` key.
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (!isObject(schema)) return schema;
  const kept: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (SUBSCHEMA_KEYWORDS.has(keyword)) kept[keyword] = withoutAnnotations(value);
    else if (SUBSCHEMA_MAP_KEYWORDS.has(keyword) && isObject(value)) kept[keyword] = mapValues(value, withoutAnnotations);
    else kept[keyword] = value;
  }
  return kept;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const mapValues = (object: object, map: (value: unknown) => unknown): Record<string, unknown> =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));

function javaScript(source: string, code: string): string {
  for (const [, required = ''] of code.matchAll(/require\("([^"]*)"\)/g)) {
    if (!ALLOWED_RUNTIME_REQUIRES.test(required)) {
      throw new Error(`${source}: generated code requires ${required}, which Lambda bundles must not ship`);
    }
  }
  return `${generatedBanner(source)}\n${code.trimEnd()}\n`;
}

/** Import path from a generated module to contracts/validation-issues.ts. */
const validationIssuesFrom = (modulePath: string): string =>
  path.posix.relative(path.posix.join('generated', path.posix.dirname(modulePath)), 'validation-issues');

function declaration(source: string, modulePath: string): string {
  return [
    generatedBanner(source),
    `import type { PrecompiledValidator } from '${validationIssuesFrom(modulePath)}';`,
    '',
    'declare const validate: PrecompiledValidator;',
    'export default validate;',
    '',
  ].join('\n');
}

function storefrontIndex(names: readonly string[]): string {
  return [
    generatedBanner('contracts/openapi/storefront.json'),
    '"use strict";',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'exports.default = {',
    ...names.map((name) => `  ${name}: require("./${name}"),`),
    '};',
    '',
  ].join('\n');
}

function storefrontIndexDeclaration(names: readonly string[]): string {
  return [
    generatedBanner('contracts/openapi/storefront.json'),
    `import type { PrecompiledValidator } from '${validationIssuesFrom('validators/storefront/index')}';`,
    '',
    '/** The names of `components.schemas` in contracts/openapi/storefront.json. */',
    `export type StorefrontSchemaName =${names.length === 0 ? ' never' : names.map((name) => `\n  | '${name}'`).join('')};`,
    '',
    '/** Every storefront schema\'s validator by name; importing one module directly keeps the others out of a bundle. */',
    'declare const validators: { readonly [Name in StorefrontSchemaName]: PrecompiledValidator };',
    'export default validators;',
    '',
  ].join('\n');
}
