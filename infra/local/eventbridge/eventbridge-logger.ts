import { silentLogger, type EdgeLogger } from '../edge/logger';

/**
 * The edge's logger plus `warn`, for what AWS accepts silently but a developer must see locally (an event put on a bus
 * that does not exist). Structurally a subset of Powertools' Logger, so one can be passed as is.
 */
export interface EventBridgeLogger extends EdgeLogger {
  warn(message: string, fields: Readonly<Record<string, unknown>>): void;
}

export const silentEventBridgeLogger: EventBridgeLogger = { ...silentLogger, warn: () => undefined };
