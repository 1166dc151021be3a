import type { ParallelState } from '../asl-types';
import { BranchCancelled } from '../errors/interpreter-errors';
import { childOutputs, runChildBranches } from '../runtime/child-branches';
import type { StateOutcome } from '../runtime/execution-services';
import { withRetryAndCatch } from '../runtime/retry-catch';
import type { StateRun } from '../runtime/state-run';
import { newBranch, type ParallelProgress } from '../runtime/snapshot';

/**
 * Parallel: every branch runs on the same input (Parameters / Arguments applied), each in its own variable scope;
 * the result is the array of branch outputs in branch order. The first failing branch stops the others and fails
 * the state with that branch's error.
 */
export async function runParallelState(run: StateRun<ParallelState>): Promise<StateOutcome> {
  return withRetryAndCatch(run, async () => {
    const { state, flow } = run;
    let progress = run.active.progress as ParallelProgress | undefined;
    if (progress === undefined) {
      const env = run.env();
      const effectiveInput = flow.effectiveInput(env, state.InputPath);
      const branchInput = run.language === 'JSONata'
        ? await flow.payload(env, effectiveInput, state.Arguments, 'Arguments')
        : await flow.payload(env, effectiveInput, state.Parameters, 'Parameters');
      const started = run.record('ParallelStateStarted');
      progress = { kind: 'parallel', children: state.Branches.map((branch) => ({ status: 'running', branch: newBranch(branch.StartAt, branchInput, started.id) })) };
      run.active.progress = progress;
      await run.checkpoint();
    }
    const current = progress;
    const outcome = (type: 'ParallelStateSucceeded' | 'ParallelStateFailed') => {
      if (current.outcomeRecorded === true) return;
      run.record(type, {}, run.exec.recorder.lastId);
      current.outcomeRecorded = true;
    };
    try {
      await runChildBranches(run, current.children, {
        machine: (index) => {
          const branch = state.Branches[index];
          if (branch === undefined) throw new Error(`Parallel state '${run.name}' has no branch ${index}`);
          return branch;
        },
        maxConcurrency: 0,
        tolerated: (failed) => failed === 0,
      });
    } catch (error) {
      if (!(error instanceof BranchCancelled)) outcome('ParallelStateFailed');
      throw error;
    }
    outcome('ParallelStateSucceeded');
    const env = run.env();
    const completion = await flow.complete(
      env,
      childOutputs(current.children),
      { ResultSelector: state.ResultSelector, ResultPath: state.ResultPath, OutputPath: state.OutputPath, Output: state.Output, Assign: state.Assign },
      'result',
    );
    return run.exit(run.successor, completion);
  });
}
