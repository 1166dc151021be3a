import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../infra/local/local-cloud';
import { synthesizeApp } from '../../infra/synthesize';
import { quietLogger } from './quiet-logger';

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
  const cloud = await startLocalCloud({
    assemblyDir: path.join(workDir, 'cdk.out'),
    stackName,
    edgePort: 0,
    apiPort: 0,
    logDir: path.join(workDir, 'logs'),
    logger: quietLogger,
  });
  globalThis.localCloud = cloud;
  process.env.LOCAL_EDGE_URL = cloud.edgeUrl;
  process.env.ECOMMERCE_STACK_NAME = stackName;
  process.env.LOCAL_LOG_DIR = path.join(workDir, 'logs');
}
