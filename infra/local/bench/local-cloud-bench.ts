import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { freePort } from '../dynamodb/dynamodb-local-process';
import { fixedRateLoad } from './fixed-rate-load';

/**
 * `npm run bench`: how long `npm start` takes to report ready, and GET /products latency at 500 requests/s for 10 s,
 * measured from this process against an `npm start` child (in memory, demo data seeded) on loopback.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = 10;

async function waitForHealth(edgeUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${edgeUrl}/_local/health`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the local cloud was not ready within ${timeoutMs} ms`);
}

async function main(): Promise<void> {
  const [edgePort, apiPort] = [await freePort(), await freePort()];
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'infra/local/cli/start.ts', '--in-memory', '--edge-port', String(edgePort), '--api-port', String(apiPort)],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  try {
    await waitForHealth(edgeUrl, 120_000);
    const readyMs = performance.now() - started;
    // Ready means serving; the demo data is written right after, through the API.
    while (!output.includes('Local cloud ready')) await new Promise((resolve) => setTimeout(resolve, 50));
    const seededMs = performance.now() - started;
    const api = `http://127.0.0.1:${apiPort}/products`;
    await fixedRateLoad(api, Number(process.env.BENCH_WARM_RATE ?? 50), Number(process.env.BENCH_WARM_SECONDS ?? 2));
    const load = await fixedRateLoad(api, RATE, SECONDS);
    const lines = [
      `npm start → health ready:     ${(readyMs / 1000).toFixed(2)} s (includes cdk synth with esbuild bundling)`,
      `npm start → demo data seeded: ${(seededMs / 1000).toFixed(2)} s`,
      `GET /products at ${RATE}/s for ${SECONDS} s: sent ${load.sent}, ok ${load.ok}, failed ${load.failed}, ` +
        `p50 ${load.p50Ms.toFixed(2)} ms, p99 ${load.p99Ms.toFixed(2)} ms, max ${load.maxMs.toFixed(2)} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    child.kill('SIGINT');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
