import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { createApp } from './app-factory';
import type { EcommerceStack } from './ecommerce-stack';
import { cdkJsonContext } from './cdk-context';

/**
 * Synthesizes the app in-process exactly as `cdk synth` does — cdk.json's context, real esbuild bundling, and the
 * asset/path metadata the CLI turns on — so tools reading the assembly (bundle sizes, the local cloud) see what
 * deploys.
 */
export function synthesizeApp(
  outdir: string,
  context: Record<string, unknown> = {},
  options: {
    readonly nagChecks?: boolean;
    /** Adds to the stack before synthesis (tests that prove the local cloud follows the template). */
    readonly extend?: (stack: EcommerceStack) => void;
  } = {},
): { assembly: CloudAssembly; stackName: string } {
  const { app, stack } = createApp({
    outdir,
    context: { ...cdkJsonContext(), 'aws:cdk:enable-asset-metadata': true, 'aws:cdk:enable-path-metadata': true, ...context },
  }, options);
  options.extend?.(stack);
  return { assembly: app.synth(), stackName: stack.stackName };
}
