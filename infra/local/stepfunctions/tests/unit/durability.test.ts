import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LocalStack } from '../../../assembly';
import { approval, echo, saga } from './support/definitions';
import { eventually, executionArn, failureOf, machineArn, ROLE_ARN, stackWith, startHarness, type Harness } from './support/sfn-harness';

const stacks = (): LocalStack[] => [
  stackWith({
    Saga: { StateMachineName: 'Saga', DefinitionString: JSON.stringify(saga) },
    Approval: { StateMachineName: 'Approval', DefinitionString: JSON.stringify(approval) },
  }),
];

describe('durable Standard executions over a data directory', () => {
  let dataDir: string;
  const harnesses: Harness[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sfn-durable-'));
  });

  afterEach(async () => {
    for (const harness of harnesses.splice(0)) await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const open = async (options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> => {
    const harness = await startHarness({ stacks: stacks(), dataDir, ...options });
    harnesses.push(harness);
    return harness;
  };
  const historyOf = async (harness: Harness, arn: string): Promise<HistoryEvent[]> =>
    (await harness.client.send(new GetExecutionHistoryCommand({ executionArn: arn, maxResults: 1000 }))).events ?? [];
  const typesOf = (events: HistoryEvent[]) => events.map((event) => event.type);
  const statusOf = async (harness: Harness, arn: string) => (await harness.client.send(new DescribeExecutionCommand({ executionArn: arn }))).status;

  it('resumes, after a crash, an execution in a Wait and one waiting for a task token; both complete with continuous histories', async () => {
    // Prepare: the first process's clock stands still, so its 60-second Wait never ends while the test runs.
    const frozen = new Date();
    const first = await open({ now: () => frozen, timeScale: 1 });
    const waitingArn = (await first.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Saga'), name: 'in-wait', input: '{"orderId":"o-1"}' }))).executionArn ?? '';
    const callbackArn = (await first.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Approval'), name: 'in-callback' }))).executionArn ?? '';
    await eventually(async () => typesOf(await historyOf(first, waitingArn)).includes('WaitStateEntered'));
    await eventually(async () => typesOf(await historyOf(first, callbackArn)).includes('TaskSubmitted'));
    const token = first.tasks.tokens[0] ?? '';
    // Act: the first process is dropped without stop(); a second one starts over the same directory a minute later.
    const second = await open({ now: () => new Date(Date.now() + 61_000) });
    await second.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"approved":"by callback"}' }));
    await eventually(() => second.tasks.tokens.length === 1);
    await second.client.send(new SendTaskSuccessCommand({ taskToken: second.tasks.tokens[0] ?? '', output: '{"approved":true}' }));
    // Assess
    expect([...second.stepFunctions.resumed].sort()).toEqual([callbackArn, waitingArn].sort());
    await eventually(async () => (await statusOf(second, waitingArn)) === 'SUCCEEDED' && (await statusOf(second, callbackArn)) === 'SUCCEEDED');
    const waited = await second.client.send(new DescribeExecutionCommand({ executionArn: waitingArn }));
    const called = await second.client.send(new DescribeExecutionCommand({ executionArn: callbackArn }));
    expect(waited.output).toBe('{"charged":"o-1"}');
    expect(called.output).toBe('{"approved":"by callback"}');
    for (const arn of [waitingArn, callbackArn]) {
      const events = await historyOf(second, arn);
      expect(events.map((event) => event.id)).toEqual(events.map((_event, index) => index + 1));
      expect(events.every((event) => (event.previousEventId ?? 0) < (event.id ?? 0))).toBe(true);
      expect(typesOf(events).filter((type) => type === 'ExecutionStarted')).toHaveLength(1);
    }
    expect(typesOf(await historyOf(second, waitingArn))).toEqual([
      'ExecutionStarted',
      'PassStateEntered',
      'PassStateExited',
      'WaitStateEntered',
      'WaitStateExited',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    // The callback's request had been delivered before the crash: it is not sent again.
    expect(second.tasks.requests.filter((request) => request.executionArn === callbackArn)).toEqual([]);
    // The resumed executions announce their end, not a second start.
    await second.stepFunctions.eventsSettled();
    const statuses = second.events.map((entry) => JSON.parse(entry.detail) as { status: string });
    expect(statuses.map((detail) => detail.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  });

  it('suspends running executions on stop() and resumes them at the next start', async () => {
    // Prepare
    const first = await open();
    const arn = (await first.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Approval'), name: 'suspended' }))).executionArn ?? '';
    await eventually(() => first.tasks.tokens.length === 1);
    // Act
    await first.close();
    harnesses.splice(harnesses.indexOf(first), 1);
    const second = await open();
    // Assess
    expect(await statusOf(second, arn)).toBe('RUNNING');
    await second.client.send(new SendTaskSuccessCommand({ taskToken: first.tasks.tokens[0] ?? '', output: '"done"' }));
    await eventually(async () => (await statusOf(second, arn)) === 'SUCCEEDED');
    expect(typesOf(await historyOf(second, arn)).at(-1)).toBe('ExecutionSucceeded');
  });

  it('keeps ended executions, their histories and the API’s state machines across restarts', async () => {
    // Prepare
    const first = await open();
    await first.client.send(new CreateStateMachineCommand({ name: 'Created', definition: JSON.stringify(echo), roleArn: ROLE_ARN }));
    const arn = (await first.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Created'), name: 'done', input: '{"a":1}' }))).executionArn ?? '';
    await eventually(async () => (await statusOf(first, arn)) === 'SUCCEEDED');
    const historyBefore = await historyOf(first, arn);
    const describedBefore = await first.client.send(new DescribeExecutionCommand({ executionArn: arn }));
    await first.close();
    harnesses.splice(harnesses.indexOf(first), 1);
    // Act
    const second = await open();
    // Assess
    const described = await second.client.send(new DescribeExecutionCommand({ executionArn: arn }));
    expect(described).toMatchObject({ status: 'SUCCEEDED', output: '{"a":1}', startDate: describedBefore.startDate, stopDate: describedBefore.stopDate });
    expect(await historyOf(second, arn)).toEqual(historyBefore);
    const listed = await second.client.send(new ListExecutionsCommand({ stateMachineArn: machineArn('Created') }));
    expect(listed.executions?.map((item) => item.executionArn)).toEqual([executionArn('Created', 'done')]);
    const machine = await second.client.send(new DescribeStateMachineCommand({ stateMachineArn: machineArn('Created') }));
    expect(machine.definition).toBe(JSON.stringify(echo));
    const reuse = await failureOf(second.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Created'), name: 'done', input: '{"a":1}' })));
    expect(reuse.name).toBe('ExecutionAlreadyExists');
  });
});
