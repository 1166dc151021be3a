import type { Json, JsonObject } from '../../assembly/json';

/**
 * The Amazon States Language as the interpreter reads it. A definition is checked (asl-validator plus our own
 * query-language rules) before it is typed as this, so the interfaces describe what a *valid* definition holds;
 * fields that accept a JSONata expression in JSONata mode are typed with the string alternative.
 */
export type QueryLanguage = 'JSONPath' | 'JSONata';

export type StateType = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

export interface StateMachineDefinition {
  readonly Comment?: string;
  readonly StartAt: string;
  readonly States: StateMap;
  readonly QueryLanguage?: QueryLanguage;
  readonly TimeoutSeconds?: number;
  readonly Version?: string;
}

export type StateMap = Readonly<Record<string, StateDefinition>>;

/** A state machine inside a state: a Parallel branch or a Map's ItemProcessor (formerly Iterator). */
export interface SubMachine {
  readonly StartAt: string;
  readonly States: StateMap;
  readonly ProcessorConfig?: JsonObject;
}

export interface Retrier {
  readonly ErrorEquals: readonly string[];
  readonly IntervalSeconds?: number;
  readonly MaxAttempts?: number;
  readonly BackoffRate?: number;
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy?: 'FULL' | 'NONE';
}

export interface Catcher {
  readonly ErrorEquals: readonly string[];
  readonly Next: string;
  readonly ResultPath?: string | null;
  readonly Output?: Json;
  readonly Assign?: JsonObject;
}

interface BaseState {
  readonly Type: StateType;
  readonly Comment?: string;
  readonly QueryLanguage?: QueryLanguage;
  readonly Next?: string;
  readonly End?: boolean;
  // JSONPath data flow
  readonly InputPath?: string | null;
  readonly OutputPath?: string | null;
  readonly Parameters?: Json;
  readonly ResultSelector?: Json;
  readonly ResultPath?: string | null;
  // JSONata data flow
  readonly Arguments?: Json;
  readonly Output?: Json;
  // both
  readonly Assign?: JsonObject;
  readonly Retry?: readonly Retrier[];
  readonly Catch?: readonly Catcher[];
}

export interface TaskState extends BaseState {
  readonly Type: 'Task';
  readonly Resource: string;
  readonly TimeoutSeconds?: number | string;
  readonly TimeoutSecondsPath?: string;
  readonly HeartbeatSeconds?: number | string;
  readonly HeartbeatSecondsPath?: string;
  readonly Credentials?: Json;
}

export interface PassState extends BaseState {
  readonly Type: 'Pass';
  readonly Result?: Json;
}

export interface WaitState extends BaseState {
  readonly Type: 'Wait';
  readonly Seconds?: number | string;
  readonly SecondsPath?: string;
  readonly Timestamp?: string;
  readonly TimestampPath?: string;
}

export interface SucceedState extends BaseState {
  readonly Type: 'Succeed';
}

export interface FailState extends BaseState {
  readonly Type: 'Fail';
  readonly Error?: string;
  readonly ErrorPath?: string;
  readonly Cause?: string;
  readonly CausePath?: string;
}

/** A Choice Rule: JSONata `Condition`, or a JSONPath data-test (`Variable` + one operator) or And/Or/Not. */
export interface ChoiceRule {
  readonly Next?: string;
  readonly Assign?: JsonObject;
  readonly Output?: Json;
  readonly Condition?: Json;
  readonly Variable?: string;
  readonly And?: readonly ChoiceRule[];
  readonly Or?: readonly ChoiceRule[];
  readonly Not?: ChoiceRule;
  readonly [operator: string]: Json | ChoiceRule | readonly ChoiceRule[] | undefined;
}

export interface ChoiceState extends BaseState {
  readonly Type: 'Choice';
  readonly Choices: readonly ChoiceRule[];
  readonly Default?: string;
}

export interface ParallelState extends BaseState {
  readonly Type: 'Parallel';
  readonly Branches: readonly SubMachine[];
}

export interface MapState extends BaseState {
  readonly Type: 'Map';
  readonly ItemProcessor?: SubMachine;
  readonly Iterator?: SubMachine;
  readonly ItemsPath?: string;
  readonly Items?: Json;
  readonly ItemSelector?: Json;
  readonly MaxConcurrency?: number | string;
  readonly MaxConcurrencyPath?: string;
  readonly ToleratedFailureCount?: number | string;
  readonly ToleratedFailureCountPath?: string;
  readonly ToleratedFailurePercentage?: number | string;
  readonly ToleratedFailurePercentagePath?: string;
  readonly ItemReader?: Json;
  readonly ItemBatcher?: Json;
  readonly ResultWriter?: Json;
}

export type StateDefinition =
  | TaskState
  | PassState
  | WaitState
  | SucceedState
  | FailState
  | ChoiceState
  | ParallelState
  | MapState;

/** The state machine a Map iterates with: ItemProcessor, or the deprecated Iterator. */
export function mapProcessor(state: MapState): SubMachine {
  const processor = state.ItemProcessor ?? state.Iterator;
  if (!processor) throw new Error(`Map state has neither ItemProcessor nor Iterator`);
  return processor;
}
