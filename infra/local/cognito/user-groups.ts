import { resourceNotFound } from './cognito-errors';
import type { CognitoContext } from './cognito-context';
import { requiredString, type JsonObject } from './request-fields';
import type { UserPoolGroupConfig } from './user-pool-config';
import type { UserPool } from './user-pool-model';
import { existingUser, touch } from './user-records';

/** Group membership; groups themselves come from the template (no CreateGroup locally). Tokens read it when minted. */

function existingGroup(pool: UserPool, name: string): UserPoolGroupConfig {
  const group = pool.groups.get(name);
  if (group === undefined) throw resourceNotFound('Group not found.');
  return group;
}

function membershipRequest(
  context: CognitoContext,
  input: JsonObject,
): { pool: UserPool; groupName: string; username: string } {
  const pool = context.state.pool(requiredString(input, 'UserPoolId'));
  return { pool, username: requiredString(input, 'Username'), groupName: requiredString(input, 'GroupName') };
}

export function adminAddUserToGroup(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const { pool, username, groupName } = membershipRequest(context, input);
  const group = existingGroup(pool, groupName);
  const user = existingUser(pool, username);
  if (!user.groups.includes(group.groupName)) user.groups.push(group.groupName);
  touch(context, user);
  return Promise.resolve({});
}

export function adminRemoveUserFromGroup(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const { pool, username, groupName } = membershipRequest(context, input);
  const group = existingGroup(pool, groupName);
  const user = existingUser(pool, username);
  user.groups = user.groups.filter((name) => name !== group.groupName);
  touch(context, user);
  return Promise.resolve({});
}

/** GroupType as Cognito returns it; dated at the local cloud's start, since the groups come with the stack. */
function groupOut(group: UserPoolGroupConfig, createdAt: number): JsonObject {
  return {
    GroupName: group.groupName,
    UserPoolId: group.poolId,
    ...(group.description === undefined ? {} : { Description: group.description }),
    ...(group.precedence === undefined ? {} : { Precedence: group.precedence }),
    LastModifiedDate: createdAt,
    CreationDate: createdAt,
  };
}

export function adminListGroupsForUser(context: CognitoContext, input: JsonObject): Promise<JsonObject> {
  const pool = context.state.pool(requiredString(input, 'UserPoolId'));
  const user = existingUser(pool, requiredString(input, 'Username'));
  const groups = pool.groupsOf(user).map((group) => groupOut(group, context.startedAt / 1000));
  return Promise.resolve({ Groups: groups });
}
