import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LocalCloud } from '../../infra/local/local-cloud';
import { synthesizeApp } from '../../infra/synthesize';
import { bootLocalCloud } from './boot-local-cloud';

declare global {
  var localCloud: LocalCloud | undefined;
}

/**
 * Boots the local cloud once per integration run, in memory, from the app synthesized exactly as `cdk synth` does.
 * Workers inherit where it runs through the environment; tests discover everything else from the stack's outputs.
 */
export default async function globalSetup(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'ecommerce-it-'));
  const { stackName } = synthesizeApp(path.join(workDir, 'cdk.out'));
  const cloud = await bootLocalCloud(workDir, stackName);
  globalThis.localCloud = cloud;
  process.env.LOCAL_EDGE_URL = cloud.edgeUrl;
  process.env.ECOMMERCE_STACK_NAME = stackName;
  process.env.LOCAL_LOG_DIR = path.join(workDir, 'logs');
  process.env.LOCAL_SIGNING_KEY_DIR = path.join(workDir, 'cognito-keys');
}
