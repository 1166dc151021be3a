import { randomUUID } from 'node:crypto';
import { parseJsonObjectBody } from '../edge/json-members';
import { awsJsonError, type EdgeResponse, type EdgeService } from '../edge/protocol';
import { describeArchive, listArchives } from './archives/archives-api';
import { createEventBus, describeEventBus, listEventBuses } from './bus-api';
import type { EventBridgeContext, Operation } from './eventbridge-context';
import { EventBridgeError } from './eventbridge-errors';
import { putEvents } from './put-events';
import { deleteRule, describeRule, disableRule, enableRule, listRules, putRule } from './rules/rules-api';
import { testEventPattern } from './rules/test-event-pattern';
import { listTargetsByRule, putTargets, removeTargets } from './targets/targets-api';

/** EventBridge's awsJson 1.1 target prefix: `X-Amz-Target: AWSEvents.<Operation>`. */
export const EVENTBRIDGE_TARGET_PREFIX = 'AWSEvents';

const OPERATIONS: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['PutEvents', putEvents],
  ['ListEventBuses', listEventBuses],
  ['DescribeEventBus', describeEventBus],
  ['CreateEventBus', createEventBus],
  ['PutRule', putRule],
  ['DescribeRule', describeRule],
  ['ListRules', listRules],
  ['EnableRule', enableRule],
  ['DisableRule', disableRule],
  ['DeleteRule', deleteRule],
  ['PutTargets', putTargets],
  ['ListTargetsByRule', listTargetsByRule],
  ['RemoveTargets', removeTargets],
  ['TestEventPattern', testEventPattern],
  ['DescribeArchive', describeArchive],
  ['ListArchives', listArchives],
]);

/** The EventBridge API behind the edge (signing name `events`). */
export function eventBridgeApiService(context: EventBridgeContext, newRequestId: () => string = randomUUID): EdgeService {
  return {
    signingName: 'events',
    targetPrefixes: [EVENTBRIDGE_TARGET_PREFIX],
    handle: (request) => {
      const requestId = newRequestId();
      const target = request.headers['x-amz-target'] ?? '';
      const response = respond(context, target, request.body);
      context.logger.debug('request', { service: 'events', operation: target, status: response.status, requestId });
      return Promise.resolve({ ...response, headers: { ...response.headers, 'x-amzn-requestid': requestId } });
    },
  };
}

function respond(context: EventBridgeContext, target: string, body: Buffer): EdgeResponse {
  const prefix = `${EVENTBRIDGE_TARGET_PREFIX}.`;
  const operation = target.startsWith(prefix) ? OPERATIONS.get(target.slice(prefix.length)) : undefined;
  if (operation === undefined) {
    return awsJsonError(400, 'UnknownOperationException', `The local EventBridge does not implement '${target}'`);
  }
  const input = parseJsonObjectBody(body);
  if (input === undefined) return awsJsonError(400, 'SerializationException', 'The request body is not a JSON object');
  try {
    const output = operation(context, input);
    return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(output) };
  } catch (error) {
    if (error instanceof EventBridgeError) return error.toResponse();
    // A bug here must not leak a stack trace to the client: log it, answer as AWS does for its own failures.
    context.logger.error('request failed', {
      service: 'events',
      operation: target,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return awsJsonError(500, 'InternalException', 'An internal error occurred in the local EventBridge');
  }
}

