import fs from 'node:fs';
import path from 'node:path';

/** What the runtime tells the operator: one compact line per invocation, warnings for lost async events. */
export interface RuntimeLogger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** `X-Amz-Log-Result` carries the last 4 KB of the invocation's log. */
const TAIL_BYTES = 4096;

/**
 * One function's log file, the local stand-in for its CloudWatch log group. Written synchronously through one open
 * descriptor: lines land in order, and whoever reads the file right after an invocation (a test, `tail -f`) sees it all.
 */
export class FunctionLogFile {
  private fd: number | undefined;
  private closed = false;

  constructor(readonly filePath: string) {}

  append(text: string): void {
    if (text === '' || this.closed) return;
    if (this.fd === undefined) {
      fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
      this.fd = fs.openSync(this.filePath, 'a');
    }
    fs.writeSync(this.fd, text);
  }

  /** Later output (an invocation cut short by stop) is dropped rather than reopening the file. */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    this.closed = true;
  }
}

/** `<dir>/<function name>.log`, one file per function. */
export class LogDirectory {
  private readonly files = new Map<string, FunctionLogFile>();

  constructor(private readonly dir: string) {}

  fileFor(functionName: string): FunctionLogFile {
    let file = this.files.get(functionName);
    if (!file) {
      file = new FunctionLogFile(path.join(this.dir, `${functionName}.log`));
      this.files.set(functionName, file);
    }
    return file;
  }

  close(): void {
    for (const file of this.files.values()) file.close();
  }
}

export interface InvocationReport {
  readonly durationMs: number;
  readonly memorySizeMb: number;
  readonly maxMemoryUsedMb: number;
  /** Only on a cold start. */
  readonly initDurationMs?: number;
  readonly status?: 'timeout' | 'error';
  readonly errorType?: string;
}

/** How the platform's own lines are written: Lambda's text lines, or `platform.*` JSON records at or above a level. */
export type PlatformLogFormat = { readonly kind: 'Text' } | { readonly kind: 'JSON'; readonly minimumLevel: string };

const SEVERITY = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
/** platform.start and platform.report are INFO records: a SystemLogLevel of WARN or above drops them. */
const PLATFORM_RECORD_LEVEL = 'INFO';

/** The log lines of one invocation, between Lambda's START and END/REPORT platform lines (or their JSON records). */
export class InvocationLog {
  private recent = '';

  constructor(
    private readonly file: FunctionLogFile,
    readonly requestId: string,
    private readonly format: PlatformLogFormat = { kind: 'Text' },
    private readonly now: () => Date = () => new Date(),
  ) {}

  write(text: string): void {
    this.file.append(text);
    // Enough characters to hold the last 4 KB (a character is at least one byte), without growing without bound.
    this.recent = (this.recent + text).slice(-TAIL_BYTES);
  }

  start(version: string): void {
    if (this.format.kind === 'JSON') {
      this.platformRecord('platform.start', { requestId: this.requestId, version });
      return;
    }
    this.write(`START RequestId: ${this.requestId} Version: ${version}\n`);
  }

  end(report: InvocationReport): void {
    if (this.format.kind === 'JSON') {
      this.platformRecord('platform.report', reportRecord(this.requestId, report));
      return;
    }
    this.write(`END RequestId: ${this.requestId}\n`);
    this.write(reportLine(this.requestId, report));
  }

  /** Lambda's own message that the invocation ran out of time, in the function's log format. */
  timedOut(seconds: number): void {
    const message = `Task timed out after ${seconds.toFixed(2)} seconds`;
    if (this.format.kind === 'JSON') {
      const record = { timestamp: this.now().toISOString(), level: 'ERROR', requestId: this.requestId, message };
      this.write(`${JSON.stringify(record)}\n`);
      return;
    }
    this.write(`${this.now().toISOString()} ${this.requestId} ${message}\n`);
  }

  private platformRecord(type: string, record: Readonly<Record<string, unknown>>): void {
    if (this.format.kind !== 'JSON') return;
    if (SEVERITY.indexOf(PLATFORM_RECORD_LEVEL) < SEVERITY.indexOf(this.format.minimumLevel)) return;
    this.write(`${JSON.stringify({ time: this.now().toISOString(), type, record })}\n`);
  }

  /** Base64 of the last 4 KB, as `X-Amz-Log-Result` carries it. */
  tail(): string {
    return Buffer.from(this.recent).subarray(-TAIL_BYTES).toString('base64');
  }
}

/** The `platform.report` record of Lambda's JSON system logs (the Telemetry API's shape). */
function reportRecord(requestId: string, report: InvocationReport): Record<string, unknown> {
  return {
    requestId,
    metrics: {
      durationMs: Number(report.durationMs.toFixed(3)),
      billedDurationMs: Math.ceil(report.durationMs),
      memorySizeMB: report.memorySizeMb,
      maxMemoryUsedMB: report.maxMemoryUsedMb,
      ...(report.initDurationMs === undefined ? {} : { initDurationMs: Number(report.initDurationMs.toFixed(3)) }),
    },
    status: report.status === undefined ? 'success' : report.status === 'timeout' ? 'timeout' : 'error',
    ...(report.errorType === undefined ? {} : { errorType: report.errorType }),
  };
}

function reportLine(requestId: string, report: InvocationReport): string {
  const fields = [
    `REPORT RequestId: ${requestId}`,
    `Duration: ${report.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${Math.ceil(report.durationMs)} ms`,
    `Memory Size: ${report.memorySizeMb} MB`,
    `Max Memory Used: ${report.maxMemoryUsedMb} MB`,
  ];
  if (report.initDurationMs !== undefined) fields.push(`Init Duration: ${report.initDurationMs.toFixed(2)} ms`);
  if (report.status) fields.push(`Status: ${report.status}`);
  if (report.errorType) fields.push(`Error Type: ${report.errorType}`);
  return `${fields.join('\t')}\t\n`;
}

export interface InvocationSummary {
  readonly functionName: string;
  readonly requestId: string;
  readonly outcome: 'ok' | 'error' | 'timeout' | 'throttled';
  readonly durationMs?: number;
  readonly initDurationMs?: number;
  readonly errorType?: string;
}

/** The compact console line: `λ <function> ok 12.3 ms (cold 140.2 ms) <requestId>`. */
export function logInvocation(logger: RuntimeLogger, summary: InvocationSummary): void {
  const parts = [`λ ${summary.functionName} ${summary.outcome}`];
  if (summary.errorType) parts.push(summary.errorType);
  if (summary.durationMs !== undefined) parts.push(`${summary.durationMs.toFixed(1)} ms`);
  if (summary.initDurationMs !== undefined) parts.push(`(cold ${summary.initDurationMs.toFixed(1)} ms)`);
  parts.push(summary.requestId);
  logger.info(parts.join(' '), { ...summary });
}
