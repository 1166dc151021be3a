import { isJsonArray, isJsonObject, type JsonObject } from '../../assembly/json';
import type { Operation } from '../eventbridge-context';
import { validationError } from '../eventbridge-errors';
import { requiredString } from '../request-fields';
import { compileForApi } from './rules-api';

/**
 * The envelope fields TestEventPattern requires of its `Event` argument (API reference): id, account, source, time,
 * region, resources and detail-type. `detail` is optional.
 */
const MANDATORY_EVENT_FIELDS = ['id', 'account', 'source', 'time', 'region', 'resources', 'detail-type'] as const;

/** TestEventPattern: the very compiler and matcher the rules use, so the answer is what a rule would do. */
export const testEventPattern: Operation = (_context, input) => {
  const pattern = compileForApi(requiredString(input, 'EventPattern'));
  const event = parseEvent(requiredString(input, 'Event'));
  return { Result: pattern.matches(event) };
};

function parseEvent(text: string): JsonObject {
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw invalidEvent();
  }
  if (!isJsonObject(event)) throw invalidEvent();
  for (const field of MANDATORY_EVENT_FIELDS) {
    const value = event[field];
    const present = field === 'resources' ? isJsonArray(value) : typeof value === 'string';
    if (!present) throw invalidEvent();
  }
  return event;
}

function invalidEvent(): Error {
  return validationError('Parameter Event is not valid.');
}
