import * as path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../infra/local/local-cloud';
import { quietLogger } from './quiet-logger';

/**
 * The local cloud as integration tests run it: in memory, free ports, quiet, Lambda logs under `<workDir>/logs`, the
 * pools' signing keys under `<workDir>/cognito-keys` (see signingKeyDir).
 */
export function bootLocalCloud(workDir: string, stackName: string): Promise<LocalCloud> {
  return startLocalCloud({
    assemblyDir: path.join(workDir, 'cdk.out'),
    stackName,
    edgePort: 0,
    apiPort: 0,
    logDir: path.join(workDir, 'logs'),
    signingKeyDir: path.join(workDir, 'cognito-keys'),
    logger: quietLogger,
  });
}
