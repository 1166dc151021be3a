import {
  InvalidRequestContentException,
  InvokeCommand,
  RequestTooLargeException,
  ResourceNotFoundException,
  TooManyRequestsException,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { serveEdgeService, type ServedEdge } from '../support/edge-http-server';
import { fixtureFunction } from '../support/fixtures';
import { localLambdaClient } from '../support/lambda-client';
import { startTestLambda, type TestLambda } from '../support/test-lambda';

const text = new TextDecoder();
const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const payloadOf = (output: { Payload?: Uint8Array }): unknown => JSON.parse(text.decode(output.Payload));

/** The SDK's error for a rejected call, to assert on its class and fields. */
async function rejection(call: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected the call to fail');
}

describe('the Invoke API driven by the AWS SDK', () => {
  let test: TestLambda;
  let edge: ServedEdge;
  let client: LambdaClient;

  beforeAll(async () => {
    test = startTestLambda([
      fixtureFunction('echo', 'echo'),
      fixtureFunction('throws', 'throws'),
      fixtureFunction('single', 'slow', { reservedConcurrency: 1 }),
    ]);
    edge = await serveEdgeService(test.lambda.service);
    client = localLambdaClient(edge.endpoint);
  });

  afterAll(async () => {
    client.destroy();
    await edge.close();
    await test.stop();
  });

  it('answers a RequestResponse invocation with the function’s result', async () => {
    // Act
    const output = await client.send(new InvokeCommand({ FunctionName: 'echo', Payload: json({ orderId: 'o-1' }) }));
    // Assess
    expect(output.StatusCode).toBe(200);
    expect(output.ExecutedVersion).toBe('$LATEST');
    expect(output.FunctionError).toBeUndefined();
    expect(payloadOf(output)).toMatchObject({ event: { orderId: 'o-1' }, context: { functionName: 'echo' } });
  });

  it.each([
    ['a full ARN', 'arn:aws:lambda:us-east-1:000000000000:function:echo'],
    ['a partial ARN', '000000000000:function:echo'],
    ['a name qualified with $LATEST', 'echo:$LATEST'],
  ])('finds the function by %s', async (_form, functionName) => {
    // Act
    const output = await client.send(new InvokeCommand({ FunctionName: functionName }));
    // Assess
    expect(payloadOf(output)).toMatchObject({ event: {}, context: { functionName: 'echo' } });
  });

  it('marks a function error with X-Amz-Function-Error and returns the error object', async () => {
    // Act
    const output = await client.send(new InvokeCommand({ FunctionName: 'throws', Payload: json({ message: 'nope' }) }));
    // Assess
    expect(output.StatusCode).toBe(200);
    expect(output.FunctionError).toBe('Unhandled');
    expect(payloadOf(output)).toMatchObject({
      errorType: 'TypeError',
      errorMessage: 'nope',
      trace: expect.any(Array) as unknown,
    });
  });

  it('returns the last 4 KB of the log, base64, for LogType Tail', async () => {
    // Act
    const output = await client.send(
      new InvokeCommand({ FunctionName: 'echo', Payload: json({ n: 1 }), LogType: 'Tail' }),
    );
    // Assess
    const log = Buffer.from(output.LogResult ?? '', 'base64').toString('utf8');
    expect(log).toMatch(/^START RequestId: \S+ Version: \$LATEST\n/);
    expect(log).toContain('\tINFO\techo {"n":1}\n');
    expect(log).toMatch(/END RequestId: \S+\nREPORT RequestId: \S+\tDuration: [\d.]+ ms\t/);
  });

  it('passes the client context to the function', async () => {
    // Prepare
    const clientContext = Buffer.from(JSON.stringify({ custom: { tenant: 't-1' } })).toString('base64');
    // Act
    const output = await client.send(new InvokeCommand({ FunctionName: 'echo', ClientContext: clientContext }));
    // Assess
    expect(payloadOf(output)).toMatchObject({ context: { clientContext: { custom: { tenant: 't-1' } } } });
  });

  it('validates a DryRun with 204 and runs nothing', async () => {
    // Act
    const output = await client.send(new InvokeCommand({ FunctionName: 'echo', InvocationType: 'DryRun' }));
    // Assess
    expect(output.StatusCode).toBe(204);
  });

  it('queues an Event invocation with 202 and runs it', async () => {
    // Act
    const output = await client.send(
      new InvokeCommand({ FunctionName: 'echo', InvocationType: 'Event', Payload: json({}) }),
    );
    await test.lambda.events.settled();
    // Assess
    expect(output.StatusCode).toBe(202);
    expect(test.logOf('echo')).toContain(`START RequestId: ${output.$metadata.requestId ?? '?'} Version: $LATEST`);
  });

  it('answers ResourceNotFoundException (404) for an unknown function', async () => {
    // Act
    const error = await rejection(client.send(new InvokeCommand({ FunctionName: 'nope' })));
    // Assess
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe('Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('answers ResourceNotFoundException for a version that was never published', async () => {
    // Act
    const error = await rejection(client.send(new InvokeCommand({ FunctionName: 'echo', Qualifier: '7' })));
    // Assess
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers InvalidRequestContentException (400) for a body that is not JSON', async () => {
    // Act
    const error = await rejection(
      client.send(new InvokeCommand({ FunctionName: 'echo', Payload: new TextEncoder().encode('{not json') })),
    );
    // Assess
    expect(error).toBeInstanceOf(InvalidRequestContentException);
    expect(error.message).toMatch(/^Could not parse request body into json/);
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it.each([
    ['RequestResponse', 6 * 1024 * 1024],
    ['Event', 1024 * 1024],
  ] as const)(
    'answers RequestTooLargeException (413) for a %s payload over %i bytes',
    async (invocationType, limit) => {
      // Prepare
      const payload = json({ padding: 'x'.repeat(limit) });
      // Act
      const error = await rejection(
        client.send(new InvokeCommand({ FunctionName: 'echo', InvocationType: invocationType, Payload: payload })),
      );
      // Assess
      expect(error).toBeInstanceOf(RequestTooLargeException);
      expect(error.$metadata?.httpStatusCode).toBe(413);
    },
  );

  it('throttles beyond reserved concurrency with TooManyRequestsException (429)', async () => {
    // Act
    const calls = [1, 2].map((n) =>
      client.send(new InvokeCommand({ FunctionName: 'single', Payload: json({ ms: 300, n }) })).then(
        (output) => output.StatusCode,
        (error: unknown) => error,
      ),
    );
    const results = await Promise.all(calls);
    // Assess
    const throttle = results.find((result) => result instanceof TooManyRequestsException);
    expect(results).toContain(200);
    expect(throttle).toMatchObject({
      Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
      message: 'Rate Exceeded.',
      $metadata: { httpStatusCode: 429 },
    });
  });
});
