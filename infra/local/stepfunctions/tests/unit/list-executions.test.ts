import { ListExecutionsCommand, StartExecutionCommand, StopExecutionCommand, type ExecutionListItem } from '@aws-sdk/client-sfn';
import { approval } from './support/definitions';
import { eventually, executionArn, failureOf, machineArn, machineStack, startHarness, type Harness } from './support/sfn-harness';

describe('ListExecutions', () => {
  let harness: Harness;
  const listed = machineArn('Listed');
  const names = ['first', 'second', 'third', 'fourth', 'fifth'];

  beforeAll(async () => {
    harness = await startHarness({ stacks: [machineStack('Listed', approval)] });
    for (const name of names) {
      await start(name);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await eventually(() => harness.tasks.tokens.length === names.length);
    // `second` and `fourth` end; the others keep waiting for their callbacks.
    await harness.client.send(new StopExecutionCommand({ executionArn: executionArn('Listed', 'second') }));
    await harness.client.send(new StopExecutionCommand({ executionArn: executionArn('Listed', 'fourth') }));
  });

  afterAll(() => harness.close());

  const start = (name: string) => harness.client.send(new StartExecutionCommand({ stateMachineArn: listed, input: '{}', name }));
  const list = (input: { statusFilter?: 'RUNNING' | 'ABORTED'; maxResults?: number; nextToken?: string }) =>
    harness.client.send(new ListExecutionsCommand({ stateMachineArn: listed, ...input }));
  const namesOf = (items: ExecutionListItem[] | undefined) => (items ?? []).map((item) => item.name);

  it('lists a state machine’s executions newest first', async () => {
    // Act
    const page = await list({});
    // Assess
    expect(namesOf(page.executions)).toEqual([...names].reverse());
    expect(page.nextToken).toBeUndefined();
  });

  it('filters by status', async () => {
    // Act
    const running = await list({ statusFilter: 'RUNNING' });
    const aborted = await list({ statusFilter: 'ABORTED' });
    // Assess
    expect(namesOf(running.executions)).toEqual(['fifth', 'third', 'first']);
    expect(namesOf(aborted.executions)).toEqual(['fourth', 'second']);
    expect(aborted.executions?.[0]?.stopDate).toBeInstanceOf(Date);
  });

  it('pages with maxResults and nextToken', async () => {
    // Act
    const first = await list({ maxResults: 2 });
    const second = await list({ maxResults: 2, nextToken: first.nextToken ?? '' });
    const third = await list({ maxResults: 2, nextToken: second.nextToken ?? '' });
    // Assess
    expect([namesOf(first.executions), namesOf(second.executions), namesOf(third.executions)]).toEqual([
      ['fifth', 'fourth'],
      ['third', 'second'],
      ['first'],
    ]);
    expect(third.nextToken).toBeUndefined();
  });

  it('refuses a token it did not issue for these arguments: InvalidToken', async () => {
    // Prepare
    const page = await list({ maxResults: 1 });
    // Act
    const forged = await failureOf(list({ nextToken: 'not-a-token' }));
    const otherFilter = await failureOf(list({ statusFilter: 'RUNNING', nextToken: page.nextToken ?? '' }));
    // Assess
    expect(forged.name).toBe('InvalidToken');
    expect(otherFilter.name).toBe('InvalidToken');
  });

  it('refuses a maxResults above 1000 and a state machine that does not exist', async () => {
    // Act
    const tooMany = await failureOf(list({ maxResults: 1001 }));
    const missing = await failureOf(harness.client.send(new ListExecutionsCommand({ stateMachineArn: machineArn('Nope') })));
    // Assess
    expect(tooMany.name).toBe('ValidationException');
    expect(missing.name).toBe('StateMachineDoesNotExist');
  });
});
