import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION, type LocalStack } from '../assembly';
import type { EdgeService } from '../edge/protocol';
import { stepFunctionsApiService } from './api/step-functions-api';
import type { ExecutionRecord } from './executions/execution-record';
import { Executions } from './executions/executions';
import { recoverExecutions } from './executions/recovery';
import { ResumedTokens } from './executions/resumed-tokens';
import { StatusEvents, type PutEventsPort } from './executions/status-change-events';
import { createTaskInvoker, type ExecutionDescription, type ExecutionPorts, type IntegrationPorts } from './integrations';
import { TaskTokenRegistry, type TaskInvoker } from './interpreter';
import type { ServiceLocation } from './machines/arns';
import type { StateMachine } from './machines/state-machine';
import { StateMachineRegistry } from './machines/state-machine-registry';
import { templateStateMachines } from './machines/template-state-machines';
import { StatesError } from './states-error';
import { DirectoryStore } from './store/directory-store';
import { silentStepFunctionsLogger, type StepFunctionsLogger } from './step-functions-logger';

export interface LocalStepFunctionsOptions {
  /** The loaded stacks: their `AWS::StepFunctions::StateMachine` resources, in their account and region. */
  readonly stacks: readonly LocalStack[];
  /**
   * How Task states reach the local services (Lambda, the SDK clients' endpoints). The service adds the `executions`
   * port itself, so `states:startExecution` reaches its own executions. With integrations, definitions whose Task
   * resources cannot be routed locally fail the start (template) or CreateStateMachine (API).
   */
  readonly integrations?: Omit<IntegrationPorts, 'executions'>;
  /** A ready TaskInvoker instead (tests, benchmarks); wins over `integrations`. */
  readonly invoker?: TaskInvoker;
  /** Where Standard executions' status-change events go (the local EventBridge's default bus). */
  readonly putEvents?: PutEventsPort;
  /** Standard executions persist under `<dataDir>/stepfunctions/` and resume at the next start; in memory without it. */
  readonly dataDir?: string;
  /** Multiplies every delay a definition asks for (tests: 0.001). Default 1. */
  readonly timeScale?: number;
  readonly now?: () => Date;
  /** Execution names when none is given, Express run ids and revision ids. Default random UUIDs. */
  readonly newId?: () => string;
  readonly newToken?: () => string;
  readonly random?: () => number;
  readonly logger?: StepFunctionsLogger;
}

/** The Step Functions subsystem, wired: what the edge serves and what the other subsystems call. */
export interface LocalStepFunctions {
  /** Mount on the edge (signing name `states`, target prefix `AWSStepFunctions`). */
  readonly service: EdgeService;
  /** For the integrations of another invoker, or tests: nested executions on this service. */
  readonly executionsPort: ExecutionPorts;
  /**
   * For EventBridge targets: StartExecution with a generated name. Rejects with a StepFunctionsError whose `name` is
   * the API's error code (`StateMachineDoesNotExist`, `InvalidArn`, `InvalidExecutionInput`…) — none is retryable.
   */
  startExecution(stateMachineArn: string, input: string): Promise<{ readonly executionArn: string; readonly startDate: Date }>;
  /** The state machines that exist now. */
  stateMachines(): readonly StateMachine[];
  /** Executions that were running when the previous process stopped and run again now. */
  readonly resumed: readonly string[];
  /** Resolves once every status-change event handed to `putEvents` so far has settled. */
  eventsSettled(): Promise<void>;
  /** Suspends running executions (they stay resumable from their last checkpoint) and releases files and clients. */
  stop(): Promise<void>;
}

/**
 * The local Step Functions: state machines from the template and the API, executions on the project's interpreter
 * with the service integrations, the API on the edge, status-change events, and — with a data directory — durable
 * Standard executions that resume after a restart or a crash. Throws StepFunctionsStartError naming every template
 * state machine that cannot run.
 */
export function createLocalStepFunctions(options: LocalStepFunctionsOptions): LocalStepFunctions {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const logger = options.logger ?? silentStepFunctionsLogger;
  const location: ServiceLocation = {
    accountId: options.stacks[0]?.accountId ?? LOCAL_ACCOUNT_ID,
    region: options.stacks[0]?.region ?? LOCAL_REGION,
  };
  const checkResources = options.invoker === undefined && options.integrations !== undefined;
  const fromTemplate = templateStateMachines(options.stacks, { createdAt: now().getTime(), checkResources });
  const store = options.dataDir === undefined ? undefined : new DirectoryStore(path.join(options.dataDir, 'stepfunctions'));
  const machines = new StateMachineRegistry([...fromTemplate, ...(store?.loadStateMachines() ?? [])], (apiMachines) => {
    store?.saveStateMachines(apiMachines);
  });

  const events = new StatusEvents(options.putEvents, now, logger);
  const taskTokens = new TaskTokenRegistry();
  const resumedTokens = new ResumedTokens(taskTokens);
  // The executions port goes into the invoker that `executions` runs tasks with: it reads `executions` when called.
  const executionsPort = executionPorts(() => executions, machines);
  const { invoker, close: closeInvoker } = taskInvoker(options, executionsPort, now);
  const executions: Executions = new Executions({
    engines: {
      invoker,
      taskTokens,
      ...(options.now === undefined ? {} : { now }),
      timeScale: options.timeScale ?? 1,
      ...(options.random === undefined ? {} : { random: options.random }),
      ...(options.newToken === undefined ? {} : { newToken: options.newToken }),
      ...(store === undefined
        ? {}
        : {
            onCheckpoint: (checkpoint) => {
              const { executionArn } = checkpoint.snapshot;
              store.checkpoint(executionArn, checkpoint, () => executions.liveHistory(executionArn));
            },
          }),
    },
    ...(store === undefined ? {} : { store }),
    resumedTokens,
    now,
    newId,
    onStatusChange: (record) => {
      events.publish(record);
    },
    onCrash: (executionArn, error) => {
      logger.error('execution failed in the local Step Functions itself', {
        service: 'states',
        executionArn,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    },
  });
  const recovered = store?.recover((directory, error) => {
    logger.warn('unreadable execution left out', { service: 'states', directory, error: String(error) });
  });
  const resumed = store === undefined || recovered === undefined ? [] : recoverExecutions(recovered, { executions, store, resumedTokens, now });

  return {
    service: stepFunctionsApiService({ location, machines, executions, resumedTokens, now, newId, checkResources }, logger),
    executionsPort,
    startExecution: (stateMachineArn, input) => executionsPort.start({ stateMachineArn, input }),
    stateMachines: () => machines.list(),
    resumed,
    eventsSettled: () => events.settled(),
    stop: async () => {
      await executions.suspendAll();
      store?.close();
      closeInvoker();
      await events.settled();
    },
  };
}

function executionPorts(executions: () => Executions, machines: StateMachineRegistry): ExecutionPorts {
  return {
    start: (request) => {
      try {
        const record = executions().start(machines.require(request.stateMachineArn), {
          input: request.input,
          ...(request.name === undefined ? {} : { name: request.name }),
          ...(request.traceHeader === undefined ? {} : { traceHeader: request.traceHeader }),
        });
        return Promise.resolve({ executionArn: record.executionArn, startDate: new Date(record.startDate) });
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    waitForCompletion: async (executionArn, signal) => portDescription(await executions().waitForCompletion(executionArn, signal)),
    stop: async (executionArn, error, cause) => {
      await executions().stopAny(executionArn, error, cause);
    },
  };
}

function portDescription(record: ExecutionRecord): ExecutionDescription {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: new Date(record.startDate),
    ...(record.stopDate === undefined ? {} : { stopDate: new Date(record.stopDate) }),
    input: record.input,
    ...(record.output === undefined ? {} : { output: record.output }),
    ...(record.error === undefined ? {} : { error: record.error }),
    ...(record.cause === undefined ? {} : { cause: record.cause }),
  };
}

function taskInvoker(options: LocalStepFunctionsOptions, executions: ExecutionPorts, now: () => Date): { invoker: TaskInvoker; close: () => void } {
  if (options.invoker !== undefined) return { invoker: options.invoker, close: () => undefined };
  if (options.integrations !== undefined) {
    const invoker = createTaskInvoker({ ...options.integrations, executions }, { now });
    return { invoker, close: () => { invoker.close(); } };
  }
  const unwired: TaskInvoker = {
    invoke: () => Promise.reject(new StatesError('States.Runtime', 'The local Step Functions has no service integrations wired')),
  };
  return { invoker: unwired, close: () => undefined };
}
