import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

/**
 * Verifies tokens with jose's `createRemoteJWKSet` + `jwtVerify`, exactly as a resource server would. jose 6 is
 * ESM-only and Jest's CommonJS runtime cannot load it, so the checks run in one worker thread (plain Node, native
 * `import()`), outside Jest's module system.
 */

export interface VerifyOptions {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience?: string;
  /** The verifier's "now"; default the real time. */
  readonly currentDate?: Date;
}

export type Verification =
  | { readonly ok: true; readonly payload: Record<string, unknown>; readonly protectedHeader: Record<string, unknown> }
  | { readonly ok: false; readonly code: string; readonly message: string };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const josePromise = import(workerData.joseUrl);
const jwksByUrl = new Map();
parentPort.on('message', async ({ id, token, options }) => {
  const jose = await josePromise;
  if (!jwksByUrl.has(options.jwksUrl)) {
    jwksByUrl.set(options.jwksUrl, jose.createRemoteJWKSet(new URL(options.jwksUrl)));
  }
  try {
    const { payload, protectedHeader } = await jose.jwtVerify(token, jwksByUrl.get(options.jwksUrl), {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: ['RS256'],
      currentDate: options.currentDate === undefined ? undefined : new Date(options.currentDate),
    });
    parentPort.postMessage({ id, result: { ok: true, payload, protectedHeader } });
  } catch (error) {
    parentPort.postMessage({ id, result: { ok: false, code: String(error.code), message: String(error.message) } });
  }
});
`;

export class JoseVerifier {
  private readonly worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { joseUrl: pathToFileURL(require.resolve('jose')).href },
  });
  private readonly pending = new Map<number, (result: Verification) => void>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', ({ id, result }: { id: number; result: Verification }) => {
      this.pending.get(id)?.(result);
      this.pending.delete(id);
    });
  }

  verify(token: string, options: VerifyOptions): Promise<Verification> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, token, options: { ...options, currentDate: options.currentDate?.getTime() } });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
