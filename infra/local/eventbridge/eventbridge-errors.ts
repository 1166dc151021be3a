import { AwsJsonServiceError } from '../edge/protocol';

/** A whole-request failure in EventBridge's awsJson shape (`__type` + `message`); per-entry failures are not errors. */
export class EventBridgeError extends AwsJsonServiceError {}

/** A request the wire format cannot carry (a field of the wrong JSON type), before any validation. */
export function serializationError(message: string): EventBridgeError {
  return new EventBridgeError('SerializationException', message);
}

export function validationError(message: string): EventBridgeError {
  return new EventBridgeError('ValidationException', message);
}

export function resourceNotFound(message: string): EventBridgeError {
  return new EventBridgeError('ResourceNotFoundException', message);
}

/**
 * A model constraint, in the words of AWS's request validation (a Java service):
 * `1 validation error detected: Value 'x' at 'name' failed to satisfy constraint: Member must …`.
 */
export function constraintViolation(member: string, value: string | undefined, constraint: string): EventBridgeError {
  const shown = value === undefined ? 'null' : `'${value}'`;
  return validationError(
    `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

export function busNotFound(busName: string): EventBridgeError {
  return resourceNotFound(`Event bus ${busName} does not exist.`);
}

export function ruleNotFound(ruleName: string, busName: string): EventBridgeError {
  return resourceNotFound(`Rule ${ruleName} does not exist on EventBus ${busName}.`);
}
