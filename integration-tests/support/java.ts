import { spawnSync } from 'node:child_process';

export const JAVA_INSTALL_HINT =
  'DynamoDB Local needs Java 17+. Install it with: sudo apt-get install -y openjdk-17-jre-headless ' +
  '(macOS: brew install openjdk@17), then run the command again.';

/** Fails with the exact install command when no usable `java` is on the PATH. */
export function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(JAVA_INSTALL_HINT);
  const major = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (major !== undefined && Number(major) < 17) {
    throw new Error(`Found Java ${major}. ${JAVA_INSTALL_HINT}`);
  }
}
