import {
  DescribeExecutionCommand,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { approval, echo, rejecting } from './support/definitions';
import { eventually, executionArn, failureOf, machineArn, stackWith, startHarness, type Harness } from './support/sfn-harness';

const ECHO = machineArn('Echo');
const APPROVAL = machineArn('Approval');

describe('the Step Functions execution API over the SDK', () => {
  let harness: Harness;

  beforeAll(async () => {
    const stack = stackWith({
      Echo: { StateMachineName: 'Echo', DefinitionString: JSON.stringify(echo) },
      Approval: { StateMachineName: 'Approval', DefinitionString: JSON.stringify(approval) },
      Rejecting: { StateMachineName: 'Rejecting', DefinitionString: JSON.stringify(rejecting) },
    });
    harness = await startHarness({ stacks: [stack], newId: sequentialIds() });
  });

  afterAll(() => harness.close());

  const start = (stateMachineArn: string, input?: string, name?: string) =>
    harness.client.send(new StartExecutionCommand({ stateMachineArn, ...(input === undefined ? {} : { input }), ...(name === undefined ? {} : { name }) }));
  const describe_ = (arn: string) => harness.client.send(new DescribeExecutionCommand({ executionArn: arn }));
  const ended = async (arn: string) => {
    await eventually(async () => (await describe_(arn)).status !== 'RUNNING');
    return describe_(arn);
  };

  describe('StartExecution and DescribeExecution', () => {
    it('runs an execution and describes its input, output and dates', async () => {
      // Act
      const started = await start(ECHO, '{"orderId":"o-1"}', 'describe-me');
      const description = await ended(started.executionArn ?? '');
      // Assess
      expect(started.executionArn).toBe(executionArn('Echo', 'describe-me'));
      expect(started.startDate).toBeInstanceOf(Date);
      expect(description).toMatchObject({
        executionArn: executionArn('Echo', 'describe-me'),
        stateMachineArn: ECHO,
        name: 'describe-me',
        status: 'SUCCEEDED',
        input: '{"orderId":"o-1"}',
        inputDetails: { included: true },
        output: '{"orderId":"o-1"}',
        outputDetails: { included: true },
        redriveCount: 0,
      });
      expect(description.stopDate?.getTime()).toBeGreaterThanOrEqual(description.startDate?.getTime() ?? Infinity);
    });

    it('names an execution with a UUID when no name is given, and starts it on `{}` when no input is', async () => {
      // Act
      const started = await start(ECHO);
      const description = await ended(started.executionArn ?? '');
      // Assess
      expect(description.name).toMatch(/^0000000[0-9]-0000-4000-8000-000000000000$/);
      expect(description.input).toBe('{}');
    });

    it('reports how a failed execution failed, without an output', async () => {
      // Act
      const started = await start(machineArn('Rejecting'));
      const description = await ended(started.executionArn ?? '');
      // Assess
      expect(description).toMatchObject({ status: 'FAILED', error: 'Order.Invalid', cause: 'no items' });
      expect(description.output).toBeUndefined();
    });
  });

  describe('execution names', () => {
    it('answers a repeated start of a running execution with the same name and input with that execution', async () => {
      // Prepare
      const first = await start(APPROVAL, '{"n":1}', 'same-input');
      // Act
      const second = await start(APPROVAL, '{"n":1}', 'same-input');
      // Assess
      expect(second.executionArn).toBe(first.executionArn);
      expect(second.startDate).toEqual(first.startDate);
    });

    it('refuses the same name with a different input: ExecutionAlreadyExists', async () => {
      // Prepare
      await start(APPROVAL, '{"n":1}', 'other-input');
      // Act
      const failure = await failureOf(start(APPROVAL, '{"n":2}', 'other-input'));
      // Assess
      expect(failure).toEqual({ name: 'ExecutionAlreadyExists', message: `Execution Already Exists: '${executionArn('Approval', 'other-input')}'` });
    });

    it('refuses the name of an ended execution even with the same input', async () => {
      // Prepare
      const first = await start(ECHO, '{}', 'closed');
      await ended(first.executionArn ?? '');
      // Act
      const failure = await failureOf(start(ECHO, '{}', 'closed'));
      // Assess
      expect(failure.name).toBe('ExecutionAlreadyExists');
    });

    it.each([['with space'], ['a/b'], ['a:b'], ['tab\there'], ['{braces}'], ['star*'], ['ctl\u0007']])('refuses the name %j: InvalidName', async (name) => {
      // Act
      const failure = await failureOf(start(ECHO, '{}', name));
      // Assess
      expect(failure).toEqual({ name: 'InvalidName', message: `Invalid Name: '${name}'` });
    });

    it('accepts 80 characters and refuses 81 with a validation error on `name`', async () => {
      // Act
      const accepted = await start(ECHO, '{}', 'n'.repeat(80));
      const failure = await failureOf(start(ECHO, '{}', 'n'.repeat(81)));
      // Assess
      expect(accepted.executionArn).toBe(executionArn('Echo', 'n'.repeat(80)));
      expect(failure.name).toBe('ValidationException');
      expect(failure.message).toContain("at 'name' failed to satisfy constraint: Member must have length less than or equal to 80");
    });
  });

  describe('validation', () => {
    it('refuses an input that is not JSON: InvalidExecutionInput', async () => {
      // Act
      const failure = await failureOf(start(ECHO, '{"open":'));
      // Assess
      expect(failure.name).toBe('InvalidExecutionInput');
      expect(failure.message).toMatch(/^Invalid State Machine Execution Input: '/);
    });

    it('refuses what is not a state machine ARN (InvalidArn) and one that names nothing (StateMachineDoesNotExist)', async () => {
      // Act
      const notAnArn = await failureOf(start('orders'));
      const anExecution = await failureOf(start(executionArn('Echo', 'x')));
      const missing = await failureOf(start(machineArn('Nope')));
      // Assess
      expect(notAnArn).toEqual({ name: 'InvalidArn', message: "Invalid Arn: 'orders'" });
      expect(anExecution.name).toBe('InvalidArn');
      expect(missing).toEqual({ name: 'StateMachineDoesNotExist', message: `State Machine Does Not Exist: '${machineArn('Nope')}'` });
    });

    it('answers ExecutionDoesNotExist for an execution ARN that names nothing, InvalidArn for a malformed one', async () => {
      // Act
      const missing = await failureOf(describe_(executionArn('Echo', 'never')));
      const malformed = await failureOf(describe_('arn:aws:states:us-east-1:000000000000:execution:Echo'));
      // Assess
      expect(missing).toEqual({ name: 'ExecutionDoesNotExist', message: `Execution Does Not Exist: '${executionArn('Echo', 'never')}'` });
      expect(malformed.name).toBe('InvalidArn');
    });
  });
});

/** UUID-shaped, predictable ids: 00000001-0000-4000-8000-000000000000, … */
function sequentialIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${String(next).padStart(8, '0')}-0000-4000-8000-000000000000`;
  };
}
