import { awsJsonError, type EdgeResponse } from '../edge/protocol';

/** A whole-request failure in EventBridge's awsJson shape (`__type` + `message`); per-entry failures are not errors. */
export class EventBridgeError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }

  toResponse(): EdgeResponse {
    return awsJsonError(this.status, this.type, this.message);
  }
}

/** A request the wire format cannot carry (a field of the wrong JSON type), before any validation. */
export function serializationError(message: string): EventBridgeError {
  return new EventBridgeError('SerializationException', message);
}

export function validationError(message: string): EventBridgeError {
  return new EventBridgeError('ValidationException', message);
}
