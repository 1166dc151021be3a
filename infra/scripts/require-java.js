// Runs before `npm install` (no dependencies yet, so plain Node): DynamoDB Local, which the local cloud and the
// integration tests run, needs Java 17+. Without it, say exactly how to install it and stop.
'use strict';
const { spawnSync } = require('node:child_process');

const JAVA_INSTALL_HINT =
  'DynamoDB Local needs Java 17 or newer. Install it with:\n' +
  '  sudo apt-get install -y openjdk-17-jre-headless      # Debian/Ubuntu\n' +
  '  brew install openjdk@17                              # macOS\n' +
  'then run the command again.';

/** Throws an Error carrying the install command unless `java -version` reports 17 or newer. */
function assertJavaAvailable() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(`Java was not found. ${JAVA_INSTALL_HINT}`);
  const major = /version "(\d+)/.exec(probe.stderr || '')?.[1];
  if (major !== undefined && Number(major) < 17) throw new Error(`Found Java ${major}. ${JAVA_INSTALL_HINT}`);
}

module.exports = { assertJavaAvailable, JAVA_INSTALL_HINT };

if (require.main === module) {
  try {
    assertJavaAvailable();
  } catch (error) {
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
}
