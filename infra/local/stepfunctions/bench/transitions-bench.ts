/**
 * State transitions per second of the local Step Functions (a benchmark, not a test):
 *   npx tsx infra/local/stepfunctions/bench/transitions-bench.ts [--executions 40]
 *
 * Two JSONPath definitions — (a) a chain of 500 Pass states, (b) a Choice loop whose Pass state counts with
 * intrinsics — run one execution after another through the service (history recorded in AWS's format), in memory and
 * with persistence on (a journal under a temporary data directory), and under the npm package
 * `aws-local-stepfunctions` when it is installed, for a ratio. A transition is a state entered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { resolveTemplate, type Json } from '../../assembly';
import { createLocalStepFunctions } from '../local-step-functions';
import { StatesError } from '../states-error';

const CHAIN_LENGTH = 500;
const LOOP_ROUNDS = 250;

/** (a) Pass 0 → Pass 1 → … → Pass 499. */
function passChain(): Json {
  const states: Record<string, Json> = {};
  for (let index = 0; index < CHAIN_LENGTH; index += 1) {
    states[`Pass ${index}`] = index === CHAIN_LENGTH - 1 ? { Type: 'Pass', End: true } : { Type: 'Pass', Next: `Pass ${index + 1}` };
  }
  return { StartAt: 'Pass 0', States: states };
}

/** (b) Count to LOOP_ROUNDS with States.MathAdd, label each round with States.Format, test with a Choice. */
function choiceLoop(): Json {
  return {
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Parameters: { i: 0, label: 'start' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: LOOP_ROUNDS, Next: 'Step' }], Default: 'Done' },
      Step: {
        Type: 'Pass',
        Parameters: { 'i.$': 'States.MathAdd($.i, 1)', 'label.$': "States.Format('round {} of {}', $.i, States.ArrayLength(States.ArrayRange(1, 3, 1)))" },
        Next: 'Check',
      },
      Done: { Type: 'Succeed' },
    },
  };
}

interface Workload {
  readonly name: string;
  readonly definition: Json;
  /** States entered by one execution. */
  readonly transitions: number;
}

const WORKLOADS: readonly Workload[] = [
  { name: '(a) 500-state Pass chain', definition: passChain(), transitions: CHAIN_LENGTH },
  { name: '(b) Choice loop with intrinsics', definition: choiceLoop(), transitions: 1 + (LOOP_ROUNDS + 1) + LOOP_ROUNDS + 1 },
];

type Runner = (input: Json) => Promise<void>;

/** Executions run before measuring, so both engines are measured with their code optimized by V8, not while it warms. */
const WARM_UP_EXECUTIONS = 20;

/** Runs `executions` executions one after another (after the warm-up) and returns transitions per second. */
async function measure(run: Runner, workload: Workload, executions: number): Promise<number> {
  for (let index = 0; index < WARM_UP_EXECUTIONS; index += 1) await run({});
  const started = process.hrtime.bigint();
  for (let index = 0; index < executions; index += 1) await run({});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (workload.transitions * executions) / seconds;
}

/** The local Step Functions service, in memory or over a data directory; executions started as EventBridge would. */
function localRunner(workload: Workload, dataDir: string | undefined): { run: Runner; stop: () => Promise<void> } {
  const stack = resolveTemplate(
    {
      Resources: {
        Bench: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: { StateMachineName: 'Bench', RoleArn: 'arn:aws:iam::000000000000:role/Bench', DefinitionString: JSON.stringify(workload.definition) },
        },
      },
    },
    { stackName: 'Bench' },
  );
  const service = createLocalStepFunctions({
    stacks: [stack],
    ...(dataDir === undefined ? {} : { dataDir }),
    invoker: { invoke: () => Promise.reject(new StatesError('States.TaskFailed', 'no tasks in this benchmark')) },
  });
  const stateMachineArn = service.stateMachines()[0]?.arn ?? '';
  const signal = new AbortController().signal;
  return {
    run: async (input) => {
      const { executionArn } = await service.executionsPort.start({ stateMachineArn, input: JSON.stringify(input) });
      const ended = await service.executionsPort.waitForCompletion(executionArn, signal);
      if (ended.status !== 'SUCCEEDED') throw new Error(`${workload.name}: the execution ended ${ended.status} (${ended.error ?? ''}: ${ended.cause ?? ''})`);
    },
    stop: () => service.stop(),
  };
}

/** `aws-local-stepfunctions`, loaded only if installed (never a dependency of the project). */
async function referenceRunner(workload: Workload): Promise<Runner | undefined> {
  // Node 20 lacks Promise.withResolvers, which the package uses.
  const promise = Promise as unknown as { withResolvers?: () => unknown };
  promise.withResolvers ??= () => {
    let resolve: unknown;
    let reject: unknown;
    const created = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: created, resolve, reject };
  };
  const name = 'aws-local-stepfunctions';
  let loaded: unknown;
  try {
    loaded = (await import(name)) as unknown;
  } catch {
    return undefined;
  }
  type Execution = { result: Promise<unknown> };
  type Machine = new (definition: unknown) => { run(input: unknown): Execution };
  const module = loaded as { StateMachine?: Machine; default?: { StateMachine?: Machine } };
  const StateMachine = module.StateMachine ?? module.default?.StateMachine;
  if (StateMachine === undefined) return undefined;
  const machine = new StateMachine(workload.definition);
  return async (input) => {
    await machine.run(input).result;
  };
}

function executionsArgument(): number {
  const at = process.argv.indexOf('--executions');
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : 200;
}

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function main(): Promise<void> {
  const executions = executionsArgument();
  line(`Local Step Functions: state transitions per second (${executions} executions per row, one at a time, after ${WARM_UP_EXECUTIONS} warm-up executions)`);
  for (const workload of WORKLOADS) {
    line(`\n${workload.name} — ${workload.transitions} transitions per execution`);
    const memory = localRunner(workload, undefined);
    const inMemory = await measure(memory.run, workload, executions);
    await memory.stop();
    line(`  local, in memory (history recorded)       ${inMemory.toFixed(0).padStart(9)} transitions/s`);

    const dataDir = mkdtempSync(path.join(tmpdir(), 'sfn-bench-'));
    try {
      const durable = localRunner(workload, dataDir);
      const persisted = await measure(durable.run, workload, executions);
      await durable.stop();
      line(`  local, persisted (journal per transition) ${persisted.toFixed(0).padStart(9)} transitions/s` + `   cost of persistence: ${((1 - persisted / inMemory) * 100).toFixed(0)}%`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }

    const reference = await referenceRunner(workload);
    if (reference === undefined) {
      line('  aws-local-stepfunctions                   not installed (ratio not measured)');
      continue;
    }
    const theirs = await measure(reference, workload, executions);
    line(`  aws-local-stepfunctions (in memory)       ${theirs.toFixed(0).padStart(9)} transitions/s   ratio local/theirs: ${(inMemory / theirs).toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
