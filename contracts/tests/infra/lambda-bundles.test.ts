import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Every Lambda entry point: domains/<domain>/handlers/*.ts. */
function handlerEntries(): string[] {
  const domainsDir = path.join(ROOT, 'domains');
  return readdirSync(domainsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((domain) => {
      const handlersDir = path.join(domainsDir, domain.name, 'handlers');
      try {
        return readdirSync(handlersDir)
          .filter((name) => name.endsWith('.ts'))
          .map((name) => path.relative(ROOT, path.join(handlersDir, name)));
      } catch {
        return [];
      }
    })
    .sort();
}

/** Bundles like the CDK functions do (esbuild, node20, AWS SDK external) and lists each entry's inputs. */
function bundledInputs(entryPoints: string[]): Map<string, string[]> {
  const { metafile } = buildSync({
    absWorkingDir: ROOT,
    entryPoints,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@aws-sdk/*'],
    outdir: path.join(tmpdir(), 'lambda-bundles'),
    logLevel: 'silent',
  });
  return new Map(
    Object.values(metafile.outputs)
      .filter((output) => output.entryPoint !== undefined)
      .map((output) => [output.entryPoint ?? '', Object.keys(output.inputs)]),
  );
}

// The JSON-Schema compiler and what only it needs; generated validators use ajv/dist/runtime/* and the format checks.
const SCHEMA_COMPILER = /node_modules\/(?:ajv\/dist\/(?:ajv|core|compile|vocabularies)\/?|ajv-draft-04\/|fast-uri\/|ajv-formats\/dist\/index)/;

describe('the Lambda bundles', () => {
  const entries = handlerEntries();
  const inputs = bundledInputs(entries);

  it('are built for every handler', () => {
    // Assess
    expect(entries.length).toBeGreaterThan(0);
    expect([...inputs.keys()].sort()).toEqual(entries);
  });

  it('carry generated validators, never the JSON-Schema compiler or the OpenAPI document', () => {
    // Act
    const offending = [...inputs].flatMap(([entry, files]) =>
      files
        .filter((file) => SCHEMA_COMPILER.test(file) || file.endsWith('contracts/openapi/storefront.json'))
        .map((file) => `${entry}: ${file}`),
    );

    // Assess
    expect(offending).toEqual([]);
  });
});
