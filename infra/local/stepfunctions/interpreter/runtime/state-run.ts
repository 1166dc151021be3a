import type { Json } from '../../../assembly/json';
import type { QueryLanguage, StateDefinition } from '../asl-types';
import { contextObject } from '../context-object';
import { dataFlowFor, type DataFlow, type StateCompletion, type StateEnv } from '../data-flow';
import { stateQueryLanguage } from '../definition/query-language';
import type { HistoryEvent, HistoryEventDetails, HistoryEventType } from '../history/history-event';
import { dataDetails } from '../history/history-event';
import { assertPayloadWithinLimit } from '../payload-limits';
import type { BranchRun } from './branch-run';
import type { ExecutionServices, StateOutcome } from './execution-services';
import type { ActiveState } from './snapshot';

/** Everything a state handler works with for one state entry. */
export class StateRun<S extends StateDefinition = StateDefinition> {
  readonly language: QueryLanguage;
  readonly flow: DataFlow;

  constructor(
    readonly branch: BranchRun,
    readonly name: string,
    readonly state: S,
  ) {
    this.language = stateQueryLanguage(state, branch.exec.machineLanguage);
    this.flow = dataFlowFor(this.language);
  }

  get exec(): ExecutionServices {
    return this.branch.exec;
  }

  get active(): ActiveState {
    return this.branch.node.active;
  }

  get input(): Json {
    return this.active.input;
  }

  get signal(): AbortSignal {
    return this.branch.signal;
  }

  /** The state's view of data: raw input, context object, variables from before the state. */
  env(extra: { readonly taskToken?: string; readonly mapItem?: { readonly index: number; readonly value: Json } } = {}): StateEnv {
    const retryCount = this.active.retryCounts.reduce((sum, count) => sum + count, 0);
    const context = contextObject(this.exec.info, {
      name: this.name,
      enteredTime: this.active.enteredTime ?? this.exec.timers.nowIso(),
      retryCount,
      ...extra,
    });
    return { stateName: this.name, input: this.input, context, variables: this.branch.scope.visible(), random: this.exec.random };
  }

  /** Records an event in this branch's chain (or after `previousEventId` when given, for join points). */
  record(type: HistoryEventType, details: HistoryEventDetails = {}, previousEventId?: number): HistoryEvent {
    return this.branch.record(type, details, previousEventId);
  }

  checkpoint(): Promise<void> {
    return this.exec.checkpoint();
  }

  /**
   * Leaves the state: checks the output size, stores the assignments, records `…StateExited` (with the assigned
   * variables as AWS shows them) and moves the branch to the next state (`undefined` ends the branch). A handler
   * returns right after; `active` is the next state's from here on.
   */
  exit(next: string | undefined, completion: StateCompletion): StateOutcome {
    assertPayloadWithinLimit(completion.output, `The state/task '${this.name}' output`);
    const assigned = completion.assigned;
    if (assigned) this.branch.scope.assign(assigned);
    this.record(`${this.state.Type}StateExited` as HistoryEventType, {
      stateExitedEventDetails: {
        name: this.name,
        output: JSON.stringify(completion.output),
        outputDetails: dataDetails(),
        ...(assigned && Object.keys(assigned).length > 0
          ? {
              assignedVariables: Object.fromEntries(Object.entries(assigned).map(([key, value]) => [key, JSON.stringify(value)])),
              assignedVariablesDetails: dataDetails(),
            }
          : {}),
      },
    });
    // The transition belongs to the same synchronous step as the exit event (see snapshot.ts).
    if (next === undefined) this.branch.node.ended = { output: completion.output };
    else this.branch.node.active = { name: next, input: completion.output, retryCounts: [] };
    return { next, output: completion.output };
  }

  /** The transition a non-Choice state makes when it succeeds: Next, or the end of its branch. */
  get successor(): string | undefined {
    return this.state.End === true ? undefined : this.state.Next;
  }
}
