import Ajv, { type AnySchema } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { PrecompiledValidator } from './validation-issues';

/**
 * The two ajv set-ups every validator is generated with (contracts/scripts/generate-validators.ts), and compiled with
 * by tests that need a validator for a schema of their own. Tooling and tests only: this module loads the ajv
 * compiler, which Lambda bundles must not ship (they import the generated validators instead).
 *
 * `code.source` keeps the generated source for `standaloneCode`; `lines` puts it on readable lines (bundles are
 * minified anyway); `esm: false` makes it CommonJS, which Node, Jest and esbuild all load as is. A fresh instance
 * per schema keeps generated names (validate10, pattern0…) independent of other schemas, so output is stable.
 */
const code = { source: true, esm: false, lines: true } as const;

/** Event schemas: JSON Schema draft-04 (the Schema Registry's dialect), strict, every error reported. */
export function eventSchemaAjv(): AjvDraft04 {
  const ajv = new AjvDraft04({ allErrors: true, strict: true, code });
  addFormats(ajv);
  return ajv;
}

/** OpenAPI component schemas: ajv's default dialect; `strict: false` lets `example` and `x-*` through. */
export function storefrontSchemaAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, code });
  addFormats(ajv);
  return ajv;
}

/** Compiles an event schema at run time, exactly as the generator does at build time (tests only). */
export const compileEventSchema = (schema: AnySchema): PrecompiledValidator => eventSchemaAjv().compile(schema);

/** Compiles a request schema at run time, exactly as the generator does at build time (tests only). */
export const compileStorefrontSchema = (schema: AnySchema): PrecompiledValidator =>
  storefrontSchemaAjv().compile(schema);
