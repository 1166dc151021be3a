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
