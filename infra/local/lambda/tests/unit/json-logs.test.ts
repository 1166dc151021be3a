import { fixtureFunction } from '../support/fixtures';
import { payloadOf, startTestLambda, type TestLambda } from '../support/test-lambda';

const recordsOf = (log: string): Record<string, unknown>[] =>
  log
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('functions with LoggingConfig LogFormat JSON', () => {
  let test: TestLambda;

  beforeAll(() => {
    test = startTestLambda([
      fixtureFunction('json-info', 'leveled-logger', { logging: { format: 'JSON' } }),
      fixtureFunction('json-warn', 'leveled-logger', {
        logging: { format: 'JSON', applicationLogLevel: 'WARN', systemLogLevel: 'WARN' },
      }),
      fixtureFunction('text', 'leveled-logger'),
    ]);
  });

  afterAll(async () => {
    await test.stop();
  });

  it('writes console calls as JSON records at or above the default INFO level, between platform records', async () => {
    // Act
    const outcome = await test.invoke('json-info');
    // Assess
    const records = recordsOf(test.logOf('json-info'));
    expect(payloadOf(outcome)).toEqual({ format: 'JSON', level: 'INFO' });
    expect(records.map((record) => record.type ?? record.level)).toEqual(['platform.start', 'INFO', 'WARN', 'ERROR', 'platform.report']);
    expect(records[0]).toMatchObject({ type: 'platform.start', record: { requestId: outcome.requestId, version: '$LATEST' } });
    expect(records[1]).toEqual({
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/) as unknown,
      level: 'INFO',
      requestId: outcome.requestId,
      message: "an info line { orderId: 'o-1' }",
    });
    expect(records[3]).toMatchObject({ level: 'ERROR', errorType: 'TypeError', errorMessage: 'a failure' });
    expect(records[4]).toMatchObject({
      type: 'platform.report',
      record: {
        requestId: outcome.requestId,
        status: 'success',
        metrics: { memorySizeMB: 128, durationMs: expect.any(Number) as unknown, initDurationMs: expect.any(Number) as unknown },
      },
    });
  });

  it('drops application records below ApplicationLogLevel and platform records below SystemLogLevel', async () => {
    // Act
    const outcome = await test.invoke('json-warn');
    // Assess
    expect(payloadOf(outcome)).toEqual({ format: 'JSON', level: 'WARN' });
    expect(recordsOf(test.logOf('json-warn')).map((record) => record.level)).toEqual(['WARN', 'ERROR']);
  });

  it('keeps the plain-text format, with every level, for functions without it', async () => {
    // Act
    const outcome = await test.invoke('text');
    // Assess
    const log = test.logOf('text');
    expect(payloadOf(outcome)).toEqual({ format: null, level: null });
    expect(log).toMatch(/^START RequestId: \S+ Version: \$LATEST\n/);
    expect(log).toContain('\tDEBUG\ta debug line');
    expect(log).toMatch(/REPORT RequestId: \S+\tDuration: /);
  });
});
