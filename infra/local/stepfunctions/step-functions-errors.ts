import { AwsJsonServiceError } from '../edge/protocol';

/**
 * A Step Functions API error in its awsJson shape (`__type` + `message`), with the code and message wording the
 * service uses. Thrown by the service's behaviour (so the executions port and EventBridge targets see the same errors
 * as API clients: `error.name` is the code, as SDK v3 names its exceptions) and rendered by the API layer.
 */
export class StepFunctionsError extends AwsJsonServiceError {}

export const invalidArn = (arn: string): StepFunctionsError => new StepFunctionsError('InvalidArn', `Invalid Arn: '${arn}'`);

/** An execution ARN of an Express workflow given to an operation only Standard executions support. */
export const expressArnNotSupported = (): StepFunctionsError =>
  new StepFunctionsError('InvalidArn', "Invalid Arn: 'Resource type not valid in this context: express'");

export const stateMachineDoesNotExist = (arn: string): StepFunctionsError =>
  new StepFunctionsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);

export const stateMachineAlreadyExists = (arn: string): StepFunctionsError =>
  new StepFunctionsError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);

export const stateMachineTypeNotSupported = (): StepFunctionsError =>
  new StepFunctionsError('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');

export const executionDoesNotExist = (arn: string): StepFunctionsError =>
  new StepFunctionsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);

export const executionAlreadyExists = (arn: string): StepFunctionsError =>
  new StepFunctionsError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);

export const invalidName = (name: string): StepFunctionsError => new StepFunctionsError('InvalidName', `Invalid Name: '${name}'`);

export const invalidExecutionInput = (detail: string): StepFunctionsError =>
  new StepFunctionsError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${detail}'`);

export const invalidDefinition = (problems: readonly string[]): StepFunctionsError =>
  new StepFunctionsError('InvalidDefinition', `Invalid State Machine Definition: '${problems.join('; ')}'`);

/** A pagination token this service did not issue for these arguments. */
export const invalidPageToken = (token: string): StepFunctionsError => new StepFunctionsError('InvalidToken', `Invalid Token: '${token}'`);

export const validationError = (message: string): StepFunctionsError => new StepFunctionsError('ValidationException', message);

/** The request is not what the wire format carries (a member of the wrong JSON type). */
export const serializationError = (message: string): StepFunctionsError => new StepFunctionsError('SerializationException', message);

/**
 * A model constraint, in the words of AWS's request validation:
 * `1 validation error detected: Value 'x' at 'name' failed to satisfy constraint: Member must …`.
 */
export function constraintViolation(member: string, value: string | number | undefined, constraint: string): StepFunctionsError {
  const shown = value === undefined ? 'null' : typeof value === 'number' ? String(value) : `'${value}'`;
  return validationError(`1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`);
}
