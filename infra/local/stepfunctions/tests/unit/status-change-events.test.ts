import { DescribeExecutionCommand, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import type { Json } from '../../../assembly';
import type { StatusChangeEntry } from '../..';
import { approval, echo, rejecting } from './support/definitions';
import { eventually, executionArn, machineArn, stackWith, startHarness, type Harness } from './support/sfn-harness';

const NOW = new Date('2025-01-02T03:04:05.678Z');
const big: Json = { StartAt: 'Big', States: { Big: { Type: 'Pass', Result: { blob: 'x'.repeat(250 * 1024) }, End: true } } };

describe('execution status-change events', () => {
  let harness: Harness;
  const warnings: string[] = [];

  beforeAll(async () => {
    const stack = stackWith({
      Echo: { StateMachineName: 'Echo', DefinitionString: JSON.stringify(echo) },
      Rejecting: { StateMachineName: 'Rejecting', DefinitionString: JSON.stringify(rejecting) },
      Approval: { StateMachineName: 'Approval', DefinitionString: JSON.stringify(approval) },
      Big: { StateMachineName: 'Big', DefinitionString: JSON.stringify(big) },
    });
    harness = await startHarness({ stacks: [stack], now: () => NOW });
  });

  afterAll(() => harness.close());

  /** Runs an execution to its end and returns the events sent for it. */
  const run = async (machine: string, name: string, input = '{}'): Promise<StatusChangeEntry[]> => {
    const { executionArn: arn = '' } = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn(machine), name, input }));
    await eventually(async () => (await harness.client.send(new DescribeExecutionCommand({ executionArn: arn }))).status !== 'RUNNING');
    await harness.stepFunctions.eventsSettled();
    return harness.events.filter((entry) => entry.resources.includes(arn));
  };
  const detailOf = (entry: StatusChangeEntry | undefined): Record<string, unknown> => JSON.parse(entry?.detail ?? '{}') as Record<string, unknown>;

  it('sends RUNNING when an execution starts and SUCCEEDED when it ends, for the default bus, as Step Functions does', async () => {
    // Act
    const [running, succeeded, ...more] = await run('Echo', 'ok', '{"orderId":"o-1"}');
    // Assess
    const arn = executionArn('Echo', 'ok');
    expect(more).toEqual([]);
    expect(running).toEqual({ source: 'aws.states', detailType: 'Step Functions Execution Status Change', resources: [arn], time: NOW, detail: expect.any(String) as unknown });
    expect(detailOf(running)).toEqual({
      executionArn: arn,
      stateMachineArn: machineArn('Echo'),
      name: 'ok',
      status: 'RUNNING',
      startDate: NOW.getTime(),
      stopDate: null,
      input: '{"orderId":"o-1"}',
      output: null,
      inputDetails: { included: true },
      outputDetails: null,
      error: null,
      cause: null,
      redriveCount: 0,
      redriveDate: null,
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution is RUNNING and cannot be redriven',
      stateMachineVersionArn: null,
      stateMachineAliasArn: null,
    });
    expect(detailOf(succeeded)).toMatchObject({
      status: 'SUCCEEDED',
      stopDate: NOW.getTime(),
      output: '{"orderId":"o-1"}',
      outputDetails: { included: true },
      redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
    });
  });

  it('sends FAILED with the error and cause, and no output', async () => {
    // Act
    const [, failed] = await run('Rejecting', 'no');
    // Assess
    expect(detailOf(failed)).toMatchObject({ status: 'FAILED', error: 'Order.Invalid', cause: 'no items', output: null, outputDetails: null });
  });

  it('sends ABORTED for a stopped execution', async () => {
    // Prepare
    const { executionArn: arn = '' } = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Approval'), name: 'stop-me' }));
    // Act
    await harness.client.send(new StopExecutionCommand({ executionArn: arn, error: 'Ops.Cancelled' }));
    await harness.stepFunctions.eventsSettled();
    // Assess
    const statuses = harness.events.filter((entry) => entry.resources.includes(arn)).map((entry) => detailOf(entry).status);
    expect(statuses).toEqual(['RUNNING', 'ABORTED']);
  });

  it('leaves out an output too large for an event (over 248 KB escaped), saying so in outputDetails', async () => {
    // Act
    const [, succeeded] = await run('Big', 'big');
    // Assess
    expect(detailOf(succeeded)).toMatchObject({ status: 'SUCCEEDED', output: null, outputDetails: { included: false }, input: '{}', inputDetails: { included: true } });
  });

  it('keeps running executions when the bus refuses an event, and says so in the log', async () => {
    // Prepare
    const stack = stackWith({ Echo: { StateMachineName: 'Echo', DefinitionString: JSON.stringify(echo) } });
    const refusing = await startHarness({
      stacks: [stack],
      putEvents: () => Promise.reject(new Error('bus down')),
      logger: { debug: () => undefined, error: () => undefined, warn: (message) => warnings.push(message) },
    });
    try {
      // Act
      const { executionArn: arn } = await refusing.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Echo') }));
      // Assess
      await eventually(async () => (await refusing.client.send(new DescribeExecutionCommand({ executionArn: arn }))).status === 'SUCCEEDED');
      await refusing.stepFunctions.eventsSettled();
      expect(warnings).toEqual(['execution status-change event not delivered', 'execution status-change event not delivered']);
    } finally {
      await refusing.close();
    }
  });
});
