import type { Json, JsonObject } from '../../../assembly/json';
import type { QueryLanguage, StateDefinition } from '../asl-types';
import { contextObject, type ExecutionContextInfo, type StateContextInfo } from '../context-object';
import { dataFlowFor, type DataFlow, type StateCompletion, type StateEnv } from '../data-flow';
import { stateQueryLanguage } from '../definition/query-language';
import type { HistoryEvent, HistoryEventDetails, HistoryEventType } from '../history/history-event';
import { STATE_EXITED } from '../history/history-event';
import { assertPayloadSizeWithinLimit, PAYLOAD_LIMIT_BYTES } from '../payload-limits';
import type { BranchRun } from './branch-run';
import type { ExecutionServices, StateOutcome } from './execution-services';
import type { ActiveState } from './snapshot';

type EnvExtra = { readonly taskToken?: string; readonly mapItem?: { readonly index: number; readonly value: Json } };
const NO_EXTRA: EnvExtra = {};

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
  env(extra: EnvExtra = NO_EXTRA): StateEnv {
    const { retryCounts, enteredTime } = this.active;
    let retryCount = 0;
    for (const count of retryCounts) retryCount += count;
    const entered = enteredTime ?? this.exec.timers.nowIso();
    const state: StateContextInfo = extra === NO_EXTRA ? { name: this.name, enteredTime: entered, retryCount } : { name: this.name, enteredTime: entered, retryCount, ...extra };
    return new LazyContextEnv(this.name, this.input, this.branch.scope.visible(), this.exec.random, this.exec.info, state);
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
    const { output, assigned } = completion;
    const texts = this.exec.jsonText;
    const bytes = texts.bytesOf(output);
    if (bytes > PAYLOAD_LIMIT_BYTES) assertPayloadSizeWithinLimit(bytes, `The state/task '${this.name}' output`);
    if (assigned) this.branch.scope.assign(assigned);
    const node = this.branch.node;
    node.lastEventId = this.exec.recorder.recordStateExited(
      STATE_EXITED[this.state.Type],
      node.lastEventId,
      this.name,
      texts.textOf(output),
      assigned && Object.keys(assigned).length > 0
        ? Object.fromEntries(Object.entries(assigned).map(([key, value]) => [key, JSON.stringify(value)]))
        : undefined,
    );
    // The transition belongs to the same synchronous step as the exit event (see snapshot.ts).
    if (next === undefined) node.ended = { output };
    else node.active = { name: next, input: output, retryCounts: [] };
    return { next, output };
  }

  /** The transition a non-Choice state makes when it succeeds: Next, or the end of its branch. */
  get successor(): string | undefined {
    return this.state.End === true ? undefined : this.state.Next;
  }
}

/**
 * A StateEnv whose context object is built when a path or expression first reads it: most states never do. What it
 * holds is fixed when the env is made, so building it later gives the same object.
 */
class LazyContextEnv implements StateEnv {
  private built: JsonObject | undefined;

  constructor(
    readonly stateName: string,
    readonly input: Json,
    readonly variables: Readonly<Record<string, Json>>,
    readonly random: () => number,
    private readonly execution: ExecutionContextInfo,
    private readonly state: StateContextInfo,
  ) {}

  get context(): JsonObject {
    this.built ??= contextObject(this.execution, this.state);
    return this.built;
  }
}
