import type { Json } from '../../../assembly/json';
import { StatesError, runtimeError } from '../../states-error';
import type { SubMachine } from '../asl-types';
import { BranchCancelled, QueryEvaluationError } from '../errors/interpreter-errors';
import type { HistoryEvent, HistoryEventDetails, HistoryEventType } from '../history/history-event';
import { STATE_ABORTED, STATE_ENTERED } from '../history/history-event';
import type { VariableScope } from '../variables/variable-scope';
import type { ExecutionServices } from './execution-services';
import type { BranchSnapshot } from './snapshot';
import { StateRun } from './state-run';

// The states that wait on something outside and so can be interrupted; AWS records …StateAborted for them.
const ABORTABLE = new Set(['Task', 'Wait', 'Map', 'Parallel']);
const PAUSE = Promise.resolve();

/**
 * Runs one branch (top level, Parallel branch or Map iteration) state after state until it ends, resolving with its
 * output or rejecting with the StatesError that failed it (BranchCancelled when stopped from outside). Starting from
 * a snapshot resumes: a state already entered is not entered again, and its handler picks up its own progress.
 */
export class BranchRun {
  constructor(
    readonly exec: ExecutionServices,
    readonly machine: SubMachine,
    readonly node: BranchSnapshot,
    readonly scope: VariableScope,
    readonly signal: AbortSignal,
  ) {}

  record(type: HistoryEventType, details: HistoryEventDetails = {}, previousEventId?: number): HistoryEvent {
    const event = this.exec.recorder.record(type, previousEventId ?? this.node.lastEventId, details);
    this.node.lastEventId = event.id;
    return event;
  }

  async run(): Promise<Json> {
    const { exec, node } = this;
    for (;;) {
      if (node.ended) return node.ended.output;
      if (this.signal.aborted) throw new BranchCancelled();
      const active = node.active;
      const state = this.machine.States[active.name];
      if (state === undefined) throw runtimeError(`The state '${active.name}' does not exist`);
      if (active.enteredTime === undefined) {
        active.enteredTime = exec.timers.nowIso();
        node.lastEventId = exec.recorder.recordStateEntered(STATE_ENTERED[state.Type], node.lastEventId, active.name, exec.jsonText.textOf(active.input));
      }
      const run = new StateRun(this, active.name, state);
      let outcome;
      let paused = true;
      try {
        // A state that completes synchronously is not awaited: the checkpoint below is its one pause.
        const pending = exec.handlers[state.Type](run);
        if (pending instanceof Promise) outcome = await pending;
        else {
          outcome = pending;
          paused = false;
        }
      } catch (error) {
        throw this.failure(error, run);
      }
      if (outcome.next === undefined) {
        // Nor does a branch end in the step that entered its last state, so concurrent Parallel branches and Map
        // iterations still take turns state by state.
        if (!paused) await PAUSE;
        return outcome.output;
      }
      await exec.checkpoint();
    }
  }

  /** What a state's failure means for the branch: cancellation, or a StatesError (bugs become States.Runtime). */
  private failure(error: unknown, run: StateRun): Error {
    if (error instanceof BranchCancelled || this.signal.aborted) {
      if (ABORTABLE.has(run.state.Type)) this.record(STATE_ABORTED[run.state.Type]);
      return new BranchCancelled();
    }
    if (!(error instanceof StatesError)) return runtimeError(error instanceof Error ? error.message : String(error));
    recordEvaluationFailure(run, error);
    return error;
  }
}

const reported = new WeakSet<StatesError>();

/** AWS records an EvaluationFailed event when a JSONata expression fails; once per error. */
export function recordEvaluationFailure(run: StateRun, error: StatesError): void {
  if (!(error instanceof QueryEvaluationError) || reported.has(error)) return;
  reported.add(error);
  run.record('EvaluationFailed', {
    evaluationFailedEventDetails: { error: error.error, cause: error.cause, location: error.location, state: run.name },
  });
}
