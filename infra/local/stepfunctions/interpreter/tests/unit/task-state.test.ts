import type { Json } from '../../../../assembly/json';
import { eventTypes, eventsOfType, execute, FakeInvoker, hanging, single } from './support/harness';

const LAMBDA = 'arn:aws:states:::lambda:invoke';
const FUNCTION_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:reserve-stock';

describe('Task state', () => {
  it('records TaskScheduled with the resource, region, parameters and timeouts, then TaskStarted and TaskSucceeded', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => ({ StatusCode: 200 }) });
    const state = { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'f' }, TimeoutSeconds: 30, HeartbeatSeconds: 10 };
    // Act
    const result = await execute(single(state), {}, { invoker });
    // Assess
    expect(eventTypes(result)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    expect(eventsOfType(result, 'TaskScheduled')[0]?.taskScheduledEventDetails).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
      region: 'eu-west-1',
      parameters: '{"FunctionName":"f"}',
      timeoutInSeconds: 30,
      heartbeatInSeconds: 10,
    });
    expect(eventsOfType(result, 'TaskSucceeded')[0]?.taskSucceededEventDetails).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
      output: '{"StatusCode":200}',
      outputDetails: { truncated: false },
    });
  });

  it('hands the invoker the resource, arguments, pattern, execution and state', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => null });
    // Act
    await execute(single({ Type: 'Task', Resource: LAMBDA, Parameters: { a: 1 } }), {}, { invoker });
    // Assess
    expect(invoker.requests[0]).toMatchObject({
      resource: LAMBDA,
      arguments: { a: 1 },
      integrationPattern: 'request-response',
      executionArn: expect.stringContaining(':execution:') as unknown,
      stateName: 'S',
    });
    expect(invoker.requests[0]?.taskToken).toBeUndefined();
  });

  it('uses the LambdaFunction… events for a plain Lambda ARN', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [FUNCTION_ARN]: () => ({ reserved: true }) });
    // Act
    const result = await execute(single({ Type: 'Task', Resource: FUNCTION_ARN, TimeoutSeconds: 20 }), { orderId: 'o-1' }, { invoker });
    // Assess
    expect(eventTypes(result)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(eventsOfType(result, 'LambdaFunctionScheduled')[0]?.lambdaFunctionScheduledEventDetails).toEqual({
      resource: FUNCTION_ARN,
      input: '{"orderId":"o-1"}',
      inputDetails: { truncated: false },
      timeoutInSeconds: 20,
    });
  });

  it('records LambdaFunctionFailed with the function error for a plain Lambda ARN', async () => {
    // Prepare
    const invoker = new FakeInvoker();
    // Act
    const result = await execute(single({ Type: 'Task', Resource: FUNCTION_ARN }), {}, { invoker });
    // Assess
    expect(eventsOfType(result, 'LambdaFunctionFailed')[0]?.lambdaFunctionFailedEventDetails).toEqual({ error: 'Test.UnknownResource', cause: FUNCTION_ARN });
  });

  it('records TaskFailed with the error and cause of a failed attempt', async () => {
    // Prepare
    const invoker = new FakeInvoker();
    // Act
    const result = await execute(single({ Type: 'Task', Resource: LAMBDA }), {}, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'Test.UnknownResource', cause: LAMBDA });
    expect(eventsOfType(result, 'TaskFailed')[0]?.taskFailedEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke', error: 'Test.UnknownResource', cause: LAMBDA });
  });

  it('names an invoker failure that is not a StatesError States.TaskFailed', async () => {
    // Prepare
    const invoker = new FakeInvoker({
      [LAMBDA]: () => {
        throw new Error('socket hang up');
      },
    });
    // Act
    const result = await execute(single({ Type: 'Task', Resource: LAMBDA }), {}, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'socket hang up' });
  });

  it.each<[string, Record<string, Json>, Json, 'JSONPath' | 'JSONata' | undefined]>([
    ['TimeoutSeconds', { TimeoutSeconds: 20 }, {}, undefined],
    ['TimeoutSecondsPath', { TimeoutSecondsPath: '$.timeout' }, { timeout: 20 }, undefined],
    ['a JSONata TimeoutSeconds expression', { TimeoutSeconds: '{% $states.input.timeout %}' }, { timeout: 20 }, 'JSONata'],
  ])('times out after %s with States.Timeout, TaskTimedOut, and an aborted invoker signal', async (_name, fields, input, language) => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: hanging() });
    // Act
    const result = await execute(single({ Type: 'Task', Resource: LAMBDA, ...fields }, language), input, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(eventsOfType(result, 'TaskTimedOut')[0]?.taskTimedOutEventDetails).toMatchObject({ resourceType: 'lambda', resource: 'invoke', error: 'States.Timeout' });
    expect(invoker.requests[0]?.signal.aborted).toBe(true);
  });

  it.each<[string, Json]>([
    ['zero', 0],
    ['a string', 'soon'],
  ])('fails with States.Runtime when TimeoutSecondsPath selects %s', async (_name, timeout) => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => 'never called' });
    // Act
    const result = await execute(single({ Type: 'Task', Resource: LAMBDA, TimeoutSecondsPath: '$.timeout' }), { timeout }, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(invoker.requests).toHaveLength(0);
  });

  it('fails with States.DataLimitExceeded when the arguments exceed 256 KiB', async () => {
    // Prepare
    const invoker = new FakeInvoker({ [LAMBDA]: () => 'never called' });
    const state = { Type: 'Task', Resource: LAMBDA, Parameters: { 'first.$': '$.blob', 'second.$': '$.blob' } };
    // Act
    const result = await execute(single(state), { blob: 'x'.repeat(140_000) }, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded', cause: expect.stringContaining('arguments') as unknown });
    expect(invoker.requests).toHaveLength(0);
  });
});
