/**
 * Execution history in AWS's own shape (GetExecutionHistory `events[]`, the `HistoryEvent` of the Step Functions
 * API): field names and event types as the API reference and the SDK models name them. `timestamp` is in seconds
 * since the epoch (with milliseconds as fractions), as the JSON protocol carries it.
 */
export type HistoryEventType =
  | 'ActivityFailed'
  | 'ActivityScheduleFailed'
  | 'ActivityScheduled'
  | 'ActivityStarted'
  | 'ActivitySucceeded'
  | 'ActivityTimedOut'
  | 'ChoiceStateEntered'
  | 'ChoiceStateExited'
  | 'EvaluationFailed'
  | 'ExecutionAborted'
  | 'ExecutionFailed'
  | 'ExecutionRedriven'
  | 'ExecutionStarted'
  | 'ExecutionSucceeded'
  | 'ExecutionTimedOut'
  | 'FailStateEntered'
  | 'LambdaFunctionFailed'
  | 'LambdaFunctionScheduleFailed'
  | 'LambdaFunctionScheduled'
  | 'LambdaFunctionStartFailed'
  | 'LambdaFunctionStarted'
  | 'LambdaFunctionSucceeded'
  | 'LambdaFunctionTimedOut'
  | 'MapIterationAborted'
  | 'MapIterationFailed'
  | 'MapIterationStarted'
  | 'MapIterationSucceeded'
  | 'MapRunAborted'
  | 'MapRunFailed'
  | 'MapRunRedriven'
  | 'MapRunStarted'
  | 'MapRunSucceeded'
  | 'MapStateAborted'
  | 'MapStateEntered'
  | 'MapStateExited'
  | 'MapStateFailed'
  | 'MapStateStarted'
  | 'MapStateSucceeded'
  | 'ParallelStateAborted'
  | 'ParallelStateEntered'
  | 'ParallelStateExited'
  | 'ParallelStateFailed'
  | 'ParallelStateStarted'
  | 'ParallelStateSucceeded'
  | 'PassStateEntered'
  | 'PassStateExited'
  | 'SucceedStateEntered'
  | 'SucceedStateExited'
  | 'TaskFailed'
  | 'TaskScheduled'
  | 'TaskStartFailed'
  | 'TaskStarted'
  | 'TaskStateAborted'
  | 'TaskStateEntered'
  | 'TaskStateExited'
  | 'TaskSubmitFailed'
  | 'TaskSubmitted'
  | 'TaskSucceeded'
  | 'TaskTimedOut'
  | 'WaitStateAborted'
  | 'WaitStateEntered'
  | 'WaitStateExited';

export interface ExecutionDataDetails {
  readonly truncated: boolean;
}

export interface ErrorEventDetails {
  readonly error?: string;
  readonly cause?: string;
}

export interface ExecutionStartedEventDetails {
  readonly input: string;
  readonly inputDetails: ExecutionDataDetails;
  readonly roleArn: string;
}

export interface ExecutionSucceededEventDetails {
  readonly output: string;
  readonly outputDetails: ExecutionDataDetails;
}

export interface StateEnteredEventDetails {
  readonly name: string;
  readonly input: string;
  readonly inputDetails: ExecutionDataDetails;
}

export interface StateExitedEventDetails {
  readonly name: string;
  readonly output: string;
  readonly outputDetails: ExecutionDataDetails;
  /** Each assigned variable's value as JSON text. */
  readonly assignedVariables?: Readonly<Record<string, string>>;
  readonly assignedVariablesDetails?: ExecutionDataDetails;
}

export interface TaskResourceDetails {
  readonly resourceType: string;
  readonly resource: string;
}

export interface TaskScheduledEventDetails extends TaskResourceDetails {
  readonly region: string;
  readonly parameters: string;
  readonly timeoutInSeconds?: number;
  readonly heartbeatInSeconds?: number;
}

export interface TaskOutputEventDetails extends TaskResourceDetails {
  readonly output: string;
  readonly outputDetails: ExecutionDataDetails;
}

export type TaskErrorEventDetails = TaskResourceDetails & ErrorEventDetails;

export interface LambdaFunctionScheduledEventDetails {
  readonly resource: string;
  readonly input: string;
  readonly inputDetails: ExecutionDataDetails;
  readonly timeoutInSeconds?: number;
}

export interface LambdaFunctionSucceededEventDetails {
  readonly output: string;
  readonly outputDetails: ExecutionDataDetails;
}

export interface MapStateStartedEventDetails {
  readonly length: number;
}

export interface MapIterationEventDetails {
  readonly name: string;
  readonly index: number;
}

export interface EvaluationFailedEventDetails extends ErrorEventDetails {
  readonly location?: string;
  readonly state: string;
}

/** The details objects, keyed as the HistoryEvent carries them (each event has at most one). */
export interface HistoryEventDetails {
  readonly executionStartedEventDetails?: ExecutionStartedEventDetails;
  readonly executionSucceededEventDetails?: ExecutionSucceededEventDetails;
  readonly executionFailedEventDetails?: ErrorEventDetails;
  readonly executionAbortedEventDetails?: ErrorEventDetails;
  readonly executionTimedOutEventDetails?: ErrorEventDetails;
  readonly stateEnteredEventDetails?: StateEnteredEventDetails;
  readonly stateExitedEventDetails?: StateExitedEventDetails;
  readonly taskScheduledEventDetails?: TaskScheduledEventDetails;
  readonly taskStartedEventDetails?: TaskResourceDetails;
  readonly taskSubmittedEventDetails?: TaskOutputEventDetails;
  readonly taskSucceededEventDetails?: TaskOutputEventDetails;
  readonly taskFailedEventDetails?: TaskErrorEventDetails;
  readonly taskSubmitFailedEventDetails?: TaskErrorEventDetails;
  readonly taskTimedOutEventDetails?: TaskErrorEventDetails;
  readonly lambdaFunctionScheduledEventDetails?: LambdaFunctionScheduledEventDetails;
  readonly lambdaFunctionSucceededEventDetails?: LambdaFunctionSucceededEventDetails;
  readonly lambdaFunctionFailedEventDetails?: ErrorEventDetails;
  readonly lambdaFunctionTimedOutEventDetails?: ErrorEventDetails;
  readonly mapStateStartedEventDetails?: MapStateStartedEventDetails;
  readonly mapIterationStartedEventDetails?: MapIterationEventDetails;
  readonly mapIterationSucceededEventDetails?: MapIterationEventDetails;
  readonly mapIterationFailedEventDetails?: MapIterationEventDetails;
  readonly mapIterationAbortedEventDetails?: MapIterationEventDetails;
  readonly evaluationFailedEventDetails?: EvaluationFailedEventDetails;
}

export interface HistoryEvent extends HistoryEventDetails {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: number;
  readonly type: HistoryEventType;
}

const NOT_TRUNCATED: ExecutionDataDetails = { truncated: false };

/** `input`/`output` strings of history events carry JSON text and say it is complete. */
export function dataDetails(): ExecutionDataDetails {
  return NOT_TRUNCATED;
}

type StateTypeName = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

function eventTypes(suffix: 'StateEntered' | 'StateExited' | 'StateAborted'): Readonly<Record<StateTypeName, HistoryEventType>> {
  const types: StateTypeName[] = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];
  // Built once: every state entry records these names, and a name put together per event is a string per event.
  return Object.fromEntries(types.map((type) => [type, `${type}${suffix}`])) as Record<StateTypeName, HistoryEventType>;
}

/** `<Type>StateEntered`, `<Type>StateExited` and `<Type>StateAborted` by state type (not every type has all three). */
export const STATE_ENTERED = eventTypes('StateEntered');
export const STATE_EXITED = eventTypes('StateExited');
export const STATE_ABORTED = eventTypes('StateAborted');
