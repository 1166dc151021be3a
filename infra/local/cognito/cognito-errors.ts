import { AwsJsonServiceError } from '../edge/protocol';

/**
 * An error the local Cognito answers with, named and worded as Cognito does so that SDK callers can match on
 * `error.name` and show the same messages they see on AWS. The HTTP status is the one the service model declares.
 */
export class CognitoError extends AwsJsonServiceError {}

/** The message Cognito gives for every failed password sign-in, whatever the reason (no user enumeration). */
export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';

export const notAuthorized = (message = INCORRECT_CREDENTIALS): CognitoError =>
  new CognitoError('NotAuthorizedException', message, 403);

export const userNotFound = (message = 'User does not exist.'): CognitoError =>
  new CognitoError('UserNotFoundException', message, 404);

export const resourceNotFound = (message: string): CognitoError =>
  new CognitoError('ResourceNotFoundException', message, 404);

export const invalidParameter = (message: string): CognitoError =>
  new CognitoError('InvalidParameterException', message);

export const invalidPassword = (message: string): CognitoError => new CognitoError('InvalidPasswordException', message);

export const usernameExists = (message: string): CognitoError => new CognitoError('UsernameExistsException', message);

export const userNotConfirmed = (): CognitoError =>
  new CognitoError('UserNotConfirmedException', 'User is not confirmed.');

export const codeMismatch = (): CognitoError =>
  new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');

export const unsupportedUserState = (message: string): CognitoError =>
  new CognitoError('UnsupportedUserStateException', message);

/**
 * AWS's request-validation wording (`1 validation error detected: …`), which Cognito reports as a parameter error.
 * Members are named in lower camel case (`userPoolId`).
 */
export function validationError(member: string, value: string | null, constraint: string): CognitoError {
  const shown = value === null ? 'null' : `'${value}'`;
  return invalidParameter(
    `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

export const missingMember = (member: string): CognitoError => validationError(member, null, 'Member must not be null');

export const notInEnum = (member: string, value: string, values: readonly string[]): CognitoError =>
  validationError(member, value, `Member must satisfy enum value set: [${values.join(', ')}]`);
