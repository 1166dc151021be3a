import { setTimeout as sleep } from 'node:timers/promises';
import { fixtureFunction } from '../support/fixtures';
import { payloadOf, startTestLambda, wasColdStart, type TestLambda } from '../support/test-lambda';

describe('execution environments', () => {
  let test: TestLambda;

  beforeAll(() => {
    test = startTestLambda(
      [
        fixtureFunction('counter', 'counter'),
        fixtureFunction('reaped-counter', 'counter'),
        fixtureFunction('slow', 'slow', { timeoutSeconds: 1 }),
        fixtureFunction('single', 'slow', { reservedConcurrency: 1 }),
        fixtureFunction('throws', 'throws'),
        fixtureFunction('crashes', 'crashes'),
        fixtureFunction('hog', 'memory-hog', { memoryMb: 32 }),
        fixtureFunction('missing-export', 'echo', { handler: 'index.nope' }),
        fixtureFunction('broken-import', 'broken-import'),
      ],
      { idleTimeoutMs: 400 },
    );
  });

  afterAll(async () => {
    await test.stop();
  });

  describe('warm reuse', () => {
    it('keeps module state between invocations of a warm environment', async () => {
      // Act
      const first = await test.invoke('counter');
      const second = await test.invoke('counter');
      // Assess
      expect(payloadOf(first)).toMatchObject({ invocations: 1 });
      expect(payloadOf(second)).toMatchObject({ invocations: 2 });
      expect(wasColdStart(test, first)).toBe(true);
      expect(wasColdStart(test, second)).toBe(false);
    });

    it('starts cold with fresh module state once an idle environment is reaped', async () => {
      // Prepare
      await test.invoke('reaped-counter');
      await test.invoke('reaped-counter');
      await sleep(800);
      // Act
      const afterIdle = await test.invoke('reaped-counter');
      // Assess
      expect(payloadOf(afterIdle)).toMatchObject({ invocations: 1 });
      expect(wasColdStart(test, afterIdle)).toBe(true);
    });
  });

  describe('timeout', () => {
    it('stops the handler and answers Sandbox.Timedout', async () => {
      // Act
      const outcome = await test.invoke('slow', { ms: 3000 });
      // Assess
      expect(outcome).toMatchObject({ kind: 'completed', functionError: 'Unhandled' });
      expect(payloadOf(outcome)).toEqual({
        errorType: 'Sandbox.Timedout',
        errorMessage: `RequestId: ${outcome.requestId} Error: Task timed out after 1.00 seconds`,
      });
      expect(test.logOf('slow')).toContain(`${outcome.requestId} Task timed out after 1.00 seconds`);
    });

    it('makes the next invocation cold-start', async () => {
      // Prepare
      await test.invoke('slow', { ms: 3000 });
      // Act
      const next = await test.invoke('slow', { ms: 1 });
      // Assess
      expect(payloadOf(next)).toMatchObject({ before: expect.any(Number) as unknown });
      expect(wasColdStart(test, next)).toBe(true);
    });
  });

  describe('reserved concurrency', () => {
    it('throttles an invocation beyond it', async () => {
      // Act
      const outcomes = await Promise.all([test.invoke('single', { ms: 300 }), test.invoke('single', { ms: 300 })]);
      // Assess
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['completed', 'throttled']);
    });
  });

  describe('function errors', () => {
    it('return the error type, message and trace, and keep the environment warm', async () => {
      // Act
      const first = await test.invoke('throws', { message: 'card declined' });
      const second = await test.invoke('throws');
      // Assess
      expect(first).toMatchObject({ kind: 'completed', functionError: 'Unhandled' });
      expect(payloadOf(first)).toEqual({
        errorType: 'TypeError',
        errorMessage: 'card declined',
        trace: expect.arrayContaining(['TypeError: card declined']) as unknown,
      });
      expect(wasColdStart(test, second)).toBe(false);
    });

    it('that escape the handler end the environment', async () => {
      // Act
      const first = await test.invoke('crashes');
      const second = await test.invoke('crashes');
      // Assess
      expect(payloadOf(first)).toMatchObject({ errorType: 'RangeError', errorMessage: 'escaped the handler' });
      expect(wasColdStart(test, second)).toBe(true);
    });

    it('include running out of the memory size', async () => {
      // Act
      const outcome = await test.invoke('hog');
      // Assess
      expect(payloadOf(outcome)).toEqual({
        errorType: 'Runtime.OutOfMemory',
        errorMessage: `RequestId: ${outcome.requestId} Error: Runtime exited with error: signal: killed`,
      });
    });
  });

  describe('init failures', () => {
    it('report a handler the module does not export as Runtime.HandlerNotFound', async () => {
      // Act
      const outcome = await test.invoke('missing-export');
      // Assess
      expect(outcome).toMatchObject({ kind: 'completed', functionError: 'Unhandled' });
      expect(payloadOf(outcome)).toMatchObject({
        errorType: 'Runtime.HandlerNotFound',
        errorMessage: 'index.nope is undefined or not exported',
      });
    });

    it('report a module that cannot load as Runtime.ImportModuleError, and retry init next time', async () => {
      // Act
      const first = await test.invoke('broken-import');
      const second = await test.invoke('broken-import');
      // Assess
      expect(payloadOf(first)).toMatchObject({
        errorType: 'Runtime.ImportModuleError',
        errorMessage: expect.stringContaining("Error: Cannot find module './not-bundled'") as unknown,
      });
      expect(wasColdStart(test, second)).toBe(true);
    });
  });
});
