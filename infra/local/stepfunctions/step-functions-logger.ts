import { silentLogger, type EdgeLogger } from '../edge/logger';

/**
 * The edge's logger plus `warn`, for what the local Step Functions must tell a developer (a status-change event that
 * could not be delivered, an execution the interpreter could not run). Structurally a subset of Powertools' Logger.
 */
export interface StepFunctionsLogger extends EdgeLogger {
  warn(message: string, fields: Readonly<Record<string, unknown>>): void;
}

export const silentStepFunctionsLogger: StepFunctionsLogger = { ...silentLogger, warn: () => undefined };
