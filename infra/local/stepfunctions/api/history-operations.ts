import { isJsonObject, type JsonObject } from '../../assembly/json';
import type { HistoryEvent } from '../interpreter';
import type { Operation } from './api-context';
import { requiredArn } from './execution-operations';
import { pageOf } from './paging';
import { optionalBoolean, optionalString, pageSize } from './request-fields';

/**
 * GetExecutionHistory: oldest first (newest first with `reverseOrder`), paged by `maxResults`/`nextToken`, and with
 * `includeExecutionData: false` every event's execution data (inputs, outputs, task parameters, assigned variables)
 * left out, as AWS does; names, resources, errors and causes stay.
 */
export const getExecutionHistory: Operation = (context, input) => {
  const executionArn = requiredArn(input, 'executionArn');
  const reverse = optionalBoolean(input, 'reverseOrder') ?? false;
  const includeData = optionalBoolean(input, 'includeExecutionData') ?? true;
  const size = pageSize(input);
  const history = context.executions.history(executionArn);
  const ordered = reverse ? [...history].reverse() : history;
  const page = pageOf(ordered, (event) => String(event.id), size, optionalString(input, 'nextToken'), `history ${executionArn} ${String(reverse)}`);
  const events = includeData ? page.items : page.items.map(withoutExecutionData);
  return { events: events as unknown as JsonObject[], ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken }) };
};

const EXECUTION_DATA = new Set(['input', 'inputDetails', 'output', 'outputDetails', 'parameters', 'assignedVariables', 'assignedVariablesDetails']);

function withoutExecutionData(event: HistoryEvent): HistoryEvent {
  const stripped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    stripped[key] =
      key.endsWith('EventDetails') && isJsonObject(value)
        ? Object.fromEntries(Object.entries(value).filter(([field]) => !EXECUTION_DATA.has(field)))
        : value;
  }
  return stripped as unknown as HistoryEvent;
}
