import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { synthesizeApp } from './synthesize';

/** AWS's guidance for fast cold starts, and this project's hard limit per function bundle (minified). */
export const BUNDLE_LIMIT_BYTES = 250 * 1024;

export interface BundleSize {
  readonly functionPath: string;
  readonly bytes: number;
  /** The handler modules of this repository the bundle was built from (from its source map), e.g. `domains/catalog/handlers/get-product.ts`. */
  readonly handlerSources: readonly string[];
}

interface TemplateResource {
  Type: string;
  Metadata?: Record<string, unknown>;
}

/** Synthesizes the app with real esbuild bundling and measures every Lambda's `index.js`. */
export function measureBundles(): BundleSize[] {
  const outdir = mkdtempSync(path.join(tmpdir(), 'ecommerce-bundles-'));
  const { assembly, stackName } = synthesizeApp(outdir);
  const template = assembly.getStackByName(stackName).template as { Resources: Record<string, TemplateResource> };
  return Object.values(template.Resources)
    .filter((resource) => resource.Type === 'AWS::Lambda::Function')
    .map((resource) => {
      const assetPath = resource.Metadata?.['aws:asset:path'];
      const cdkPath = resource.Metadata?.['aws:cdk:path'];
      const functionPath = typeof cdkPath === 'string' ? cdkPath : '?';
      if (typeof assetPath !== 'string') throw new Error(`${functionPath} has no bundled asset`);
      const bundleDir = path.join(outdir, assetPath);
      return { functionPath, bytes: statSync(path.join(bundleDir, 'index.js')).size, handlerSources: handlerSourcesOf(bundleDir) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

function handlerSourcesOf(bundleDir: string): string[] {
  const map = JSON.parse(readFileSync(path.join(bundleDir, 'index.js.map'), 'utf8')) as { sources: string[] };
  return map.sources.map((source) => source.replace(/^(\.\.\/)+/, '').replace(/^.*?(domains\/)/, '$1')).filter((source) => /\/handlers\//.test(source));
}
