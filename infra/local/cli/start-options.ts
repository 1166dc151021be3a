import { parseArgs } from 'node:util';

export interface StartOptions {
  readonly edgePort: number;
  readonly apiPort: number;
  /** `.local` by default; undefined with --in-memory. */
  readonly dataDir: string | undefined;
  readonly seed: boolean;
  readonly verbose: boolean;
  readonly help: boolean;
}

export const START_USAGE = `Usage: npm start -- [options]
  --edge-port <port>   AWS edge port (default 4566, env LOCAL_EDGE_PORT)
  --api-port <port>    storefront HTTP API port (default 3000, env LOCAL_API_PORT)
  --data-dir <dir>     where local state persists (default .local)
  --in-memory          keep nothing between runs
  --no-seed            skip the demo users and products
  --verbose            one line per request from every service
  --help               this text`;

const port = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65_535) throw new Error(`${name} must be a port number (1-65535), got "${value}"`);
  return parsed;
};

/** Parses `npm start` flags; unknown flags and bad values throw with a message fit for the console. */
export function parseStartOptions(args: readonly string[], env: NodeJS.ProcessEnv = process.env): StartOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      'edge-port': { type: 'string' },
      'api-port': { type: 'string' },
      'data-dir': { type: 'string' },
      'in-memory': { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  return {
    edgePort: port('--edge-port', values['edge-port'] ?? env.LOCAL_EDGE_PORT, 4566),
    apiPort: port('--api-port', values['api-port'] ?? env.LOCAL_API_PORT, 3000),
    dataDir: values['in-memory'] ? undefined : (values['data-dir'] ?? '.local'),
    seed: !values['no-seed'],
    verbose: values.verbose,
    help: values.help,
  };
}
