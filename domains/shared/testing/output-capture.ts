/**
 * Captures what Powertools writes (log lines on stdout/stderr, EMF metrics on stdout) so tests can assert on
 * it and the test output stays quiet. Call `restore()` in afterEach.
 */
export interface OutputCapture {
  /** Every JSON line written so far, in order, parsed; non-JSON output is skipped. */
  records(): Record<string, unknown>[];
  /** Only log lines (records with a `level`), leaving out EMF metric blobs. */
  logs(): Record<string, unknown>[];
  restore(): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseLine = (line: string): Record<string, unknown> | undefined => {
  try {
    const parsed: unknown = JSON.parse(line);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

export const captureOutput = (): OutputCapture => {
  const chunks: string[] = [];
  const record = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [jest.spyOn(process.stdout, 'write').mockImplementation(record), jest.spyOn(process.stderr, 'write').mockImplementation(record)];
  const records = (): Record<string, unknown>[] =>
    chunks
      .join('')
      .split('\n')
      .map(parseLine)
      .filter((parsed): parsed is Record<string, unknown> => parsed !== undefined);
  return {
    records,
    logs: () => records().filter((parsed) => 'level' in parsed),
    restore: () => {
      spies.forEach((spy) => {
        spy.mockRestore();
      });
    },
  };
};
