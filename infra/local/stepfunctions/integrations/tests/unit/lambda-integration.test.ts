import { completed, FakeLambda, invokerWith, never, NOW, statesErrorOf, taskRequest } from './support';

const INVOKE = 'arn:aws:states:::lambda:invoke';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:authorize-payment';

describe('lambda:invoke', () => {
  it('sends Payload as the event, FunctionName and Qualifier as given, synchronously by default', async () => {
    // Prepare
    const lambda = new FakeLambda();
    const invoker = invokerWith({ lambda });
    // Act
    await invoker.invoke(taskRequest(INVOKE, { FunctionName: 'authorize-payment', Payload: { orderId: 'o-1', amount: 1200 }, Qualifier: '$LATEST' }));
    // Assess
    expect(lambda.requests).toEqual([
      expect.objectContaining({ functionName: 'authorize-payment', payload: '{"orderId":"o-1","amount":1200}', invocationType: 'RequestResponse', qualifier: '$LATEST' }),
    ]);
  });

  it('sends an empty object when the arguments have no Payload', async () => {
    // Prepare
    const lambda = new FakeLambda();
    // Act
    await invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'authorize-payment' }));
    // Assess
    expect(lambda.requests[0]?.payload).toBe('{}');
  });

  it('answers with the Invoke response: Payload parsed from JSON text, ExecutedVersion, StatusCode and SDK metadata', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve(completed('{"status":"AUTHORIZED"}'));
    // Act
    const result = await invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'authorize-payment' }));
    // Assess
    expect(result).toEqual({
      ExecutedVersion: '$LATEST',
      Payload: { status: 'AUTHORIZED' },
      SdkHttpMetadata: {
        AllHttpHeaders: expect.objectContaining({ 'x-amzn-RequestId': ['lambda-request-1'], 'X-Amz-Executed-Version': ['$LATEST'] }) as unknown,
        HttpHeaders: expect.objectContaining({
          'Content-Length': '23',
          'Content-Type': 'application/json',
          Date: NOW.toUTCString(),
          'x-amzn-RequestId': 'lambda-request-1',
        }) as unknown,
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: 'lambda-request-1' },
      StatusCode: 200,
    });
  });

  it('invokes asynchronously with InvocationType Event and answers 202 with an empty Payload', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve({ kind: 'completed', statusCode: 202, payload: '' });
    // Act
    const result = await invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'notify', InvocationType: 'Event' }));
    // Assess
    expect(lambda.requests[0]?.invocationType).toBe('Event');
    expect(result).toMatchObject({ Payload: '', StatusCode: 202 });
    expect(result).not.toHaveProperty('ExecutedVersion');
  });

  it('fails with the errorType of a function error, the error object being the cause', async () => {
    // Prepare
    const errorPayload = '{"errorType":"PaymentDeclined","errorMessage":"card_declined","trace":[]}';
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve(completed(errorPayload, { functionError: 'Unhandled' }));
    // Act
    const failure = await statesErrorOf(invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'authorize-payment' })));
    // Assess
    expect(failure).toEqual({ error: 'PaymentDeclined', cause: errorPayload });
  });

  it('reports a function timeout under the errorType the runtime gives it', async () => {
    // Prepare
    const lambda = new FakeLambda();
    const timedOut = '{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: r-1 Error: Task timed out after 3.00 seconds"}';
    lambda.answer = () => Promise.resolve(completed(timedOut, { functionError: 'Unhandled' }));
    // Act
    const failure = await statesErrorOf(invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'slow' })));
    // Assess
    expect(failure.error).toBe('Sandbox.Timedout');
  });

  it('names a function error without an errorType Lambda.Unknown', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve(completed('{"errorMessage":"Process exited before completing request"}', { functionError: 'Unhandled' }));
    // Act
    const failure = await statesErrorOf(invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'crashing' })));
    // Assess
    expect(failure.error).toBe('Lambda.Unknown');
  });

  it('names a throttled invocation Lambda.TooManyRequestsException', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve({ kind: 'rejected', exception: 'TooManyRequestsException', message: 'Rate Exceeded.', statusCode: 429 });
    // Act
    const failure = await statesErrorOf(invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'busy' })));
    // Assess
    expect(failure.error).toBe('Lambda.TooManyRequestsException');
    expect(failure.cause).toContain('Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException');
  });

  it('names an unknown function Lambda.ResourceNotFoundException', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve({ kind: 'rejected', exception: 'ResourceNotFoundException', message: 'Function not found: x', statusCode: 404 });
    // Act
    const failure = await statesErrorOf(invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'missing' })));
    // Assess
    expect(failure.error).toBe('Lambda.ResourceNotFoundException');
  });

  it('names a failure of the local runtime itself Lambda.ServiceException', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.reject(new Error('worker crashed'));
    // Act
    const failure = await statesErrorOf(invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'authorize-payment' })));
    // Assess
    expect(failure.error).toBe('Lambda.ServiceException');
  });

  it('fails with States.Runtime when FunctionName is missing', async () => {
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest(INVOKE, { Payload: {} })));
    // Assess
    expect(failure.error).toBe('States.Runtime');
    expect(failure.cause).toContain('FunctionName');
  });

  it('delivers the task token inside the Payload for .waitForTaskToken and answers with the invocation', async () => {
    // Prepare
    const lambda = new FakeLambda();
    const request = taskRequest(
      `${INVOKE}.waitForTaskToken`,
      { FunctionName: 'request-3ds', Payload: { paymentId: 'p-1', taskToken: 'token-123' } },
      { taskToken: 'token-123' },
    );
    // Act
    const result = await invokerWith({ lambda }).invoke(request);
    // Assess
    expect(JSON.parse(lambda.requests[0]?.payload ?? '')).toEqual({ paymentId: 'p-1', taskToken: 'token-123' });
    expect(result).toMatchObject({ StatusCode: 200 });
  });

  it('rejects as soon as the task is cancelled, without waiting for the function', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => never();
    const controller = new AbortController();
    const pending = invokerWith({ lambda }).invoke(taskRequest(INVOKE, { FunctionName: 'slow' }, { signal: controller.signal }));
    // Act
    controller.abort();
    const failure = await statesErrorOf(pending);
    // Assess
    expect(failure.cause).toContain('cancelled');
    expect(lambda.requests[0]?.signal.aborted).toBe(true);
  });
});

describe('a Lambda function ARN as the Resource (legacy integration)', () => {
  it('sends the effective input as the event and answers with the function result alone', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve(completed('{"reserved":true}'));
    // Act
    const result = await invokerWith({ lambda }).invoke(taskRequest(FUNCTION_ARN, { orderId: 'o-1' }));
    // Assess
    expect(lambda.requests[0]).toMatchObject({ functionName: FUNCTION_ARN, payload: '{"orderId":"o-1"}', invocationType: 'RequestResponse' });
    expect(result).toEqual({ reserved: true });
  });

  it('passes any JSON input, not only objects', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve(completed('3'));
    // Act
    const result = await invokerWith({ lambda }).invoke(taskRequest(FUNCTION_ARN, [1, 2]));
    // Assess
    expect(lambda.requests[0]?.payload).toBe('[1,2]');
    expect(result).toBe(3);
  });

  it('fails with the errorType of a function error', async () => {
    // Prepare
    const lambda = new FakeLambda();
    lambda.answer = () => Promise.resolve(completed('{"errorType":"OutOfStock","errorMessage":"sku-1"}', { functionError: 'Unhandled' }));
    // Act
    const failure = await statesErrorOf(invokerWith({ lambda }).invoke(taskRequest(FUNCTION_ARN, {})));
    // Assess
    expect(failure.error).toBe('OutOfStock');
  });
});
