import { SFNClient } from '@aws-sdk/client-sfn';
import { resolveTemplate, type Json, type LocalStack } from '../../../../assembly';
import { startEdgeTestServer, testClientConfig, type EdgeTestServer } from '../../../../testing/edge-test-server';
import type { TaskInvoker, TaskRequest } from '../../../interpreter';
import { createLocalStepFunctions, type LocalStepFunctions, type LocalStepFunctionsOptions, type StatusChangeEntry } from '../../..';
import { StatesError } from '../../../states-error';

export const ACCOUNT = '000000000000';
export const REGION = 'us-east-1';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/StatesRole`;
export const CALLBACK = 'arn:aws:states:::lambda:invoke.waitForTaskToken';
export const LAMBDA = 'arn:aws:states:::lambda:invoke';
/** Every delay in a definition becomes a thousandth of itself. */
export const TIME_SCALE = 0.001;

export const machineArn = (name: string): string => `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
export const executionArn = (machine: string, name: string): string => `arn:aws:states:${REGION}:${ACCOUNT}:execution:${machine}:${name}`;

/** A template holding `AWS::StepFunctions::StateMachine` resources with these properties, resolved as the loader does. */
export function stackWith(machines: Record<string, Record<string, unknown>>): LocalStack {
  const resources = Object.fromEntries(
    Object.entries(machines).map(([logicalId, properties]) => [
      logicalId,
      { Type: 'AWS::StepFunctions::StateMachine', Properties: { RoleArn: ROLE_ARN, ...properties } },
    ]),
  );
  return resolveTemplate({ Resources: resources } as Record<string, unknown> as Json, { stackName: 'Shop' });
}

/** A one-state-machine stack named `name`, from a definition object. */
export function machineStack(name: string, definition: Json, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): LocalStack {
  return stackWith({ [name]: { StateMachineName: name, StateMachineType: type, DefinitionString: JSON.stringify(definition) } });
}

/**
 * A fake TaskInvoker: `.waitForTaskToken` requests are delivered (their tokens collected in order), `lambda:invoke`
 * answers `{ Payload: <its arguments' Payload> }`, anything else fails with `Test.Unknown`.
 */
export class FakeTasks implements TaskInvoker {
  readonly tokens: string[] = [];
  readonly requests: TaskRequest[] = [];

  invoke(request: TaskRequest): Promise<Json> {
    this.requests.push(request);
    if (request.taskToken !== undefined) {
      this.tokens.push(request.taskToken);
      return Promise.resolve({ StatusCode: 202 });
    }
    if (request.resource === LAMBDA) {
      const args = request.arguments;
      return Promise.resolve({ Payload: typeof args === 'object' && args !== null && !Array.isArray(args) ? ((args as Record<string, Json>).Payload ?? null) : null });
    }
    return Promise.reject(new StatesError('Test.Unknown', request.resource));
  }
}

export interface Harness {
  readonly stepFunctions: LocalStepFunctions;
  readonly client: SFNClient;
  readonly tasks: FakeTasks;
  /** Status-change events put on the bus, in order. */
  readonly events: StatusChangeEntry[];
  close(): Promise<void>;
}

/** The service on an edge test server, with a real SDK client (host prefixes off: `sync-127.0.0.1` is no host). */
export async function startHarness(options: Partial<LocalStepFunctionsOptions> = {}): Promise<Harness> {
  const tasks = new FakeTasks();
  const events: StatusChangeEntry[] = [];
  const stepFunctions = createLocalStepFunctions({
    stacks: [],
    invoker: tasks,
    timeScale: TIME_SCALE,
    putEvents: (entries) => {
      events.push(...entries);
      return Promise.resolve();
    },
    ...options,
  });
  const server: EdgeTestServer = await startEdgeTestServer(stepFunctions.service);
  const client = new SFNClient({ ...testClientConfig(server), disableHostPrefix: true });
  return {
    stepFunctions,
    client,
    tasks,
    events,
    close: async () => {
      client.destroy();
      await stepFunctions.stop();
      await server.close();
    },
  };
}

/** Waits until `predicate` holds (polling every few milliseconds). */
export async function eventually(predicate: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The error an SDK call rejects with (fails the test if it resolves). */
export async function failureOf(call: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Error) return { name: error.name, message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}
