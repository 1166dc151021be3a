import { silentLogger, type EdgeLogger } from '../edge/logger';

/**
 * The edge's logger plus `warn`, for what a developer must see locally although AWS stays silent (an event source
 * mapping whose function keeps failing). Structurally a subset of Powertools' Logger, so one can be passed as is.
 */
export interface SqsLogger extends EdgeLogger {
  warn(message: string, fields: Readonly<Record<string, unknown>>): void;
}

export const silentSqsLogger: SqsLogger = { ...silentLogger, warn: () => undefined };
