import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { Json } from '../../../assembly';
import { rejecting } from './support/definitions';
import { failureOf, machineArn, stackWith, startHarness, type Harness } from './support/sfn-harness';

const greet: Json = {
  QueryLanguage: 'JSONata',
  StartAt: 'Greet',
  States: { Greet: { Type: 'Pass', Output: { greeting: "{% 'hello ' & $states.input.name %}" }, End: true } },
};

describe('Express workflows', () => {
  let harness: Harness;
  const EXPRESS = machineArn('Greeter');

  beforeAll(async () => {
    const stack = stackWith({
      Greeter: { StateMachineName: 'Greeter', StateMachineType: 'EXPRESS', DefinitionString: JSON.stringify(greet) },
      Rejecting: { StateMachineName: 'Rejecting', StateMachineType: 'EXPRESS', DefinitionString: JSON.stringify(rejecting) },
      Standard: { StateMachineName: 'Standard', DefinitionString: JSON.stringify(greet) },
    });
    harness = await startHarness({ stacks: [stack] });
  });

  afterAll(() => harness.close());

  it('runs StartSyncExecution to the end and answers with the output', async () => {
    // Act
    const result = await harness.client.send(new StartSyncExecutionCommand({ stateMachineArn: EXPRESS, name: 'sync-1', input: '{"name":"Ada"}' }));
    // Assess
    expect(result).toMatchObject({
      stateMachineArn: EXPRESS,
      name: 'sync-1',
      status: 'SUCCEEDED',
      input: '{"name":"Ada"}',
      output: '{"greeting":"hello Ada"}',
      outputDetails: { included: true },
    });
    expect(result.executionArn).toMatch(/^arn:aws:states:us-east-1:000000000000:express:Greeter:sync-1:[0-9a-f-]{36}$/);
    expect(result.stopDate).toBeInstanceOf(Date);
  });

  it('answers a failed synchronous execution with its error and cause', async () => {
    // Act
    const result = await harness.client.send(new StartSyncExecutionCommand({ stateMachineArn: machineArn('Rejecting') }));
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'Order.Invalid', cause: 'no items' });
    expect(result.output).toBeUndefined();
  });

  it('lets names repeat: every start is a new execution', async () => {
    // Act
    const first = await harness.client.send(new StartExecutionCommand({ stateMachineArn: EXPRESS, name: 'again', input: '{"name":"a"}' }));
    const second = await harness.client.send(new StartExecutionCommand({ stateMachineArn: EXPRESS, name: 'again', input: '{"name":"b"}' }));
    // Assess
    expect(first.executionArn).not.toBe(second.executionArn);
  });

  it('refuses StartSyncExecution for a Standard state machine: StateMachineTypeNotSupported', async () => {
    // Act
    const failure = await failureOf(harness.client.send(new StartSyncExecutionCommand({ stateMachineArn: machineArn('Standard') })));
    // Assess
    expect(failure).toEqual({ name: 'StateMachineTypeNotSupported', message: 'This operation is not supported by this type of state machine' });
  });

  it('answers the Standard-only operations as AWS does for Express', async () => {
    // Prepare
    const { executionArn = '' } = await harness.client.send(new StartExecutionCommand({ stateMachineArn: EXPRESS, input: '{"name":"c"}' }));
    // Act
    const describe = await failureOf(harness.client.send(new DescribeExecutionCommand({ executionArn })));
    const history = await failureOf(harness.client.send(new GetExecutionHistoryCommand({ executionArn })));
    const stop = await failureOf(harness.client.send(new StopExecutionCommand({ executionArn })));
    const list = await failureOf(harness.client.send(new ListExecutionsCommand({ stateMachineArn: EXPRESS })));
    // Assess
    const expressArn = { name: 'InvalidArn', message: "Invalid Arn: 'Resource type not valid in this context: express'" };
    expect([describe, history, stop]).toEqual([expressArn, expressArn, expressArn]);
    expect(list.name).toBe('StateMachineTypeNotSupported');
  });

  it('sends no status-change events for Express executions', async () => {
    // Prepare
    const before = harness.events.length;
    // Act
    await harness.client.send(new StartSyncExecutionCommand({ stateMachineArn: EXPRESS, input: '{"name":"d"}' }));
    await harness.stepFunctions.eventsSettled();
    // Assess
    expect(harness.events).toHaveLength(before);
  });
});
