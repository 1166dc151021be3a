import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createApp } from '../app-factory';
import { cdkJsonContext } from '../cdk-context';
import type { EcommerceStack } from '../ecommerce-stack';

export interface Synthesized {
  readonly stack: EcommerceStack;
  readonly template: Template;
  readonly assembly: CloudAssembly;
}

let cached: Synthesized | undefined;

/**
 * The app synthesized once per test file, exactly as `cdk synth` builds it (cdk-nag and cfn-validate included), but
 * without esbuild bundling: these tests assert resources, and bundles are measured by `npm run bundle-sizes`.
 */
export function synthesized(): Synthesized {
  if (!cached) {
    const outdir = mkdtempSync(path.join(tmpdir(), 'ecommerce-synth-'));
    const { app, stack } = createApp({ outdir, context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
    const assembly = app.synth();
    cached = { stack, template: Template.fromStack(stack), assembly };
  }
  return cached;
}

type Json = Record<string, unknown>;

/** Resources of one type as [logicalId, properties] pairs. */
export function resourcesOf(template: Template, type: string): [string, Json][] {
  return Object.entries(template.findResources(type)).map(([id, resource]) => [
    id,
    (resource as { Properties?: Json }).Properties ?? {},
  ]);
}
