import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The CDK CLI hands cdk.json's context (feature flags, stage) to the app; an App built in-process (tests, scripts)
 * must be given it explicitly, or it would synthesize with different defaults than `cdk synth`.
 */
export function cdkJsonContext(): Record<string, unknown> {
  const file = path.join(__dirname, '..', 'cdk.json');
  const cdkJson = JSON.parse(readFileSync(file, 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}
