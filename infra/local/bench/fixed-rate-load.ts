import { Agent, request } from 'node:http';

export interface LoadResult {
  readonly sent: number;
  readonly ok: number;
  readonly failed: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);

const get = (url: URL, agent: Agent): Promise<{ status: number; ms: number }> =>
  new Promise((resolve) => {
    const started = performance.now();
    const req = request(url, { agent, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started });
      });
    });
    req.on('error', () => {
      resolve({ status: 0, ms: performance.now() - started });
    });
    req.end();
  });

/**
 * Open-loop load on loopback: requests start on a fixed schedule whatever the server's latency (so a slow server
 * cannot slow the load down and flatter its own percentiles), for a bounded time, then it stops by itself.
 */
export async function fixedRateLoad(target: string, ratePerSecond: number, seconds: number): Promise<LoadResult> {
  const url = new URL(target);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('load tests target loopback only');
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const pending: Promise<{ status: number; ms: number }>[] = [];
  const started = performance.now();
  const total = ratePerSecond * seconds;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * ratePerSecond));
      while (pending.length < due) pending.push(get(url, agent));
      if (pending.length >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  const results = await Promise.all(pending);
  agent.destroy();
  const latencies = results.filter((r) => r.status === 200).map((r) => r.ms).sort((a, b) => a - b);
  return {
    sent: results.length,
    ok: latencies.length,
    failed: results.length - latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
  };
}
