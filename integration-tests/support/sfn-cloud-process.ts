import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../../infra/platform/domain-function';

/** What the child process passes to startLocalCloud (its logger is always the quiet one). */
export interface CloudProcessOptions {
  readonly assemblyDir: string;
  readonly stackName: string;
  readonly dataDir: string;
  readonly logDir: string;
  readonly edgePort: number;
  readonly apiPort: number;
  readonly timeScale: number;
}

export interface CloudProcess {
  readonly edgeUrl: string;
  /** SIGKILL: no shutdown code runs, as in a crash. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the cloud stops gracefully. Resolves once the process is gone. */
  stop(): Promise<void>;
}

const SCRIPT = path.join(REPO_ROOT, 'integration-tests', 'local-cloud', 'fixtures', 'sfn', 'cloud-process.ts');
const READY_TIMEOUT_MS = 60_000;

/** Starts the local cloud in a child process and resolves when it prints its edge URL (it is ready then). */
export async function startCloudProcess(options: CloudProcessOptions): Promise<CloudProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(options)], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { edgeUrl } = await readyLine(child);
  return { edgeUrl, kill: () => ended(child, 'SIGKILL'), stop: () => ended(child, 'SIGTERM') };
}

function readyLine(child: ChildProcessWithoutNullStreams): Promise<{ edgeUrl: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      fail(new Error(`the local cloud process was not ready within ${String(READY_TIMEOUT_MS)} ms: ${stderr}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      stdout += chunk.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      resolve(JSON.parse(stdout.slice(0, newline)) as { edgeUrl: string });
    };
    const onExit = (code: number | null): void => {
      fail(new Error(`the local cloud process exited (${String(code)}) before it was ready: ${stderr}`));
    };
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}

/** A graceful stop that hangs is cut short with SIGKILL, so a broken shutdown cannot hang the test run. */
const STOP_GRACE_MS = 15_000;

function ended(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const overdue = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(overdue);
      resolve();
    });
    child.kill(signal);
  });
}
