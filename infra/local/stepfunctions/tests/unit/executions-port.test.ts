import { DescribeExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import type { Json } from '../../../assembly';
import { createLocalStepFunctions, type LocalStepFunctions } from '../..';
import { waiting } from './support/definitions';
import { eventually, machineArn, stackWith, startHarness, TIME_SCALE } from './support/sfn-harness';

const child: Json = {
  QueryLanguage: 'JSONata',
  StartAt: 'Double',
  States: { Double: { Type: 'Pass', Output: { doubled: '{% $states.input.n * 2 %}' }, End: true } },
};
const parentOf = (childName: string): Json => ({
  StartAt: 'Run child',
  States: {
    'Run child': {
      Type: 'Task',
      Resource: 'arn:aws:states:::states:startExecution.sync:2',
      Parameters: { StateMachineArn: machineArn(childName), 'Input.$': '$' },
      OutputPath: '$.Output',
      End: true,
    },
  },
});

/** Service integrations whose only working part is the one the service adds itself: nested executions. */
const integrations = {
  invokeLambda: () => Promise.reject(new Error('no Lambda in this test')),
  clientConfig: () => ({ endpoint: 'http://127.0.0.1:1', region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }),
};

describe('executions started by other parts of the local cloud', () => {
  let service: LocalStepFunctions;

  beforeAll(() => {
    const stack = stackWith({
      Child: { StateMachineName: 'Child', DefinitionString: JSON.stringify(child) },
      ExpressChild: { StateMachineName: 'ExpressChild', StateMachineType: 'EXPRESS', DefinitionString: JSON.stringify(child) },
      Parent: { StateMachineName: 'Parent', DefinitionString: JSON.stringify(parentOf('Child')) },
      ExpressParent: { StateMachineName: 'ExpressParent', DefinitionString: JSON.stringify(parentOf('ExpressChild')) },
    });
    service = createLocalStepFunctions({ stacks: [stack], integrations, timeScale: TIME_SCALE });
  });

  afterAll(() => service.stop());

  it.each([['Child'], ['ExpressChild']])('runs states:startExecution.sync:2 on its own executions (%s)', async (childName) => {
    // Act
    const parent = await service.executionsPort.start({ stateMachineArn: machineArn(childName === 'Child' ? 'Parent' : 'ExpressParent'), input: '{"n":21}' });
    const ended = await service.executionsPort.waitForCompletion(parent.executionArn, new AbortController().signal);
    // Assess
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: '{"doubled":42}' });
  });

  it('starts an execution for an EventBridge target under a generated name', async () => {
    // Act
    const started = await service.startExecution(machineArn('Child'), '{"n":1}');
    // Assess
    expect(started.executionArn).toMatch(/^arn:aws:states:us-east-1:000000000000:execution:Child:[0-9a-f-]{36}$/);
    expect(started.startDate).toBeInstanceOf(Date);
    const ended = await service.executionsPort.waitForCompletion(started.executionArn, new AbortController().signal);
    expect(ended.output).toBe('{"doubled":2}');
  });

  it("rejects with the API's error names, as SDK exceptions are named", async () => {
    // Act
    const missing = service.startExecution(machineArn('Nope'), '{}');
    const badInput = service.startExecution(machineArn('Child'), 'not json');
    // Assess
    await expect(missing).rejects.toMatchObject({ name: 'StateMachineDoesNotExist' });
    await expect(badInput).rejects.toMatchObject({ name: 'InvalidExecutionInput' });
  });

  it('stops a running .sync child when its parent is stopped', async () => {
    // Prepare
    const stack = stackWith({
      Slow: { StateMachineName: 'Slow', DefinitionString: JSON.stringify(waiting(600_000)) },
      Waiter: { StateMachineName: 'Waiter', DefinitionString: JSON.stringify(parentOf('Slow')) },
    });
    const harness = await startHarness({ stacks: [stack], integrations, invoker: undefined });
    try {
      const parent = await harness.stepFunctions.startExecution(machineArn('Waiter'), '{}');
      let childArn = '';
      await eventually(() => {
        childArn = harness.events.map((entry) => entry.resources[0] ?? '').find((arn) => arn.includes(':execution:Slow:')) ?? '';
        return childArn !== '';
      });
      // Act
      await harness.client.send(new StopExecutionCommand({ executionArn: parent.executionArn }));
      // Assess
      await eventually(async () => (await harness.client.send(new DescribeExecutionCommand({ executionArn: childArn }))).status === 'ABORTED');
    } finally {
      await harness.close();
    }
  });
});
