import type { ExecutionDescription, ExecutionPorts, StartExecutionPortRequest } from '../../integration-ports';
import { invokerWith, never, statesErrorOf, taskRequest } from './support';

const CHILD_MACHINE = 'arn:aws:states:us-east-1:000000000000:stateMachine:Refund';
const CHILD_EXECUTION = 'arn:aws:states:us-east-1:000000000000:execution:Refund:refund-1';
const STARTED = new Date('2025-03-01T12:00:00.000Z');
const STOPPED = new Date('2025-03-01T12:00:05.000Z');

/** The Step Functions subsystem as a fake: records starts and stops; `finish` is how the child ends. */
class FakeExecutions implements ExecutionPorts {
  readonly starts: StartExecutionPortRequest[] = [];
  readonly stops: string[] = [];
  failStart: Error | undefined;
  finish: (signal: AbortSignal) => Promise<ExecutionDescription> = () => Promise.resolve(childEnded('SUCCEEDED', { output: '{"refunded":true}' }));

  start(request: StartExecutionPortRequest): Promise<{ executionArn: string; startDate: Date }> {
    this.starts.push(request);
    if (this.failStart !== undefined) return Promise.reject(this.failStart);
    return Promise.resolve({ executionArn: CHILD_EXECUTION, startDate: STARTED });
  }

  waitForCompletion(_executionArn: string, signal: AbortSignal): Promise<ExecutionDescription> {
    return this.finish(signal);
  }

  stop(executionArn: string): Promise<void> {
    this.stops.push(executionArn);
    return Promise.resolve();
  }
}

function childEnded(status: ExecutionDescription['status'], extra: Partial<ExecutionDescription> = {}): ExecutionDescription {
  return {
    executionArn: CHILD_EXECUTION,
    stateMachineArn: CHILD_MACHINE,
    name: 'refund-1',
    status,
    startDate: STARTED,
    stopDate: STOPPED,
    input: '{"orderId":"o-1"}',
    ...extra,
  };
}

const ARGS = { StateMachineArn: CHILD_MACHINE, Input: { orderId: 'o-1' }, Name: 'refund-1' };

describe('states:startExecution', () => {
  it('starts the child with Input serialized, Name and StateMachineArn as given', async () => {
    // Prepare
    const executions = new FakeExecutions();
    // Act
    await invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution', ARGS));
    // Assess
    expect(executions.starts).toEqual([{ stateMachineArn: CHILD_MACHINE, input: '{"orderId":"o-1"}', name: 'refund-1', traceHeader: undefined }]);
  });

  it('starts the child with {} when there is no Input', async () => {
    // Prepare
    const executions = new FakeExecutions();
    // Act
    await invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution', { StateMachineArn: CHILD_MACHINE }));
    // Assess
    expect(executions.starts[0]?.input).toBe('{}');
  });

  it('answers request-response with ExecutionArn, StartDate in epoch milliseconds and the SDK metadata', async () => {
    // Prepare
    const executions = new FakeExecutions();
    // Act
    const result = await invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution', ARGS));
    // Assess
    expect(result).toMatchObject({ ExecutionArn: CHILD_EXECUTION, StartDate: STARTED.getTime(), SdkHttpMetadata: { HttpStatusCode: 200 } });
  });

  it('answers .sync with the child description, Input and Output as JSON text', async () => {
    // Prepare
    const executions = new FakeExecutions();
    // Act
    const result = await invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution.sync', ARGS));
    // Assess
    expect(result).toEqual({
      ExecutionArn: CHILD_EXECUTION,
      Input: '{"orderId":"o-1"}',
      InputDetails: { Included: true },
      Name: 'refund-1',
      Output: '{"refunded":true}',
      OutputDetails: { Included: true },
      StartDate: STARTED.getTime(),
      StateMachineArn: CHILD_MACHINE,
      Status: 'SUCCEEDED',
      StopDate: STOPPED.getTime(),
    });
  });

  it('answers .sync:2 with Input and Output as JSON', async () => {
    // Prepare
    const executions = new FakeExecutions();
    // Act
    const result = await invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution.sync:2', ARGS));
    // Assess
    expect(result).toMatchObject({ Input: { orderId: 'o-1' }, Output: { refunded: true }, Status: 'SUCCEEDED' });
  });

  it('fails a .sync task with States.TaskFailed when the child fails, the child description as the cause', async () => {
    // Prepare
    const executions = new FakeExecutions();
    executions.finish = () => Promise.resolve(childEnded('FAILED', { error: 'RefundRejected', cause: 'provider said no' }));
    // Act
    const failure = await statesErrorOf(invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution.sync:2', ARGS)));
    // Assess
    expect(failure.error).toBe('States.TaskFailed');
    expect(JSON.parse(failure.cause)).toMatchObject({ Status: 'FAILED', Error: 'RefundRejected', Cause: 'provider said no', ExecutionArn: CHILD_EXECUTION });
  });

  it('fails a .sync task when the child times out', async () => {
    // Prepare
    const executions = new FakeExecutions();
    executions.finish = () => Promise.resolve(childEnded('TIMED_OUT'));
    // Act
    const failure = await statesErrorOf(invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution.sync', ARGS)));
    // Assess
    expect(failure.error).toBe('States.TaskFailed');
  });

  it('stops the child when the .sync task is cancelled', async () => {
    // Prepare
    const executions = new FakeExecutions();
    executions.finish = () => never();
    const controller = new AbortController();
    const pending = invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution.sync', ARGS, { signal: controller.signal }));
    await new Promise((resolve) => setImmediate(resolve));
    // Act
    controller.abort();
    await statesErrorOf(pending);
    // Assess
    expect(executions.stops).toEqual([CHILD_EXECUTION]);
  });

  it('only starts the child for .waitForTaskToken, the token travelling in its input', async () => {
    // Prepare
    const executions = new FakeExecutions();
    executions.finish = () => never();
    const request = taskRequest(
      'arn:aws:states:::states:startExecution.waitForTaskToken',
      { StateMachineArn: CHILD_MACHINE, Input: { token: 'token-5' } },
      { taskToken: 'token-5' },
    );
    // Act
    const result = await invokerWith({ executions }).invoke(request);
    // Assess
    expect(JSON.parse(executions.starts[0]?.input ?? '')).toEqual({ token: 'token-5' });
    expect(result).toMatchObject({ ExecutionArn: CHILD_EXECUTION });
  });

  it('names a refused start StepFunctions.<Error>Exception', async () => {
    // Prepare
    const executions = new FakeExecutions();
    executions.failStart = Object.assign(new Error('Execution Already Exists: refund-1'), { name: 'ExecutionAlreadyExists' });
    // Act
    const failure = await statesErrorOf(invokerWith({ executions }).invoke(taskRequest('arn:aws:states:::states:startExecution', ARGS)));
    // Assess
    expect(failure.error).toBe('StepFunctions.ExecutionAlreadyExistsException');
  });

  it('fails with States.Runtime naming the gap while nested executions are not wired', async () => {
    // Act
    const failure = await statesErrorOf(invokerWith().invoke(taskRequest('arn:aws:states:::states:startExecution', ARGS)));
    // Assess
    expect(failure.error).toBe('States.Runtime');
    expect(failure.cause).toContain('states:startExecution');
  });
});
