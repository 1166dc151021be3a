import type { Json, JsonObject } from '../../assembly/json';

/** What the context object knows about the execution; fixed for its whole life. */
export interface ExecutionContextInfo {
  readonly executionArn: string;
  readonly name: string;
  readonly input: Json;
  readonly roleArn: string;
  readonly startTime: string;
  readonly redriveCount: number;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
}

/** What the context object knows about the state being run. */
export interface StateContextInfo {
  readonly name: string;
  readonly enteredTime: string;
  readonly retryCount: number;
  readonly taskToken?: string;
  /** Only inside a Map state's ItemSelector. */
  readonly mapItem?: { readonly index: number; readonly value: Json };
}

/**
 * The context object: `$$` in JSONPath, `$states.context` in JSONata, with the fields the developer guide documents
 * (Execution, State, StateMachine, Task when a task token exists, Map.Item inside ItemSelector).
 */
export function contextObject(execution: ExecutionContextInfo, state: StateContextInfo): JsonObject {
  const context: Record<string, Json> = {
    Execution: {
      Id: execution.executionArn,
      Input: execution.input,
      Name: execution.name,
      RoleArn: execution.roleArn,
      StartTime: execution.startTime,
      RedriveCount: execution.redriveCount,
    },
    State: { EnteredTime: state.enteredTime, Name: state.name, RetryCount: state.retryCount },
    StateMachine: { Id: execution.stateMachineArn, Name: execution.stateMachineName },
  };
  if (state.taskToken !== undefined) context.Task = { Token: state.taskToken };
  if (state.mapItem !== undefined) context.Map = { Item: { Index: state.mapItem.index, Value: state.mapItem.value } };
  return context;
}

/** The state machine name is the last segment of its ARN (`arn:aws:states:region:account:stateMachine:name`). */
export function stateMachineNameOf(stateMachineArn: string): string {
  const parts = stateMachineArn.split(':');
  return parts[6] ?? stateMachineArn;
}
