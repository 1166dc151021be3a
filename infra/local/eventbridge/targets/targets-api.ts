import { isJsonObject, type Json, type JsonObject } from '../../assembly/json';
import type { Operation } from '../eventbridge-context';
import { constraintViolation, EventBridgeError, serializationError } from '../eventbridge-errors';
import { pageOf } from '../paging';
import { optionalList } from '../request-fields';
import { existingRule } from '../rules/rules-api';
import { parseTarget, TargetConfigError, type Target } from './target';

/** AWS's quota: five targets per rule. */
export const MAX_TARGETS_PER_RULE = 5;

/**
 * PutTargets: adds or replaces targets by id. Each target is checked on its own — one refused (an invalid input
 * transformer, a kind the local cloud cannot deliver to…) is reported in FailedEntries while the others are applied.
 */
export const putTargets: Operation = (context, input) => {
  const entry = existingRule(context, input, 'Rule');
  const raw = requiredList(input, 'Targets', 'targets', 10);
  const accepted: Target[] = [];
  const failed: JsonObject[] = [];
  for (const item of raw) {
    if (!isJsonObject(item)) throw serializationError('Each entry of Targets must be a structure');
    try {
      accepted.push(parseTarget(item, context.supportedTargets));
    } catch (error) {
      if (!(error instanceof TargetConfigError)) throw error;
      const id = typeof item.Id === 'string' ? item.Id : '';
      failed.push({ TargetId: id, ErrorCode: 'ValidationException', ErrorMessage: error.message });
    }
  }
  const ids = new Set([...entry.targets.keys(), ...accepted.map((target) => target.id)]);
  if (ids.size > MAX_TARGETS_PER_RULE) {
    throw new EventBridgeError('LimitExceededException', 'The requested resource exceeds the maximum number allowed.');
  }
  context.rules.putTargets(entry.definition.busName, entry.definition.name, accepted);
  return { FailedEntryCount: failed.length, FailedEntries: failed };
};

export const listTargetsByRule: Operation = (context, input) => {
  const entry = existingRule(context, input, 'Rule');
  const targets = [...entry.targets.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const page = pageOf(targets, (target) => target.id, input);
  return {
    Targets: page.items.map((target) => target.listed),
    ...(page.nextToken === undefined ? {} : { NextToken: page.nextToken }),
  };
};

/** Ids the rule does not have are ignored, as on AWS. */
export const removeTargets: Operation = (context, input) => {
  const entry = existingRule(context, input, 'Rule');
  const ids = requiredList(input, 'Ids', 'ids', 100);
  if (!ids.every((id) => typeof id === 'string')) throw serializationError('Ids must be a list of strings');
  context.rules.removeTargets(entry.definition.busName, entry.definition.name, ids);
  return { FailedEntryCount: 0, FailedEntries: [] };
};

function requiredList(input: JsonObject, name: string, member: string, max: number): readonly Json[] {
  const list = optionalList(input, name);
  if (list === undefined) throw constraintViolation(member, undefined, 'Member must not be null');
  if (list.length < 1) throw constraintViolation(member, '[]', 'Member must have length greater than or equal to 1');
  if (list.length > max) {
    throw constraintViolation(member, `[${String(list.length)} items]`, `Member must have length less than or equal to ${max}`);
  }
  return list;
}
