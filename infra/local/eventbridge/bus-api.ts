import type { JsonObject } from '../assembly/json';
import { DEFAULT_BUS_NAME, busNameOf, type EventBus } from './event-buses';
import type { EventBridgeContext, Operation } from './eventbridge-context';
import { busNotFound, EventBridgeError, validationError } from './eventbridge-errors';
import { pageOf } from './paging';
import { BUS_NAME_OR_ARN_PATTERN, BUS_NAME_PATTERN, checkLength, checkPattern, optionalString, requiredString } from './request-fields';

/** The bus an operation's `EventBusName` (name or ARN) names, the default bus when it names none. */
export function busFromRequest(context: EventBridgeContext, input: JsonObject, member = 'EventBusName'): EventBus {
  const nameOrArn = optionalString(input, member) ?? DEFAULT_BUS_NAME;
  const wireMember = member === 'Name' ? 'name' : 'eventBusName';
  checkLength(wireMember, nameOrArn, 1, 1600);
  checkPattern(wireMember, nameOrArn, BUS_NAME_OR_ARN_PATTERN);
  const bus = context.buses.find(nameOrArn);
  // AWS names the bus, not the ARN it was asked for.
  if (bus === undefined) throw busNotFound(busNameOf(nameOrArn));
  return bus;
}

export const listEventBuses: Operation = (context, input) => {
  const prefix = optionalString(input, 'NamePrefix') ?? '';
  const page = pageOf(context.buses.list(prefix), (bus) => bus.name, input);
  return {
    EventBuses: page.items.map(busDescription),
    ...(page.nextToken === undefined ? {} : { NextToken: page.nextToken }),
  };
};

/** By name or ARN; no name means the default bus. */
export const describeEventBus: Operation = (context, input) =>
  busDescription(busFromRequest(context, input, 'Name'));

/**
 * A custom bus. Partner buses (`aws.partner/…`, with an EventSourceName) need a partner event source, which does not
 * exist locally.
 */
export const createEventBus: Operation = (context, input) => {
  const name = requiredString(input, 'Name');
  checkLength('name', name, 1, 256);
  checkPattern('name', name, BUS_NAME_PATTERN);
  if (optionalString(input, 'EventSourceName') !== undefined || name.startsWith('aws.')) {
    throw validationError('Partner event buses (EventSourceName, names starting with "aws.") are not supported locally.');
  }
  if (name.includes('/')) throw validationError(`Event bus name ${name} is not valid: "/" is only allowed in partner bus names.`);
  if (context.buses.find(name) !== undefined) {
    throw new EventBridgeError('ResourceAlreadyExistsException', `Event bus ${name} already exists.`);
  }
  const description = optionalString(input, 'Description');
  if (description !== undefined) checkLength('description', description, 0, 512);
  const bus = context.buses.create(name, context.now(), description);
  return { EventBusArn: bus.arn, ...(description === undefined ? {} : { Description: description }) };
};

/** awsJson timestamps are epoch seconds. */
function busDescription(bus: EventBus): JsonObject {
  const seconds = bus.createdAt.getTime() / 1000;
  return {
    Name: bus.name,
    Arn: bus.arn,
    ...(bus.description === undefined ? {} : { Description: bus.description }),
    CreationTime: seconds,
    LastModifiedTime: seconds,
  };
}
