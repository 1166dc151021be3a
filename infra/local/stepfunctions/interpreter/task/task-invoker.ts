import type { Json } from '../../../assembly/json';

export type IntegrationPattern = 'request-response' | 'sync' | 'wait-for-task-token';

/**
 * The port through which Task states reach services. The interpreter owns everything around it (timeouts, retries,
 * task tokens, history); an invoker only runs one attempt.
 */
export interface TaskInvoker {
  /**
   * Runs one attempt of a Task state's Resource with its effective arguments (Parameters/Arguments already applied).
   * Resolves with the raw result (before ResultSelector); rejects with StatesError for task errors (e.g.
   * `Lambda.ServiceException`, a function's own errorType, `States.TaskFailed`). Must stop work when `signal` aborts.
   * For `.waitForTaskToken` it only delivers the request carrying the token; the result comes by SendTaskSuccess.
   */
  invoke(request: TaskRequest): Promise<Json>;
}

export interface TaskRequest {
  /** e.g. arn:aws:states:::lambda:invoke.waitForTaskToken, or a Lambda ARN. */
  readonly resource: string;
  readonly arguments: Json;
  readonly integrationPattern: IntegrationPattern;
  /** Set for .waitForTaskToken; also in $$.Task.Token. */
  readonly taskToken?: string;
  readonly executionArn: string;
  readonly stateName: string;
  readonly signal: AbortSignal;
}
