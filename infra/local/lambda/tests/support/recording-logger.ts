import type { RuntimeLogger } from '../../lambda-logs';

export interface LoggedLine {
  readonly level: 'info' | 'warn';
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Keeps what the runtime logs, so tests can read the per-invocation summaries (cold start, outcome). */
export class RecordingLogger implements RuntimeLogger {
  readonly lines: LoggedLine[] = [];

  info(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: 'info', message, fields });
  }

  warn(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: 'warn', message, fields });
  }

  /** The summary line of one invocation. */
  summaryOf(requestId: string): Readonly<Record<string, unknown>> | undefined {
    return this.lines.find((line) => line.fields.requestId === requestId && 'outcome' in line.fields)?.fields;
  }
}
