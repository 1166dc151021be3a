/**
 * `npm run contracts:generate`: regenerates everything in contracts/generated from the schemas.
 * - TypeScript types: contracts/generated/<domain>/<EventName>.v<major>.ts per event schema, and an index.
 * - Validators (ajv standalone code): contracts/generated/validators/, rendered by generate-validators.ts.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { discoverEventSchemas, EVENT_SCHEMAS_DIR, type EventSchemaFile } from '../schema-files';
import { generatedBanner } from './banner';
import { renderValidatorFiles } from './generate-validators';

export const GENERATED_DIR = path.resolve(__dirname, '..', 'generated');

/** Expected contents of contracts/generated (types and validators), keyed by path relative to it. Writes nothing. */
export async function renderAllGeneratedFiles(): Promise<Map<string, string>> {
  return new Map([...(await renderGeneratedFiles()), ...renderValidatorFiles()]);
}

/**
 * Expected generated types, keyed by path relative to contracts/generated (forward slashes). Writes nothing.
 * Formatting is done by the pinned TypeScript printer instead of prettier: prettier 3 cannot run inside Jest
 * (it loads itself with import()), and a printer with no configuration files to discover is stable by design.
 */
export async function renderGeneratedFiles(eventsDir: string = EVENT_SCHEMAS_DIR): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const modules: GeneratedModule[] = [];
  for (const schemaFile of discoverEventSchemas(eventsDir)) {
    const modulePath = schemaFile.relativePath.replace(/\.json$/, '');
    const code = await renderSchemaTypes(schemaFile, eventsDir);
    files.set(`${modulePath}.ts`, code);
    const source = `contracts/events/${schemaFile.relativePath}`;
    modules.push({ modulePath, source, declarations: exportedDeclarations(code) });
  }
  files.set('index.ts', renderIndex(modules));
  return files;
}

async function renderSchemaTypes(schemaFile: EventSchemaFile, eventsDir: string): Promise<string> {
  const { schema, detailType, schemaVersion } = schemaFile;
  const raw = await compile(structuredClone(schema), `${detailType}V${schemaVersion}Event`, {
    bannerComment: generatedBanner(`contracts/events/${schemaFile.relativePath}`),
    cwd: eventsDir,
    $refOptions: { resolve: { external: false } },
    format: false,
    // minItems is enforced at runtime; tuple types like [T, ...T[]] only get in the way of producers.
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    // Where a schema leaves additionalProperties open (the EventBridge envelope: id, time, replay-name...), type the
    // declared fields only rather than add an index signature that would swallow typos.
    additionalProperties: false,
  });
  return normalize(raw);
}

/** Reprints with the TypeScript printer (4-space indent) and halves the indent to match the project's style. */
function normalize(code: string): string {
  const sourceFile = ts.createSourceFile('generated.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const printed = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(sourceFile);
  const lines = printed.split('\n').map((line) => line.replace(/^(?: {4})+/, (indent) => ' '.repeat(indent.length / 2)));
  return `${lines.join('\n').trimEnd()}\n`;
}

interface GeneratedModule {
  modulePath: string;
  source: string;
  /** Exported type name → its declaration text. */
  declarations: Map<string, string>;
}

function exportedDeclarations(code: string): Map<string, string> {
  const sourceFile = ts.createSourceFile('generated.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declarations = new Map<string, string>();
  for (const statement of sourceFile.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      declarations.set(statement.name.text, statement.getText(sourceFile));
    }
  }
  return declarations;
}

/**
 * Shared types (Money, EventMetadata) are declared in every file that uses them. The index exports each name once,
 * from the first file declaring it, and refuses two different declarations under one name.
 */
function renderIndex(modules: GeneratedModule[]): string {
  const firstSeen = new Map<string, GeneratedModule>();
  const lines = [generatedBanner('contracts/events/**/*.json')];
  for (const module of modules) {
    const names: string[] = [];
    for (const [name, text] of module.declarations) {
      const earlier = firstSeen.get(name);
      if (earlier === undefined) {
        firstSeen.set(name, module);
        names.push(name);
      } else if (earlier.declarations.get(name) !== text) {
        throw new Error(
          `Type ${name} differs between ${earlier.source} and ${module.source}; give one of them another title`,
        );
      }
    }
    if (names.length > 0) lines.push(`export type { ${names.sort().join(', ')} } from './${module.modulePath}';`);
  }
  return `${lines.join('\n')}\n`;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

async function main(): Promise<void> {
  const files = await renderAllGeneratedFiles();
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const stale of listFiles(GENERATED_DIR).filter((file) => !files.has(file))) {
    rmSync(path.join(GENERATED_DIR, stale));
  }
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(GENERATED_DIR, file)), { recursive: true });
    writeFileSync(path.join(GENERATED_DIR, file), content);
  }
  process.stdout.write(`contracts: generated ${files.size} files in contracts/generated\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
