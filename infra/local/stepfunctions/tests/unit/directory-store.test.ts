import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ExecutionRecord, StateMachine } from '../..';
import { createLocalStepFunctions } from '../..';
import type { ExecutionCheckpoint, ExecutionSnapshot, HistoryEvent } from '../../interpreter';
import { DirectoryStore } from '../../store/directory-store';
import { echo } from './support/definitions';
import { executionArn, machineArn, machineStack, ROLE_ARN } from './support/sfn-harness';

const ARN = executionArn('Echo', 'run-1');
const machine: StateMachine = {
  arn: machineArn('Echo'),
  name: 'Echo',
  type: 'STANDARD',
  definition: JSON.stringify(echo),
  roleArn: ROLE_ARN,
  creationDate: 0,
  updateDate: 0,
  loggingConfiguration: {},
  tracingConfiguration: {},
  origin: 'template',
};
const running: ExecutionRecord = {
  executionArn: ARN,
  stateMachineArn: machine.arn,
  name: 'run-1',
  status: 'RUNNING',
  startDate: 1_700_000_000_000,
  input: '{"n":1}',
  machine,
};
const started: HistoryEvent = {
  id: 1,
  previousEventId: 0,
  timestamp: 1_700_000_000,
  type: 'ExecutionStarted',
  executionStartedEventDetails: { input: '{"n":1}', inputDetails: { truncated: false }, roleArn: ROLE_ARN },
};
const succeeded: HistoryEvent = {
  id: 2,
  previousEventId: 1,
  timestamp: 1_700_000_001.5,
  type: 'ExecutionSucceeded',
  executionSucceededEventDetails: { output: '{"n":1}', outputDetails: { truncated: false } },
};
const snapshot = (fields: Partial<ExecutionSnapshot>): ExecutionSnapshot => ({
  version: 1,
  executionArn: ARN,
  name: 'run-1',
  stateMachineArn: machine.arn,
  roleArn: ROLE_ARN,
  input: { n: 1 },
  startTime: '2023-11-14T22:13:20.000Z',
  lastEventId: 1,
  status: 'RUNNING',
  ...fields,
});
const checkpoint = (events: HistoryEvent[], fields: Partial<ExecutionSnapshot>): ExecutionCheckpoint => ({ events, snapshot: snapshot(fields) });

describe('the directory store', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sfn-store-'));
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  const journalFile = (): string => {
    const executions = path.join(root, 'stepfunctions', 'executions');
    const [directory = ''] = readdirSync(executions);
    return path.join(executions, directory, 'journal.jsonl');
  };

  it('drops a torn last checkpoint line and cuts it off the file, so the next checkpoint appends cleanly', () => {
    // Prepare
    const store = new DirectoryStore(path.join(root, 'stepfunctions'));
    store.save(running);
    store.checkpoint(ARN, checkpoint([started], { lastEventId: 1 }));
    store.close();
    const whole = statSync(journalFile()).size;
    appendFileSync(journalFile(), '{"events":[{"id":2,"previousEv');
    // Act
    const reopened = new DirectoryStore(path.join(root, 'stepfunctions'));
    const [recovered] = reopened.recover(() => undefined);
    reopened.checkpoint(ARN, checkpoint([succeeded], { lastEventId: 2, status: 'SUCCEEDED', output: { n: 1 } }));
    reopened.close();
    // Assess
    expect(recovered?.history).toEqual([started]);
    expect(recovered?.snapshot?.lastEventId).toBe(1);
    expect(statSync(journalFile()).size).toBeGreaterThan(whole);
    const [again] = new DirectoryStore(path.join(root, 'stepfunctions')).recover(() => undefined);
    expect(again?.history).toEqual([started, succeeded]);
    expect(again?.snapshot?.status).toBe('SUCCEEDED');
  });

  it('compacts a growing journal into one checkpoint holding the whole history and the last snapshot', () => {
    // Prepare
    const store = new DirectoryStore(path.join(root, 'stepfunctions'), 600);
    store.save(running);
    const history: HistoryEvent[] = [started];
    store.checkpoint(ARN, checkpoint([started], { lastEventId: 1 }), () => history);
    // Act: heartbeats checkpoint again and again without new events; then one more event arrives.
    for (let beat = 0; beat < 20; beat += 1) store.checkpoint(ARN, checkpoint([], { lastEventId: 1, startTime: `beat ${beat}` }), () => history);
    history.push(succeeded);
    store.checkpoint(ARN, checkpoint([succeeded], { lastEventId: 2, status: 'SUCCEEDED', output: { n: 1 } }), () => history);
    store.close();
    // Assess
    expect(statSync(journalFile()).size).toBeLessThan(2000);
    const [recovered] = new DirectoryStore(path.join(root, 'stepfunctions')).recover(() => undefined);
    expect(recovered?.history).toEqual([started, succeeded]);
    expect(recovered?.snapshot).toMatchObject({ lastEventId: 2, status: 'SUCCEEDED' });
  });

  it('finishes, without running it again, an execution whose final checkpoint was written but not its record', async () => {
    // Prepare
    const store = new DirectoryStore(path.join(root, 'stepfunctions'));
    store.save(running);
    store.checkpoint(ARN, checkpoint([started], { lastEventId: 1 }));
    store.checkpoint(ARN, checkpoint([succeeded], { lastEventId: 2, status: 'SUCCEEDED', output: { n: 1 } }));
    store.close();
    const published: string[] = [];
    // Act
    const service = createLocalStepFunctions({
      stacks: [machineStack('Echo', echo)],
      dataDir: root,
      putEvents: (entries) => {
        published.push(...entries.map((entry) => entry.detail));
        return Promise.resolve();
      },
    });
    // Assess
    const ended = await service.executionsPort.waitForCompletion(ARN, new AbortController().signal);
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: '{"n":1}', stopDate: new Date(1_700_000_001_500) });
    expect(service.resumed).toEqual([]);
    await service.eventsSettled();
    expect(published.map((detail) => (JSON.parse(detail) as { status: string }).status)).toEqual(['SUCCEEDED']);
    const directory = path.dirname(journalFile());
    expect(JSON.parse(readFileSync(path.join(directory, 'history.json'), 'utf8'))).toEqual([started, succeeded]);
    await service.stop();
  });

  it('starts over an execution that stopped before its first checkpoint', async () => {
    // Prepare
    new DirectoryStore(path.join(root, 'stepfunctions')).save(running);
    // Act
    const service = createLocalStepFunctions({ stacks: [machineStack('Echo', echo)], dataDir: root });
    // Assess
    expect(service.resumed).toEqual([ARN]);
    const ended = await service.executionsPort.waitForCompletion(ARN, new AbortController().signal);
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: '{"n":1}' });
    await service.stop();
  });
});
