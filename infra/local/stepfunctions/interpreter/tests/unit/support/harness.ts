import type { Json } from '../../../../../assembly/json';
import { StatesError } from '../../../../states-error';
import { createExecutionEngine, type ExecutionEngine, type ExecutionEngineOptions } from '../../../engine';
import type { HistoryEvent } from '../../../history/history-event';
import type { ExecutionResult } from '../../../runtime/execution-run';
import type { TaskInvoker, TaskRequest } from '../../../task/task-invoker';

export const STATE_MACHINE_ARN = 'arn:aws:states:eu-west-1:123456789012:stateMachine:Checkout';
export const EXECUTION_ARN = 'arn:aws:states:eu-west-1:123456789012:execution:Checkout:run-1';
/** Every delay in a definition becomes a thousandth of itself: a Wait of 5 s sleeps 5 ms. */
export const TIME_SCALE = 0.001;

export type TaskBehaviour = (request: TaskRequest, attempt: number) => Json | Promise<Json>;

/** A fake TaskInvoker: one behaviour per Resource; it records every request it receives. */
export class FakeInvoker implements TaskInvoker {
  readonly requests: TaskRequest[] = [];
  private readonly attempts = new Map<string, number>();

  constructor(private readonly behaviours: Readonly<Record<string, TaskBehaviour>> = {}) {}

  async invoke(request: TaskRequest): Promise<Json> {
    this.requests.push(request);
    const attempt = (this.attempts.get(request.resource) ?? 0) + 1;
    this.attempts.set(request.resource, attempt);
    const behaviour = this.behaviours[request.resource];
    if (!behaviour) throw new StatesError('Test.UnknownResource', request.resource);
    return behaviour(request, attempt);
  }

  requestsFor(resource: string): TaskRequest[] {
    return this.requests.filter((request) => request.resource === resource);
  }
}

/** Fails the first `times` attempts with `error`, then returns `result`. */
export function failingTimes(times: number, error: string, result: Json = { ok: true }): TaskBehaviour {
  return (_request, attempt) => {
    if (attempt <= times) throw new StatesError(error, `attempt ${attempt} failed`);
    return result;
  };
}

/** Never settles until the request's signal aborts. */
export function hanging(): TaskBehaviour {
  return (request) =>
    new Promise((_resolve, reject) => {
      request.signal.addEventListener('abort', () => {
        reject(new StatesError('Test.Aborted', 'aborted'));
      });
    });
}

export function engineFor(definition: Json, options: Partial<ExecutionEngineOptions> = {}): ExecutionEngine {
  return createExecutionEngine({
    definition,
    stateMachineArn: STATE_MACHINE_ARN,
    invoker: new FakeInvoker(),
    timeScale: TIME_SCALE,
    random: () => 0.5,
    ...options,
  });
}

/** Runs `definition` once on `input` and returns how it ended. */
export function execute(definition: Json, input: Json = {}, options: Partial<ExecutionEngineOptions> = {}): Promise<ExecutionResult> {
  return engineFor(definition, options).start({ executionArn: EXECUTION_ARN, name: 'run-1', input });
}

export function eventTypes(result: ExecutionResult | readonly HistoryEvent[]): string[] {
  const events = 'events' in result ? result.events : result;
  return events.map((event) => event.type);
}

export function eventsOfType(result: ExecutionResult, type: string): HistoryEvent[] {
  return result.events.filter((event) => event.type === type);
}

/** A one-state machine around `state` (named `S`), in `queryLanguage`. */
export function single(state: Record<string, Json>, queryLanguage?: 'JSONPath' | 'JSONata'): Json {
  return {
    ...(queryLanguage ? { QueryLanguage: queryLanguage } : {}),
    StartAt: 'S',
    States: { S: { ...state, ...(state.Type === 'Succeed' || state.Type === 'Fail' || state.Type === 'Choice' ? {} : { End: true }) } },
  };
}

/** Waits until `predicate` holds (polling every millisecond), for callbacks that arrive asynchronously. */
export async function eventually(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
