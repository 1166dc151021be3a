import {
  DescribeExecutionCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  type DescribeExecutionCommandOutput,
} from '@aws-sdk/client-sfn';
import { approval } from './support/definitions';
import { eventually, failureOf, machineArn, machineStack, startHarness, type Harness } from './support/sfn-harness';

describe('SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat over the SDK', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ stacks: [machineStack('Approval', approval)] });
  });

  afterAll(() => harness.close());

  /** Starts an approval and returns its execution ARN and the task token it delivered. */
  const waitingApproval = async (name: string): Promise<{ arn: string; token: string }> => {
    const started = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Approval'), name }));
    const arn = started.executionArn ?? '';
    await eventually(() => harness.tasks.requests.some((request) => request.executionArn === arn));
    const token = harness.tasks.requests.find((request) => request.executionArn === arn)?.taskToken ?? '';
    return { arn, token };
  };
  const endOf = async (arn: string): Promise<DescribeExecutionCommandOutput> => {
    const describe = () => harness.client.send(new DescribeExecutionCommand({ executionArn: arn }));
    await eventually(async () => (await describe()).status !== 'RUNNING');
    return describe();
  };

  it("completes the waiting task with SendTaskSuccess's output", async () => {
    // Prepare
    const { arn, token } = await waitingApproval('approved');
    // Act
    await harness.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"approved":true}' }));
    // Assess
    expect(await endOf(arn)).toMatchObject({ status: 'SUCCEEDED', output: '{"approved":true}' });
  });

  it("fails the waiting task with SendTaskFailure's error and cause", async () => {
    // Prepare
    const { arn, token } = await waitingApproval('rejected');
    // Act
    await harness.client.send(new SendTaskFailureCommand({ taskToken: token, error: 'Approval.Rejected', cause: 'over budget' }));
    // Assess
    expect(await endOf(arn)).toMatchObject({ status: 'FAILED', error: 'Approval.Rejected', cause: 'over budget' });
  });

  it('accepts heartbeats for a waiting task', async () => {
    // Prepare
    const { arn, token } = await waitingApproval('heartbeats');
    // Act
    await harness.client.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    // Assess
    const description = await harness.client.send(new DescribeExecutionCommand({ executionArn: arn }));
    expect(description.status).toBe('RUNNING');
  });

  it('answers TaskTimedOut for the token of a task that has ended', async () => {
    // Prepare
    const { arn, token } = await waitingApproval('ended');
    await harness.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }));
    await endOf(arn);
    // Act
    const failure = await failureOf(harness.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' })));
    // Assess
    expect(failure.name).toBe('TaskTimedOut');
  });

  it('answers TaskDoesNotExist for a token no task issued, and InvalidToken for one that cannot be a token', async () => {
    // Act
    const unknown = await failureOf(harness.client.send(new SendTaskHeartbeatCommand({ taskToken: 'AAAAbbbbCCCC' })));
    const malformed = await failureOf(harness.client.send(new SendTaskFailureCommand({ taskToken: 'not a token!' })));
    // Assess
    expect(unknown.name).toBe('TaskDoesNotExist');
    expect(malformed.name).toBe('InvalidToken');
  });

  it('refuses an output that is not JSON: InvalidOutput, and the task goes on waiting', async () => {
    // Prepare
    const { arn, token } = await waitingApproval('bad-output');
    // Act
    const failure = await failureOf(harness.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"half":' })));
    // Assess
    expect(failure.name).toBe('InvalidOutput');
    expect((await harness.client.send(new DescribeExecutionCommand({ executionArn: arn }))).status).toBe('RUNNING');
  });
});
