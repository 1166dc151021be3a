import type { EdgeRequest, EdgeResponse, EdgeService } from '../edge/protocol';
import type { AsyncInvoker } from './async-invoker';
import type { FunctionRegistry } from './function-registry';
import { LATEST_VERSION, type LocalFunctionSpec } from './function-spec';
import {
  functionNotFound,
  invalidRequestContent,
  lambdaError,
  requestTooLarge,
  reservedConcurrencyExceeded,
  validationError,
} from './lambda-errors';
import type { LambdaRuntime } from './lambda-runtime';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations\/?$/;
/** Lambda's payload quotas (API reference, Invoke): 6 MB synchronous, 1 MB asynchronous (256 KB before late 2025). */
export const SYNC_PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;
export const ASYNC_PAYLOAD_LIMIT_BYTES = 1024 * 1024;

const INVOCATION_TYPES = ['Event', 'RequestResponse', 'DryRun'] as const;
type InvocationType = (typeof INVOCATION_TYPES)[number];
const LOG_TYPES = ['None', 'Tail'] as const;

export interface InvokeApiDependencies {
  readonly functions: FunctionRegistry;
  readonly runtime: Pick<LambdaRuntime, 'invoke'>;
  readonly events: Pick<AsyncInvoker, 'enqueue'>;
}

/**
 * Lambda's `Invoke` operation behind the edge (restJson: `POST /2015-03-31/functions/{FunctionName}/invocations`).
 * The status code says whether Lambda ran the request; a function's own failure is a 200 with
 * `X-Amz-Function-Error`, as on AWS.
 */
export function lambdaInvokeService(deps: InvokeApiDependencies): EdgeService {
  return {
    signingName: 'lambda',
    targetPrefixes: [],
    handle: (request) =>
      invoke(deps, request).catch((error: unknown) =>
        // Lambda's own failure (a worker that cannot start), not the function's: a 500 the SDK retries.
        lambdaError(500, 'ServiceException', error instanceof Error ? error.message : String(error)),
      ),
  };
}

async function invoke(deps: InvokeApiDependencies, request: EdgeRequest): Promise<EdgeResponse> {
  const match = INVOKE_PATH.exec(request.path);
  if (request.method !== 'POST' || !match?.[1]) {
    return lambdaError(
      404,
      'UnknownOperationException',
      `The local Lambda service does not serve ${request.method} ${request.path}`,
    );
  }
  const invocationType = request.headers['x-amz-invocation-type'] ?? 'RequestResponse';
  if (!isOneOf(INVOCATION_TYPES, invocationType)) {
    return enumViolation(invocationType, 'invocationType', INVOCATION_TYPES);
  }
  const logType = request.headers['x-amz-log-type'] ?? 'None';
  if (!isOneOf(LOG_TYPES, logType)) return enumViolation(logType, 'logType', LOG_TYPES);

  // The edge hands the path over still percent-encoded: an ARN arrives as `arn%3Aaws%3Alambda%3A…`.
  const functionName = decodeSegment(match[1]);
  if (functionName === undefined) return validationError(`Invalid function name: ${match[1]}`);
  const lookup = deps.functions.find(functionName, request.query.Qualifier);
  if (!lookup.found) return functionNotFound(lookup.arn);
  const limit = invocationType === 'Event' ? ASYNC_PAYLOAD_LIMIT_BYTES : SYNC_PAYLOAD_LIMIT_BYTES;
  if (request.body.length > limit) {
    return requestTooLarge(limit, invocationType === 'Event' ? 'InvokeAsync' : 'InvokeFunction');
  }
  // No body is an empty event: the SDK sends none when Payload is omitted, and the function receives {}.
  const payload = request.body.length === 0 ? '{}' : request.body.toString('utf8');
  const problem = jsonProblem(payload);
  if (problem !== undefined) return invalidRequestContent(problem);

  return run(deps, invocationType, {
    spec: lookup.spec,
    payload,
    logType,
    clientContext: request.headers['x-amz-client-context'],
  });
}

async function run(
  deps: InvokeApiDependencies,
  invocationType: InvocationType,
  call: {
    spec: LocalFunctionSpec;
    payload: string;
    logType: (typeof LOG_TYPES)[number];
    clientContext: string | undefined;
  },
): Promise<EdgeResponse> {
  if (invocationType === 'DryRun') return { status: 204 };
  if (invocationType === 'Event') {
    const requestId = deps.events.enqueue(call.spec, call.payload);
    return { status: 202, headers: { 'x-amzn-requestid': requestId } };
  }
  const clientContext = decodeClientContext(call.clientContext);
  if (clientContext === null) {
    return lambdaError(
      400,
      'InvalidRequestContentException',
      'Client context must be a valid Base64-encoded JSON object.',
    );
  }
  const outcome = await deps.runtime.invoke(call.spec, { payload: call.payload, clientContext });
  if (outcome.kind === 'throttled') return reservedConcurrencyExceeded();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-requestid': outcome.requestId,
    'x-amz-executed-version': LATEST_VERSION,
  };
  if (outcome.functionError) headers['x-amz-function-error'] = outcome.functionError;
  if (call.logType === 'Tail') headers['x-amz-log-result'] = outcome.logTail;
  return { status: 200, headers, body: outcome.payload };
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function enumViolation(value: string, member: string, values: readonly string[]): EdgeResponse {
  return validationError(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(', ')}]`,
  );
}

function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Base64 JSON → JSON text; undefined when absent, null when it is not base64 JSON. */
function decodeClientContext(header: string | undefined): string | undefined | null {
  if (header === undefined || header === '') return undefined;
  const text = Buffer.from(header, 'base64').toString('utf8');
  return jsonProblem(text) === undefined ? text : null;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
