/**
 * The only logging the edge needs, injected by whoever starts it (npm start prints JSON lines; tests stay quiet).
 * Structurally a subset of Powertools' Logger, so one can be passed as is.
 */
export interface EdgeLogger {
  debug(message: string, fields: Readonly<Record<string, unknown>>): void;
  error(message: string, fields: Readonly<Record<string, unknown>>): void;
}

export const silentLogger: EdgeLogger = {
  debug: () => undefined,
  error: () => undefined,
};
