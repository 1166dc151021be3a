import { randomUUID } from 'node:crypto';
import type { EdgeRequest, EdgeResponse, EdgeService } from '../edge/protocol';
import { awsJsonError } from '../edge/protocol';
import { parseJsonObjectBody } from '../edge/json-members';
import { adminCreateUser, adminGetUser, adminSetUserPassword } from './admin-users';
import { CognitoError } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { listUsers } from './list-users';
import type { JsonObject } from './request-fields';
import { getUser, initiateAuth, respondToAuthChallenge } from './sign-in';
import { adminConfirmSignUp, confirmSignUp, signUp } from './sign-up';
import { adminAddUserToGroup, adminListGroupsForUser, adminRemoveUserFromGroup } from './user-groups';

/** The user-pool API's awsJson 1.1 target prefix: `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`. */
export const COGNITO_TARGET_PREFIX = 'AWSCognitoIdentityProviderService';

interface Operation {
  run(context: CognitoContext, input: JsonObject): Promise<JsonObject>;
  /** Whether a success changed users or tokens: the persistence hook runs after those only. */
  readonly mutates: boolean;
}

const OPERATIONS: ReadonlyMap<string, Operation> = new Map([
  ['SignUp', { run: signUp, mutates: true }],
  ['ConfirmSignUp', { run: confirmSignUp, mutates: true }],
  ['AdminConfirmSignUp', { run: adminConfirmSignUp, mutates: true }],
  ['AdminCreateUser', { run: adminCreateUser, mutates: true }],
  ['AdminSetUserPassword', { run: adminSetUserPassword, mutates: true }],
  ['AdminGetUser', { run: adminGetUser, mutates: false }],
  ['ListUsers', { run: listUsers, mutates: false }],
  ['AdminAddUserToGroup', { run: adminAddUserToGroup, mutates: true }],
  ['AdminRemoveUserFromGroup', { run: adminRemoveUserFromGroup, mutates: true }],
  ['AdminListGroupsForUser', { run: adminListGroupsForUser, mutates: false }],
  ['InitiateAuth', { run: initiateAuth, mutates: true }],
  ['RespondToAuthChallenge', { run: respondToAuthChallenge, mutates: true }],
  ['GetUser', { run: getUser, mutates: false }],
]);

const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';


function withRequestId(response: EdgeResponse, requestId: string): EdgeResponse {
  return { ...response, headers: { ...response.headers, 'x-amzn-requestid': requestId } };
}

async function run(
  context: CognitoContext,
  name: string,
  input: JsonObject,
  onChange: () => void,
): Promise<EdgeResponse> {
  const operation = OPERATIONS.get(name);
  if (operation === undefined) {
    return awsJsonError(400, 'UnknownOperationException', `The local Cognito does not implement '${name}'`);
  }
  try {
    const output = await operation.run(context, input);
    if (operation.mutates) onChange();
    context.logger.debug('request', { operation: name, status: 200 });
    return { status: 200, headers: { 'content-type': JSON_CONTENT_TYPE }, body: JSON.stringify(output) };
  } catch (error) {
    if (error instanceof CognitoError) {
      context.logger.debug('request', { operation: name, status: error.status, error: error.type });
      return error.toResponse();
    }
    const message = error instanceof Error ? error.message : String(error);
    context.logger.error('request failed', { operation: name, error: message });
    return awsJsonError(500, 'InternalErrorException', 'An internal error occurred in the local Cognito');
  }
}

async function respond(context: CognitoContext, request: EdgeRequest, onChange: () => void): Promise<EdgeResponse> {
  const target = request.headers['x-amz-target'] ?? '';
  const [prefix, name = ''] = target.split('.');
  if (prefix !== COGNITO_TARGET_PREFIX) {
    return awsJsonError(400, 'UnknownOperationException', `The local Cognito does not implement '${target}'`);
  }
  const input = parseJsonObjectBody(request.body);
  if (input === undefined) return awsJsonError(400, 'SerializationException', 'The request body is not a JSON object');
  return run(context, name, input, onChange);
}

/** The user-pool API behind the edge (signing name `cognito-idp`). */
export function cognitoApiService(context: CognitoContext, onChange: () => void = () => undefined): EdgeService {
  return {
    signingName: 'cognito-idp',
    targetPrefixes: [COGNITO_TARGET_PREFIX],
    handle: async (request) => withRequestId(await respond(context, request, onChange), randomUUID()),
  };
}
