import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { createApp } from './app-factory';
import { cdkJsonContext } from './cdk-context';

/**
 * Synthesizes the app in-process exactly as `cdk synth` does — cdk.json's context, real esbuild bundling, and the
 * asset/path metadata the CLI turns on — so tools reading the assembly (bundle sizes, the local cloud) see what
 * deploys.
 */
export function synthesizeApp(
  outdir: string,
  context: Record<string, unknown> = {},
  options: { readonly nagChecks?: boolean } = {},
): { assembly: CloudAssembly; stackName: string } {
  const { app, stack } = createApp({
    outdir,
    context: { ...cdkJsonContext(), 'aws:cdk:enable-asset-metadata': true, 'aws:cdk:enable-path-metadata': true, ...context },
  }, options);
  return { assembly: app.synth(), stackName: stack.stackName };
}
