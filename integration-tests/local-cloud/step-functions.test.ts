import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { SendTaskSuccessCommand, StartExecutionCommand, type HistoryEvent } from '@aws-sdk/client-sfn';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { freePort } from '../../infra/local/dynamodb/dynamodb-local-process';
import { synthesizeApp } from '../../infra/synthesize';
import { awsCli, findAwsCliV2, type CliResult } from '../support/aws-cli';
import { edgeClients, stackOutputsAt, type EdgeClients } from '../support/sfn-clients';
import { startCloudProcess, type CloudProcess, type CloudProcessOptions } from '../support/sfn-cloud-process';
import { causalChain, descriptionOnceEnded, fullHistory, historyOnceItHas, statesEntered } from '../support/sfn-history';
import { QueueReader } from '../support/sfn-queue-reader';
import { addApprovalWorkflow, APPROVAL_OUTPUTS, START_APPROVAL_EVENT } from './fixtures/sfn/approval-workflow';

const cli = findAwsCliV2();
if (cli === undefined && process.env.CI === 'true') {
  throw new Error('The AWS CLI v2 is required in CI: .ci/run installs Debian\'s awscli package');
}

/** Every wait the cloud prescribes runs at 1/20 speed: the workflow's `holdSeconds: 100` lasts 5 s. */
const TIME_SCALE = 0.05;
/** Long enough that the cloud is killed while the execution sits in the Wait. */
const HOLD_SECONDS = 100;

/** The message the workflow's AwaitApproval task sends (fixtures/sfn/approval-workflow.ts). */
interface ApprovalRequest {
  readonly taskToken: string;
  readonly executionName: string;
}

/** The EventBridge event the default-bus rule delivers to its queue. */
interface StatusChange {
  readonly source: string;
  readonly 'detail-type': string;
  readonly resources: readonly string[];
  readonly detail: {
    readonly executionArn: string;
    readonly stateMachineArn: string;
    readonly name: string;
    readonly status: string;
    readonly input: string | null;
    readonly output: string | null;
    readonly stopDate: number | null;
  };
}

/** A running local cloud (a child process) and how the tests reach it. */
interface CloudUnderTest {
  readonly process: CloudProcess;
  readonly clients: EdgeClients;
  readonly stateMachineArn: string;
  readonly eventBusName: string;
  readonly approvals: QueueReader<ApprovalRequest>;
  readonly statusChanges: QueueReader<StatusChange>;
}

async function connect(cloudProcess: CloudProcess, stackName: string): Promise<CloudUnderTest> {
  const outputs = await stackOutputsAt(cloudProcess.edgeUrl, stackName);
  const clients = edgeClients(cloudProcess.edgeUrl);
  return {
    process: cloudProcess,
    clients,
    stateMachineArn: outputs[APPROVAL_OUTPUTS.stateMachineArn] ?? '',
    eventBusName: outputs.EventBusName ?? '',
    approvals: new QueueReader(clients.sqs, outputs[APPROVAL_OUTPUTS.approvalQueueUrl] ?? '', (body) => JSON.parse(body) as ApprovalRequest),
    statusChanges: new QueueReader(clients.sqs, outputs[APPROVAL_OUTPUTS.statusQueueUrl] ?? '', (body) => JSON.parse(body) as StatusChange),
  };
}

const HISTORY_OF_AN_APPROVAL = [
  'ExecutionStarted',
  'WaitStateEntered',
  'WaitStateExited',
  'TaskStateEntered',
  'TaskScheduled',
  'TaskStarted',
  'TaskSubmitted',
  'TaskSucceeded',
  'TaskStateExited',
  'PassStateEntered',
  'PassStateExited',
  'ExecutionSucceeded',
];

const typesOf = (events: readonly HistoryEvent[]): (string | undefined)[] => events.map((event) => event.type);
const millisecondsBetween = (events: readonly HistoryEvent[], from: string, to: string): number =>
  (events.find((event) => event.type === to)?.timestamp?.getTime() ?? Number.NaN) -
  (events.find((event) => event.type === from)?.timestamp?.getTime() ?? Number.NaN);

/**
 * The local Step Functions through the whole local cloud, booted in a child process from a synthesized app that adds
 * a Standard JSONata workflow (Wait → sqs:sendMessage.waitForTaskToken → Pass), a rule on the app's bus that starts it
 * and a rule on the default bus that sends its status changes to a queue.
 */
describe('Step Functions in the local cloud', () => {
  let workDir: string;
  let options: CloudProcessOptions;
  let cloud: CloudUnderTest | undefined;
  const current = (): CloudUnderTest => {
    if (cloud === undefined) throw new Error('the local cloud is not running');
    return cloud;
  };

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'ecommerce-sfn-'));
    const { stackName } = synthesizeApp(path.join(workDir, 'cdk.out'), {}, { extend: addApprovalWorkflow });
    options = {
      assemblyDir: path.join(workDir, 'cdk.out'),
      stackName,
      dataDir: path.join(workDir, 'data'),
      logDir: path.join(workDir, 'logs'),
      // Fixed across restarts, as AWS endpoints are: queue URLs in persisted definitions stay valid.
      edgePort: await freePort(),
      apiPort: await freePort(),
      timeScale: TIME_SCALE,
    };
    cloud = await connect(await startCloudProcess(options), stackName);
  });

  afterAll(async () => {
    cloud?.clients.destroy();
    await cloud?.process.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  (cli === undefined ? describe.skip : describe)('through the AWS CLI v2', () => {
    const run = (args: readonly string[]): Promise<CliResult> => awsCli(cli ?? '', current().process.edgeUrl, args);
    const json = (result: CliResult): unknown => JSON.parse(result.stdout) as unknown;

    it('starts an execution, describes it, lists it and reads its history', async () => {
      // Prepare
      const { stateMachineArn, approvals, clients } = current();
      const name = `cli-${randomUUID()}`;
      // Act
      const started = await run([
        'stepfunctions', 'start-execution', '--state-machine-arn', stateMachineArn, '--name', name,
        '--input', JSON.stringify({ order: name, holdSeconds: 1 }),
      ]);
      const { taskToken } = await approvals.next((request) => request.executionName === name);
      const approved = await run(['stepfunctions', 'send-task-success', '--task-token', taskToken, '--task-output', '{"approvedBy":"cli"}']);
      const executionArn = (json(started) as { executionArn: string }).executionArn;
      await descriptionOnceEnded(clients.sfn, executionArn);
      const described = await run(['stepfunctions', 'describe-execution', '--execution-arn', executionArn]);
      const history = await run(['stepfunctions', 'get-execution-history', '--execution-arn', executionArn]);
      const listed = await run(['stepfunctions', 'list-executions', '--state-machine-arn', stateMachineArn, '--status-filter', 'SUCCEEDED']);
      // Assess
      expect([started, approved, described, history, listed].map((result) => (result.exitCode === 0 ? 'ok' : result.stderr))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
      expect(executionArn).toBe(`${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`);
      expect(json(described)).toMatchObject({ executionArn, name, status: 'SUCCEEDED', stateMachineArn });
      expect(JSON.parse((json(described) as { output: string }).output)).toEqual({ order: name, approval: { approvedBy: 'cli' } });
      expect((json(history) as { events: { type: string }[] }).events.map((event) => event.type)).toEqual(HISTORY_OF_AN_APPROVAL);
      expect((json(listed) as { executions: { executionArn: string; status: string }[] }).executions).toContainEqual(
        expect.objectContaining({ executionArn, status: 'SUCCEEDED' }),
      );
    });
  });

  it('starts an execution from a rule on the app bus and sends its status changes to the default bus', async () => {
    // Prepare
    const { clients, eventBusName, stateMachineArn, approvals, statusChanges } = current();
    const order = `bus-${randomUUID()}`;
    const detail = { order, holdSeconds: 0 };
    // Act
    await clients.events.send(
      new PutEventsCommand({
        Entries: [{ EventBusName: eventBusName, Source: START_APPROVAL_EVENT.source, DetailType: START_APPROVAL_EVENT.detailType, Detail: JSON.stringify(detail) }],
      }),
    );
    const running = await statusChanges.next(
      (event) => event.detail.status === 'RUNNING' && event.detail.input !== null && (JSON.parse(event.detail.input) as { order?: string }).order === order,
    );
    const { executionArn } = running.detail;
    const { taskToken } = await approvals.next((request) => request.executionName === running.detail.name);
    await clients.sfn.send(new SendTaskSuccessCommand({ taskToken, output: '{"approvedBy":"bus"}' }));
    const succeeded = await statusChanges.next((event) => event.detail.executionArn === executionArn && event.detail.status === 'SUCCEEDED');
    // Assess
    expect(running).toMatchObject({
      source: 'aws.states',
      'detail-type': 'Step Functions Execution Status Change',
      resources: [executionArn],
      detail: { stateMachineArn, stopDate: null, output: null },
    });
    expect(JSON.parse(running.detail.input ?? 'null')).toEqual(detail);
    expect(succeeded).toMatchObject({ source: 'aws.states', resources: [executionArn], detail: { stateMachineArn, stopDate: expect.any(Number) as unknown } });
    expect(JSON.parse(succeeded.detail.output ?? 'null')).toEqual({ order, approval: { approvedBy: 'bus' } });
  });

  it('resumes executions killed in a Wait and in a task-token wait, with a continuous history', async () => {
    // Prepare: one execution waits for its task token, the other sits in its Wait
    const before = current();
    const start = async (name: string, holdSeconds: number): Promise<string> => {
      const input = JSON.stringify({ order: name, holdSeconds });
      const started = await before.clients.sfn.send(new StartExecutionCommand({ stateMachineArn: before.stateMachineArn, name, input }));
      return started.executionArn ?? '';
    };
    const tokenName = `token-wait-${randomUUID()}`;
    const tokenArn = await start(tokenName, 0);
    const { taskToken } = await before.approvals.next((request) => request.executionName === tokenName);
    const tokenHistoryBefore = await historyOnceItHas(before.clients.sfn, tokenArn, 'TaskSubmitted');
    const waitName = `wait-${randomUUID()}`;
    const waitArn = await start(waitName, HOLD_SECONDS);
    const waitHistoryBefore = await historyOnceItHas(before.clients.sfn, waitArn, 'WaitStateEntered');

    // Act: SIGKILL, restart on the same data directory, then approve both
    before.clients.destroy();
    await before.process.kill();
    cloud = undefined;
    cloud = await connect(await startCloudProcess(options), options.stackName);
    const after = cloud;
    await after.clients.sfn.send(new SendTaskSuccessCommand({ taskToken, output: '{"approvedBy":"after-restart"}' }));
    const waitApproval = await after.approvals.next((request) => request.executionName === waitName);
    await after.clients.sfn.send(new SendTaskSuccessCommand({ taskToken: waitApproval.taskToken, output: '{"approvedBy":"after-restart"}' }));
    const [tokenEnd, waitEnd] = await Promise.all([descriptionOnceEnded(after.clients.sfn, tokenArn), descriptionOnceEnded(after.clients.sfn, waitArn)]);
    const tokenHistory = await fullHistory(after.clients.sfn, tokenArn);
    const waitHistory = await fullHistory(after.clients.sfn, waitArn);
    const approvalsSent = (await after.approvals.drain()).map((request) => request.executionName);

    // Assess: both complete with the expected output
    expect(tokenEnd).toMatchObject({ status: 'SUCCEEDED' });
    expect(JSON.parse(tokenEnd.output ?? 'null')).toEqual({ order: tokenName, approval: { approvedBy: 'after-restart' } });
    expect(waitEnd).toMatchObject({ status: 'SUCCEEDED' });
    expect(JSON.parse(waitEnd.output ?? 'null')).toEqual({ order: waitName, approval: { approvedBy: 'after-restart' } });
    // The history before the kill is kept as it was, and continues from it
    for (const [history, kept] of [[tokenHistory, tokenHistoryBefore], [waitHistory, waitHistoryBefore]] as const) {
      expect(history.slice(0, kept.length)).toEqual(kept);
      expect(typesOf(history)).toEqual(HISTORY_OF_AN_APPROVAL);
      expect(history.map((event) => event.id)).toEqual(history.map((_event, index) => index + 1));
      expect(history.filter((event) => !((event.previousEventId ?? -1) >= 0 && (event.previousEventId ?? 0) < (event.id ?? 0)))).toEqual([]);
      expect(causalChain(history)).toEqual(expect.arrayContaining(history.filter((event) => event.type !== 'ExecutionStarted').map((event) => event.id)));
      expect(statesEntered(history)).toEqual(['Hold', 'AwaitApproval', 'Done']);
    }
    // The message sent before the kill is not sent again, and the restart did not cut the Wait short
    expect(approvalsSent).not.toContain(tokenName);
    expect(approvalsSent.filter((name) => name === waitName)).toHaveLength(1);
    expect(millisecondsBetween(waitHistory, 'WaitStateEntered', 'WaitStateExited')).toBeGreaterThanOrEqual(HOLD_SECONDS * TIME_SCALE * 1000 - 50);
  });
});
