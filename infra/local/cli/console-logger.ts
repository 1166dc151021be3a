import type { EdgeLogger } from '../edge/logger';
import type { RuntimeLogger } from '../lambda';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Compact console lines for `npm start`: warnings and errors always; the services' per-request lines (debug, and the
 * Lambda/HTTP API one-liners they log at info) only with --verbose.
 */
export function consoleLogger(options: { verbose: boolean; write?: (line: string) => void }): RuntimeLogger & EdgeLogger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const line = (level: string, message: string, fields?: Fields): void => {
    const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
    write(`${new Date().toISOString().slice(11, 23)} ${level.padEnd(5)} ${message}${extra}`);
  };
  return {
    debug: (message, fields) => {
      if (options.verbose) line('debug', message, fields);
    },
    info: (message, fields) => {
      if (options.verbose) line('info', message, fields);
    },
    warn: (message, fields) => {
      line('warn', message, fields);
    },
    error: (message, fields) => {
      line('error', message, fields);
    },
  };
}
