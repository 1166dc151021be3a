import { DescribeExecutionCommand, GetExecutionHistoryCommand, StartExecutionCommand, StopExecutionCommand, type HistoryEvent } from '@aws-sdk/client-sfn';
import type { Json } from '../../../assembly';
import { approval } from './support/definitions';
import { eventually, executionArn, failureOf, LAMBDA, machineArn, stackWith, startHarness, type Harness } from './support/sfn-harness';

const chain: Json = {
  StartAt: 'Quote',
  States: {
    Quote: { Type: 'Pass', Result: { price: 12 }, ResultPath: '$.quote', Next: 'Charge' },
    Charge: { Type: 'Task', Resource: LAMBDA, Parameters: { 'Payload.$': '$.quote' }, OutputPath: '$.Payload', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};
const CHAIN_EVENTS = [
  'ExecutionStarted',
  'PassStateEntered',
  'PassStateExited',
  'TaskStateEntered',
  'TaskScheduled',
  'TaskStarted',
  'TaskSucceeded',
  'TaskStateExited',
  'SucceedStateEntered',
  'SucceedStateExited',
  'ExecutionSucceeded',
];

describe('GetExecutionHistory and StopExecution over the SDK', () => {
  let harness: Harness;
  let chainRun: string;

  beforeAll(async () => {
    const stack = stackWith({
      Chain: { StateMachineName: 'Chain', DefinitionString: JSON.stringify(chain) },
      Approval: { StateMachineName: 'Approval', DefinitionString: JSON.stringify(approval) },
    });
    harness = await startHarness({ stacks: [stack] });
    const started = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Chain'), name: 'run-1', input: '{"orderId":"o-1"}' }));
    chainRun = started.executionArn ?? '';
    await eventually(async () => (await harness.client.send(new DescribeExecutionCommand({ executionArn: chainRun }))).status === 'SUCCEEDED');
  });

  afterAll(() => harness.close());

  const history = (input: { executionArn?: string; reverseOrder?: boolean; maxResults?: number; nextToken?: string; includeExecutionData?: boolean }) =>
    harness.client.send(new GetExecutionHistoryCommand({ executionArn: chainRun, ...input }));
  const typesOf = (events: HistoryEvent[] | undefined) => (events ?? []).map((event) => event.type);

  it("returns the execution's events in AWS's shape, oldest first, each pointing to the one before", async () => {
    // Act
    const { events = [], nextToken } = await history({});
    // Assess
    expect(typesOf(events)).toEqual(CHAIN_EVENTS);
    expect(events.map((event) => event.id)).toEqual(CHAIN_EVENTS.map((_type, index) => index + 1));
    expect(events.slice(1).every((event) => (event.previousEventId ?? 0) === (event.id ?? 0) - 1)).toBe(true);
    expect(events[0]?.timestamp).toBeInstanceOf(Date);
    expect(events[0]?.executionStartedEventDetails).toEqual({
      input: '{"orderId":"o-1"}',
      inputDetails: { truncated: false },
      roleArn: 'arn:aws:iam::000000000000:role/StatesRole',
    });
    expect(events.at(-1)?.executionSucceededEventDetails?.output).toBe('{"price":12}');
    expect(nextToken).toBeUndefined();
  });

  it('lists newest first with reverseOrder', async () => {
    // Act
    const { events } = await history({ reverseOrder: true });
    // Assess
    expect(typesOf(events)).toEqual([...CHAIN_EVENTS].reverse());
  });

  it.each([false, true])('pages through the whole history with maxResults and nextToken (reverseOrder %s)', async (reverseOrder) => {
    // Act
    const pages: HistoryEvent[][] = [];
    let nextToken: string | undefined;
    do {
      const page = await history({ reverseOrder, maxResults: 4, ...(nextToken === undefined ? {} : { nextToken }) });
      pages.push(page.events ?? []);
      nextToken = page.nextToken;
    } while (nextToken !== undefined);
    // Assess
    expect(pages.map((page) => page.length)).toEqual([4, 4, 3]);
    expect(pages.flatMap(typesOf)).toEqual(reverseOrder ? [...CHAIN_EVENTS].reverse() : CHAIN_EVENTS);
  });

  it('leaves execution data out with includeExecutionData false, keeping names, resources and roles', async () => {
    // Act
    const { events = [] } = await history({ includeExecutionData: false });
    // Assess
    const byType = (type: string) => events.find((event) => event.type === type);
    expect(byType('ExecutionStarted')?.executionStartedEventDetails).toEqual({ roleArn: 'arn:aws:iam::000000000000:role/StatesRole' });
    expect(byType('PassStateEntered')?.stateEnteredEventDetails).toEqual({ name: 'Quote' });
    expect(byType('PassStateExited')?.stateExitedEventDetails).toEqual({ name: 'Quote' });
    expect(byType('TaskScheduled')?.taskScheduledEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke', region: 'us-east-1' });
    expect(byType('TaskSucceeded')?.taskSucceededEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke' });
    expect(byType('ExecutionSucceeded')?.executionSucceededEventDetails).toEqual({});
  });

  it('refuses a token from another execution, and an execution that does not exist', async () => {
    // Prepare
    const page = await history({ maxResults: 1 });
    const other = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Chain'), name: 'run-2' }));
    // Act
    const foreignToken = await failureOf(history({ executionArn: other.executionArn ?? '', nextToken: page.nextToken ?? '' }));
    const missing = await failureOf(history({ executionArn: executionArn('Chain', 'never') }));
    // Assess
    expect(foreignToken.name).toBe('InvalidToken');
    expect(missing.name).toBe('ExecutionDoesNotExist');
  });

  describe('StopExecution', () => {
    it('aborts a running execution with the given error and cause, recorded as ExecutionAborted', async () => {
      // Prepare
      const started = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Approval'), name: 'to-stop' }));
      const arn = started.executionArn ?? '';
      await eventually(() => harness.tasks.requests.some((request) => request.executionArn === arn));
      // Act
      const stopped = await harness.client.send(new StopExecutionCommand({ executionArn: arn, error: 'Ops.Cancelled', cause: 'customer asked' }));
      // Assess
      const description = await harness.client.send(new DescribeExecutionCommand({ executionArn: arn }));
      expect(description).toMatchObject({ status: 'ABORTED', error: 'Ops.Cancelled', cause: 'customer asked' });
      expect(description.stopDate).toEqual(stopped.stopDate);
      const { events } = await history({ executionArn: arn, reverseOrder: true, maxResults: 1 });
      expect(events?.[0]).toMatchObject({ type: 'ExecutionAborted', executionAbortedEventDetails: { error: 'Ops.Cancelled', cause: 'customer asked' } });
    });

    it('leaves an ended execution as it was', async () => {
      // Act
      const stopped = await harness.client.send(new StopExecutionCommand({ executionArn: chainRun }));
      // Assess
      const description = await harness.client.send(new DescribeExecutionCommand({ executionArn: chainRun }));
      expect(description.status).toBe('SUCCEEDED');
      expect(stopped.stopDate).toEqual(description.stopDate);
    });

    it('refuses an error longer than 256 characters', async () => {
      // Act
      const failure = await failureOf(harness.client.send(new StopExecutionCommand({ executionArn: chainRun, error: 'e'.repeat(257) })));
      // Assess
      expect(failure.name).toBe('ValidationException');
    });
  });
});
