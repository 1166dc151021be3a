import { isJsonObject, type Json, type JsonObject } from '../../assembly/json';
import type { TaskRequest } from '../interpreter';
import { runtimeError } from '../states-error';
import type { IntegrationPorts } from './integration-ports';
import type { RoutePattern } from './resource-routes';
import type { SdkClients } from './sdk-services';

/** What every integration is given besides the request. */
export interface IntegrationContext {
  readonly ports: IntegrationPorts;
  readonly sdk: SdkClients;
  readonly now: () => Date;
  readonly newRequestId: () => string;
}

/** One task attempt as an integration sees it: the request, its pattern, and its arguments as an object. */
export interface IntegrationCall {
  readonly request: TaskRequest;
  readonly pattern: RoutePattern;
  readonly args: JsonObject;
}

export function callOf(request: TaskRequest, pattern: RoutePattern): IntegrationCall {
  const args = request.arguments;
  if (args === null) return { request, pattern, args: {} };
  if (!isJsonObject(args)) throw runtimeError(`The arguments of the task '${request.stateName}' must be an object, not ${typeof args}`);
  return { request, pattern, args };
}

/** A required string field of the arguments; its absence is the definition's error. */
export function requiredString(call: IntegrationCall, field: string): string {
  const value = call.args[field];
  if (typeof value !== 'string' || value === '') {
    throw runtimeError(`The task '${call.request.stateName}' needs the string field '${field}' in its arguments`);
  }
  return value;
}

export function optionalString(call: IntegrationCall, field: string): string | undefined {
  const value = call.args[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw runtimeError(`The field '${field}' of the task '${call.request.stateName}' must be a string`);
  return value;
}

/**
 * A field Step Functions serializes for the service when it is JSON rather than text (Lambda `Payload`, SQS
 * `MessageBody`, EventBridge `Detail`, StartExecution `Input`): strings are sent as they are.
 */
export function textOf(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `arn:aws:states:r:a:execution:machine:name` → `arn:aws:states:r:a:stateMachine:machine`. */
export function stateMachineArnOf(executionArn: string): string {
  const parts = executionArn.split(':');
  if (parts.length < 7 || parts[5] !== 'execution') return executionArn;
  return [...parts.slice(0, 5), 'stateMachine', parts[6]].join(':');
}
