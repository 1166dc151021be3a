import { randomUUID } from 'node:crypto';
import { isJsonObject, type JsonObject } from '../assembly/json';
import { awsJsonError, type EdgeResponse, type EdgeService } from '../edge/protocol';
import type { EventBus } from './event-buses';
import { EventBridgeError } from './eventbridge-errors';
import { putEvents, type PutEventsContext } from './put-events';

/** EventBridge's awsJson 1.1 target prefix: `X-Amz-Target: AWSEvents.<Operation>`. */
export const EVENTBRIDGE_TARGET_PREFIX = 'AWSEvents';

export interface EventBridgeApiContext extends PutEventsContext {
  /** CreationTime/LastModifiedTime of every bus: they all exist from the start. */
  readonly createdAt: Date;
  readonly newRequestId?: () => string;
}

type Operation = (context: EventBridgeApiContext, input: JsonObject) => JsonObject;

const OPERATIONS: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['PutEvents', putEvents],
  ['ListEventBuses', listEventBuses],
  ['DescribeEventBus', describeEventBus],
]);

/** The EventBridge API behind the edge (signing name `events`). */
export function eventBridgeApiService(context: EventBridgeApiContext): EdgeService {
  const newRequestId = context.newRequestId ?? randomUUID;
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

function respond(context: EventBridgeApiContext, target: string, body: Buffer): EdgeResponse {
  const prefix = `${EVENTBRIDGE_TARGET_PREFIX}.`;
  const operation = target.startsWith(prefix) ? OPERATIONS.get(target.slice(prefix.length)) : undefined;
  if (operation === undefined) {
    return awsJsonError(400, 'UnknownOperationException', `The local EventBridge does not implement '${target}'`);
  }
  const input = parseBody(body);
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

function parseBody(body: Buffer): JsonObject | undefined {
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function listEventBuses(context: EventBridgeApiContext, input: JsonObject): JsonObject {
  const prefix = typeof input.NamePrefix === 'string' ? input.NamePrefix : '';
  return { EventBuses: context.buses.list(prefix).map((bus) => busDescription(bus, context.createdAt)) };
}

/** By name or ARN; no name means the default bus. */
function describeEventBus(context: EventBridgeApiContext, input: JsonObject): JsonObject {
  const nameOrArn = typeof input.Name === 'string' ? input.Name : 'default';
  const bus = context.buses.find(nameOrArn);
  if (bus === undefined) {
    // AWS names the bus, not the ARN it was asked for.
    const marker = nameOrArn.indexOf(':event-bus/');
    const name = marker === -1 ? nameOrArn : nameOrArn.slice(marker + ':event-bus/'.length);
    throw new EventBridgeError('ResourceNotFoundException', `Event bus ${name} does not exist.`);
  }
  return busDescription(bus, context.createdAt);
}

/** awsJson timestamps are epoch seconds. */
function busDescription(bus: EventBus, createdAt: Date): JsonObject {
  const seconds = createdAt.getTime() / 1000;
  return {
    Name: bus.name,
    Arn: bus.arn,
    ...(bus.description === undefined ? {} : { Description: bus.description }),
    CreationTime: seconds,
    LastModifiedTime: seconds,
  };
}
