import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  ListStateMachinesCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import type { Json } from '../../../assembly';
import { approval, echo } from './support/definitions';
import { eventually, failureOf, machineArn, ROLE_ARN, startHarness, type Harness } from './support/sfn-harness';

const answer = (value: string): Json => ({ StartAt: 'Answer', States: { Answer: { Type: 'Pass', Result: value, End: true } } });

describe('the state machine API over the SDK', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(() => harness.close());

  const create = (name: string, definition: Json, extra: { type?: 'STANDARD' | 'EXPRESS'; roleArn?: string } = {}) =>
    harness.client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE_ARN, ...extra }));

  it('creates a state machine and describes it as AWS does', async () => {
    // Act
    const created = await create('Orders', echo);
    const described = await harness.client.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    // Assess
    expect(created.stateMachineArn).toBe(machineArn('Orders'));
    expect(described).toMatchObject({
      stateMachineArn: machineArn('Orders'),
      name: 'Orders',
      status: 'ACTIVE',
      definition: JSON.stringify(echo),
      roleArn: ROLE_ARN,
      type: 'STANDARD',
      loggingConfiguration: { level: 'OFF', includeExecutionData: false },
      tracingConfiguration: { enabled: false },
    });
    expect(described.creationDate).toEqual(created.creationDate);
  });

  it('is idempotent for the same name and definition, even with another role', async () => {
    // Prepare
    const first = await create('Orders', echo);
    // Act
    const second = await create('Orders', echo, { roleArn: 'arn:aws:iam::000000000000:role/Other' });
    // Assess
    expect(second).toMatchObject({ stateMachineArn: first.stateMachineArn, creationDate: first.creationDate });
  });

  it('refuses the name of an existing state machine with another definition: StateMachineAlreadyExists', async () => {
    // Prepare
    await create('Orders', echo);
    // Act
    const failure = await failureOf(create('Orders', answer('other')));
    // Assess
    expect(failure).toEqual({ name: 'StateMachineAlreadyExists', message: `State Machine Already Exists: '${machineArn('Orders')}'` });
  });

  it('refuses an invalid definition (InvalidDefinition), an invalid name (InvalidName) and a role that is not a role ARN (InvalidArn)', async () => {
    // Act
    const definition = await failureOf(create('Broken', { StartAt: 'Missing', States: {} }));
    const name = await failureOf(create('no spaces please', echo));
    const role = await failureOf(create('Orders', echo, { roleArn: 'my-role' }));
    // Assess
    expect(definition.name).toBe('InvalidDefinition');
    expect(definition.message).toMatch(/^Invalid State Machine Definition: '/);
    expect(name.name).toBe('InvalidName');
    expect(role).toEqual({ name: 'InvalidArn', message: "Invalid Arn: 'my-role'" });
  });

  it('runs new executions on an updated definition while a running one keeps the definition it started with', async () => {
    // Prepare
    await create('Orders', approval);
    const started = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Orders'), name: 'before-update' }));
    await eventually(() => harness.tasks.tokens.length === 1);
    // Act
    const updated = await harness.client.send(new UpdateStateMachineCommand({ stateMachineArn: machineArn('Orders'), definition: JSON.stringify(answer('v2')) }));
    const after = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Orders'), name: 'after-update' }));
    await harness.client.send(new SendTaskSuccessCommand({ taskToken: harness.tasks.tokens[0] ?? '', output: '"v1"' }));
    // Assess
    const describe = (executionArn: string | undefined) => harness.client.send(new DescribeExecutionCommand({ executionArn }));
    await eventually(async () => (await describe(started.executionArn)).status === 'SUCCEEDED' && (await describe(after.executionArn)).status === 'SUCCEEDED');
    expect((await describe(started.executionArn)).output).toBe('"v1"');
    expect((await describe(after.executionArn)).output).toBe('"v2"');
    const oldVersion = await harness.client.send(new DescribeStateMachineForExecutionCommand({ executionArn: started.executionArn }));
    const newVersion = await harness.client.send(new DescribeStateMachineForExecutionCommand({ executionArn: after.executionArn }));
    expect(oldVersion.definition).toBe(JSON.stringify(approval));
    expect(oldVersion.revisionId).toBeUndefined();
    expect(newVersion).toMatchObject({ definition: JSON.stringify(answer('v2')), revisionId: updated.revisionId, updateDate: updated.updateDate });
  });

  it('refuses an update that changes nothing: MissingRequiredParameter', async () => {
    // Prepare
    await create('Orders', echo);
    // Act
    const failure = await failureOf(harness.client.send(new UpdateStateMachineCommand({ stateMachineArn: machineArn('Orders') })));
    // Assess
    expect(failure.name).toBe('MissingRequiredParameter');
  });

  it('lists state machines by name, page by page', async () => {
    // Prepare
    for (const name of ['Charlie', 'Alpha', 'Bravo']) await create(name, echo);
    // Act
    const first = await harness.client.send(new ListStateMachinesCommand({ maxResults: 2 }));
    const second = await harness.client.send(new ListStateMachinesCommand({ maxResults: 2, nextToken: first.nextToken }));
    // Assess
    expect(first.stateMachines?.map((machine) => machine.name)).toEqual(['Alpha', 'Bravo']);
    expect(second.stateMachines?.map((machine) => machine.name)).toEqual(['Charlie']);
    expect(second.stateMachines?.[0]).toMatchObject({ stateMachineArn: machineArn('Charlie'), type: 'STANDARD' });
    expect(second.nextToken).toBeUndefined();
  });

  it('deletes a state machine: it can no longer start, its executions stay described', async () => {
    // Prepare
    await create('Orders', echo);
    const started = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Orders'), name: 'kept' }));
    // Act
    await harness.client.send(new DeleteStateMachineCommand({ stateMachineArn: machineArn('Orders') }));
    // Assess
    const restart = await failureOf(harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Orders') })));
    const describe = await failureOf(harness.client.send(new DescribeStateMachineCommand({ stateMachineArn: machineArn('Orders') })));
    expect([restart.name, describe.name]).toEqual(['StateMachineDoesNotExist', 'StateMachineDoesNotExist']);
    const execution = await harness.client.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
    expect(execution.name).toBe('kept');
  });

  it('answers METADATA_ONLY with an empty definition', async () => {
    // Prepare
    await create('Orders', echo);
    // Act
    const described = await harness.client.send(new DescribeStateMachineCommand({ stateMachineArn: machineArn('Orders'), includedData: 'METADATA_ONLY' }));
    // Assess
    expect(described.definition).toBe('{}');
  });
});
