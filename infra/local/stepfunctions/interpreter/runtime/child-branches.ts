import type { Json } from '../../../assembly/json';
import { StatesError } from '../../states-error';
import type { SubMachine } from '../asl-types';
import { BranchCancelled } from '../errors/interpreter-errors';
import { VariableScope } from '../variables/variable-scope';
import { BranchRun } from './branch-run';
import type { StateRun } from './state-run';
import { newBranch, type BranchSnapshot, type ChildRun } from './snapshot';
import { childController } from './timers';

/** How a Parallel or Map state runs its children. */
export interface ChildBranchPlan {
  readonly machine: SubMachine | ((index: number) => SubMachine);
  /** How many may run at once (0: all). */
  readonly maxConcurrency: number;
  /** A pending child's input (e.g. ItemSelector); only Map has pending children. */
  readonly input?: (index: number) => Promise<Json>;
  /** Records that a pending child started; returns the event id its branch continues from. */
  readonly onStarted?: (index: number) => number;
  /** Whether `failed` failures are still tolerated (a Map's ToleratedFailure…); Parallel tolerates none. */
  readonly tolerated: (failed: number) => boolean;
  readonly onSucceeded?: (index: number, branch: BranchRun) => void;
  readonly onFailed?: (index: number, branch: BranchRun) => void;
  readonly onAborted?: (index: number, branch: BranchRun) => void;
}

/**
 * Runs the children held in `children` (the state's snapshot progress, updated in place as each one moves on):
 * running ones continue, pending ones start as slots free up. When a failure is not tolerated the others are
 * cancelled, and the first failure is thrown once they have all stopped. Resolves with the number of (tolerated)
 * failures.
 */
export async function runChildBranches(run: StateRun, children: ChildRun[], plan: ChildBranchPlan): Promise<number> {
  const { controller, dispose } = childController(run.signal);
  const machine = (index: number) => (typeof plan.machine === 'function' ? plan.machine(index) : plan.machine);
  const limit = plan.maxConcurrency > 0 ? plan.maxConcurrency : Number.POSITIVE_INFINITY;
  const failedCount = () => children.filter((child) => child.status === 'failed').length;
  let firstFailure: StatesError | undefined;
  let startFailure: Error | undefined;
  const running = new Set<Promise<void>>();

  const launch = (index: number, node: BranchSnapshot): void => {
    const scope = new VariableScope(node.variables, run.branch.scope);
    const branch = new BranchRun(run.exec, machine(index), node, scope, controller.signal);
    const task = branch.run().then(
      (output) => {
        children[index] = { status: 'succeeded', output };
        plan.onSucceeded?.(index, branch);
      },
      (error: unknown) => {
        if (error instanceof BranchCancelled) {
          plan.onAborted?.(index, branch);
          return;
        }
        const failure = error instanceof StatesError ? error : new StatesError('States.Runtime', String(error));
        children[index] = { status: 'failed', error: failure.error, cause: failure.cause };
        plan.onFailed?.(index, branch);
        if (!plan.tolerated(failedCount()) && firstFailure === undefined) {
          firstFailure = failure;
          controller.abort();
        }
      },
    );
    const tracked = task.finally(() => running.delete(tracked));
    running.add(tracked);
  };

  try {
    children.forEach((child, index) => {
      if (child.status === 'running') launch(index, child.branch);
    });
    for (let index = 0; index < children.length && firstFailure === undefined; index += 1) {
      if (children[index]?.status !== 'pending') continue;
      while (running.size >= limit) await Promise.race(running);
      if (controller.signal.aborted || !plan.input || !plan.onStarted) break;
      let input: Json;
      try {
        input = await plan.input(index);
      } catch (error) {
        // The child's input could not be built (e.g. ItemSelector failed): the state fails, the others stop.
        startFailure = error instanceof Error ? error : new Error(String(error));
        controller.abort();
        break;
      }
      // Started event and snapshot change in one synchronous step (see snapshot.ts).
      const node = newBranch(machine(index).StartAt, input, plan.onStarted(index));
      children[index] = { status: 'running', branch: node };
      await run.checkpoint();
      launch(index, node);
    }
    while (running.size > 0) await Promise.race(running);
  } finally {
    dispose();
  }
  if (run.signal.aborted) throw new BranchCancelled();
  if (startFailure !== undefined) throw startFailure;
  if (firstFailure !== undefined) throw firstFailure;
  // Resumed after the deciding failure had been recorded: the snapshot still says how it ended.
  const failed = failedCount();
  if (!plan.tolerated(failed)) {
    const first = children.find((child) => child.status === 'failed');
    throw first?.status === 'failed' ? new StatesError(first.error, first.cause) : new StatesError('States.Runtime', 'a child branch failed');
  }
  return failed;
}

/** The children's outputs in order; a tolerated failure contributes its error output. */
export function childOutputs(children: readonly ChildRun[]): Json[] {
  return children.map((child) => {
    if (child.status === 'succeeded') return child.output;
    if (child.status === 'failed') return { Error: child.error, Cause: child.cause };
    return null;
  });
}
