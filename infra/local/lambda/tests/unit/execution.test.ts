import { fixtureFunction } from '../support/fixtures';
import { payloadOf, startTestLambda, type TestLambda } from '../support/test-lambda';

describe('a function running in its worker thread', () => {
  let test: TestLambda;

  beforeAll(() => {
    process.env.TEST_RUNNER_ONLY = 'the host must not leak this';
    test = startTestLambda(
      [
        fixtureFunction('reporter-a', 'env-reporter', {
          environment: { ONLY_IN_A: 'a', AWS_ENDPOINT_URL: 'http://elsewhere', AWS_LAMBDA_FUNCTION_NAME: 'spoofed' },
          memoryMb: 256,
        }),
        fixtureFunction('reporter-b', 'env-reporter', { environment: { ONLY_IN_B: 'b' } }),
        fixtureFunction('echo', 'echo', { timeoutSeconds: 2 }),
        fixtureFunction('slow', 'slow', { timeoutSeconds: 2 }),
        fixtureFunction('callback', 'callback'),
        fixtureFunction('nested', 'nested', { handler: 'lib/app.handlers.main' }),
      ],
      { injectedEnvironment: { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566', AWS_REGION: 'us-east-1' } },
    );
  });

  afterAll(async () => {
    delete process.env.TEST_RUNNER_ONLY;
    await test.stop();
  });

  describe('environment', () => {
    it('sees its own variables and neither another function’s nor the host’s', async () => {
      // Act
      const a = payloadOf(await test.invoke('reporter-a')) as Record<string, string>;
      const b = payloadOf(await test.invoke('reporter-b')) as Record<string, string>;
      // Assess
      expect(a.ONLY_IN_A).toBe('a');
      expect(a).not.toHaveProperty('ONLY_IN_B');
      expect(b.ONLY_IN_B).toBe('b');
      expect(b).not.toHaveProperty('ONLY_IN_A');
      expect(a).not.toHaveProperty('TEST_RUNNER_ONLY');
      expect(b).not.toHaveProperty('TEST_RUNNER_ONLY');
    });

    it('gets the injected endpoint and Lambda’s reserved variables, which override its own', async () => {
      // Act
      const env = payloadOf(await test.invoke('reporter-a')) as Record<string, string>;
      // Assess
      expect(env).toMatchObject({
        AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
        AWS_REGION: 'us-east-1',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_LAMBDA_FUNCTION_NAME: 'reporter-a',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/reporter-a',
        _HANDLER: 'index.handler',
        LAMBDA_TASK_ROOT: expect.stringMatching(/fixtures[/\\]env-reporter$/) as unknown,
      });
    });
  });

  describe('context object', () => {
    it('carries the request id, names, version, ARN, memory and log names', async () => {
      // Act
      const outcome = await test.invoke('echo', { hello: 'world' });
      // Assess
      expect(payloadOf(outcome)).toEqual({
        event: { hello: 'world' },
        context: {
          awsRequestId: outcome.requestId,
          functionName: 'echo',
          functionVersion: '$LATEST',
          invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:echo',
          memoryLimitInMB: '128',
          logGroupName: '/aws/lambda/echo',
          logStreamName: expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/) as unknown,
          callbackWaitsForEmptyEventLoop: true,
          remainingTimeInMillis: expect.any(Number) as unknown,
        },
      });
    });

    it('counts getRemainingTimeInMillis down from the timeout', async () => {
      // Act
      const { before, after } = payloadOf(await test.invoke('slow', { ms: 120 })) as { before: number; after: number };
      // Assess
      expect(before).toBeLessThanOrEqual(2000);
      expect(before).toBeGreaterThan(1500);
      expect(before - after).toBeGreaterThanOrEqual(100);
    });
  });

  describe('handler resolution', () => {
    it('finds a nested export in a file under a subdirectory', async () => {
      // Act
      const outcome = await test.invoke('nested');
      // Assess
      expect(payloadOf(outcome)).toEqual({ handledBy: 'lib/app.handlers.main' });
    });
  });

  describe('callback-style handlers', () => {
    it('answer through the callback', async () => {
      // Act
      const outcome = await test.invoke('callback', { value: 42 });
      // Assess
      expect(payloadOf(outcome)).toEqual({ via: 'callback', echo: 42 });
    });

    it('answer once the event loop drains, unless callbackWaitsForEmptyEventLoop is false', async () => {
      // Act
      const waited = await test.invoke('callback', { value: 1, lingerMs: 500 });
      const immediate = await test.invoke('callback', { value: 2, lingerMs: 500, waitForEmptyEventLoop: false });
      // Assess
      expect(test.logger.summaryOf(waited.requestId)?.durationMs).toBeGreaterThanOrEqual(490);
      expect(test.logger.summaryOf(immediate.requestId)?.durationMs).toBeLessThan(400);
    });

    it('fail with the error passed to the callback', async () => {
      // Act
      const outcome = await test.invoke('callback', { fail: 'declined' });
      // Assess
      expect(outcome).toMatchObject({ kind: 'completed', functionError: 'Unhandled' });
      expect(payloadOf(outcome)).toMatchObject({ errorType: 'Error', errorMessage: 'declined' });
    });
  });
});
