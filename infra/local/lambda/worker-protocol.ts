/**
 * The messages between the host (worker-host.ts) and a function's worker thread (worker-entry.js). The worker is
 * plain JavaScript, so this file is the typed statement of what both sides send; keep them in step.
 */

/** `workerData`: what the worker needs before its first invocation (the init phase). */
export interface WorkerBootstrap {
  readonly taskRoot: string;
  readonly handler: string;
  readonly functionName: string;
  readonly functionVersion: string;
  readonly memoryMb: number;
  readonly logGroupName: string;
  readonly logStreamName: string;
  /** `JSON`: console lines become `{timestamp, level, requestId, message}` objects, below `minimumLevel` dropped. */
  readonly logFormat: 'Text' | 'JSON';
  readonly minimumLevel: string;
}

/** Host → worker: run one invocation. The event travels as JSON text so every invocation gets fresh objects. */
export interface InvokeMessage {
  readonly type: 'invoke';
  readonly requestId: string;
  readonly event: string;
  /** Epoch milliseconds; `context.getRemainingTimeInMillis()` counts down to it. */
  readonly deadlineMs: number;
  readonly invokedFunctionArn: string;
  /** Decoded `X-Amz-Client-Context` JSON text, if the caller sent one. */
  readonly clientContext?: string;
}

/** The error object Lambda returns as the payload of a failed invocation. */
export interface FunctionErrorPayload {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly trace?: readonly string[];
}

/** Worker → host. `output` carries everything the function printed, in order with the other messages. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'init-error'; readonly error: FunctionErrorPayload }
  | { readonly type: 'output'; readonly text: string }
  | { readonly type: 'response'; readonly requestId: string; readonly payload: string; readonly heapUsedBytes: number }
  | {
      readonly type: 'error';
      readonly requestId: string;
      readonly error: FunctionErrorPayload;
      readonly heapUsedBytes: number;
      /** The worker is exiting (uncaught exception, unhandled rejection): it must not be reused. */
      readonly fatal: boolean;
    };

const MESSAGE_TYPES = new Set(['ready', 'init-error', 'output', 'response', 'error']);

/** The worker is our own code, so a check of the discriminant is enough to trust the rest of the shape. */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return typeof value.type === 'string' && MESSAGE_TYPES.has(value.type);
}
