import type { CognitoLogger } from './cognito-context';

type Level = 'debug' | 'info' | 'error';

/** JSON lines (`level`, `message`, `service`, fields) on `stream`; debug lines only when asked for. */
export function jsonLinesLogger(options: { stream?: NodeJS.WritableStream; debug?: boolean } = {}): CognitoLogger {
  const stream = options.stream ?? process.stdout;
  const write = (level: Level, message: string, fields?: Readonly<Record<string, unknown>>): void => {
    stream.write(`${JSON.stringify({ level, message, service: 'cognito-idp', ...fields })}\n`);
  };
  return {
    debug: (message, fields) => {
      if (options.debug === true) write('debug', message, fields);
    },
    info: (message, fields) => {
      write('info', message, fields);
    },
    error: (message, fields) => {
      write('error', message, fields);
    },
  };
}
