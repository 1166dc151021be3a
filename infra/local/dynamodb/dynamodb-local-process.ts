import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { assertJavaAvailable } from '../../scripts/require-java';

export interface DynamoDbLocalOptions {
  /** Loopback port; a free one when omitted. */
  readonly port?: number;
  /** Directory for the database file; in memory when omitted (tests). */
  readonly dataDir?: string;
  readonly startTimeoutMs?: number;
}

export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /** The JVM's process id, so callers (and tests) can check nothing is left behind. */
  readonly jvmPid: number;
  stop(): Promise<void>;
}

const WATCHDOG = path.join(__dirname, 'watchdog.js');

/** Local credentials: DynamoDB Local accepts any, and `sharedDb` makes every key and region see the same tables. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });

type Watchdog = ChildProcessByStdio<Writable, Readable, Readable>;

const firstLine = (watchdog: Watchdog): Promise<string> =>
  new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const newline = buffered.indexOf('\n');
      if (newline >= 0) {
        watchdog.stdout.off('data', onData);
        resolve(buffered.slice(0, newline));
      }
    };
    watchdog.stdout.on('data', onData);
    watchdog.once('exit', (code) => {
      reject(new Error(`DynamoDB Local exited early (code ${String(code)})`));
    });
  });

async function waitUntilServing(endpoint: string, watchdog: Watchdog, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (watchdog.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${String(watchdog.exitCode)}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
}

/**
 * Starts the real DynamoDB Local (Java) through a watchdog process that stops the JVM when we go away, however we go.
 * Resolves once it answers ListTables.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningDynamoDbLocal> {
  assertJavaAvailable();
  const port = options.port ?? (await freePort());
  if (options.dataDir !== undefined) mkdirSync(options.dataDir, { recursive: true });
  const spawnOptions = { port, sharedDb: true, path: options.dataDir ?? null };
  const watchdog: Watchdog = spawn(process.execPath, [WATCHDOG, JSON.stringify(spawnOptions)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    const { jvmPid } = JSON.parse(await firstLine(watchdog)) as { jvmPid: number };
    await waitUntilServing(endpoint, watchdog, options.startTimeoutMs ?? 30_000);
    return { endpoint, port, jvmPid, stop: () => stopWatchdog(watchdog) };
  } catch (error) {
    await stopWatchdog(watchdog);
    throw error;
  }
}

/** Closing the watchdog's stdin is the one stop signal: the same path a crash of ours takes. */
function stopWatchdog(watchdog: Watchdog): Promise<void> {
  return new Promise((resolve) => {
    if (watchdog.exitCode !== null || watchdog.signalCode !== null) {
      resolve();
      return;
    }
    watchdog.once('exit', () => {
      resolve();
    });
    watchdog.stdin.end();
  });
}
