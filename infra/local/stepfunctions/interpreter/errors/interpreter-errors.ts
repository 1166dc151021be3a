import { StatesError } from '../../states-error';

/** Error names the interpreter raises itself (ASL spec appendix A and the Step Functions developer guide). */
export const ErrorNames = {
  all: 'States.ALL',
  runtime: 'States.Runtime',
  dataLimitExceeded: 'States.DataLimitExceeded',
  taskFailed: 'States.TaskFailed',
  timeout: 'States.Timeout',
  heartbeatTimeout: 'States.HeartbeatTimeout',
  noChoiceMatched: 'States.NoChoiceMatched',
  branchFailed: 'States.BranchFailed',
  exceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  queryEvaluationError: 'States.QueryEvaluationError',
} as const;

/** A definition the interpreter refuses to run; `problems` lists every reason, one sentence each. */
export class DefinitionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid state machine definition:\n- ${problems.join('\n- ')}`);
    this.name = 'DefinitionError';
  }
}

/** A JSONata expression that failed; `location` names the field (`Arguments`, `Output`…) as EvaluationFailed does. */
export class QueryEvaluationError extends StatesError {
  constructor(
    cause: string,
    readonly location: string,
  ) {
    super(ErrorNames.queryEvaluationError, cause);
  }
}

export type TaskTokenErrorCode = 'TaskDoesNotExist' | 'TaskTimedOut' | 'InvalidToken' | 'InvalidOutput';

/** What SendTaskSuccess/Failure/Heartbeat answer for a token they cannot use, named as the AWS API names it. */
export class TaskTokenError extends Error {
  constructor(
    readonly code: TaskTokenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

/**
 * Thrown through a branch that was cancelled from outside (execution stopped or timed out, a sibling branch
 * failed): not a state error, so no Retry or Catch ever sees it.
 */
export class BranchCancelled extends Error {
  constructor() {
    super('branch cancelled');
    this.name = 'BranchCancelled';
  }
}

/** How `start`/`resume` end for an execution that was suspended: it stopped here and resumes from its last checkpoint. */
export class ExecutionSuspended extends Error {
  constructor(readonly executionArn: string) {
    super(`The execution ${executionArn} was suspended; resume it from its last checkpoint`);
    this.name = 'ExecutionSuspended';
  }
}

/** Any thrown value as a StatesError: a task's unnamed failure is `States.TaskFailed`. */
export function asStatesError(error: unknown): StatesError {
  if (error instanceof StatesError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StatesError(ErrorNames.taskFailed, message);
}
