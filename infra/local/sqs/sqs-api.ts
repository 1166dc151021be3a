import { randomUUID } from 'node:crypto';
import { isJsonObject, type JsonObject } from '../assembly/json';
import { awsQueryError, type EdgeRequest, type EdgeResponse, type EdgeService } from '../edge/protocol';
import { messageOperations } from './message-operations';
import type { Operation, SqsApiContext } from './operation';
import { queueOperations } from './queue-operations';
import { receiptOperations } from './receipt-operations';
import { SqsError, sqsErrors } from './sqs-errors';
import type { SqsLogger } from './sqs-logger';

/** SQS's awsJson 1.0 target prefix: `X-Amz-Target: AmazonSQS.<Operation>`. */
export const SQS_TARGET_PREFIX = 'AmazonSQS';

const OPERATIONS: ReadonlyMap<string, Operation> = new Map([
  ...queueOperations,
  ...messageOperations,
  ...receiptOperations,
]);

export interface SqsApiOptions extends SqsApiContext {
  readonly logger: SqsLogger;
  readonly newRequestId?: () => string;
}

/** The SQS API behind the edge (signing name `sqs`), in the JSON protocol the current SDKs speak. */
export function sqsApiService(options: SqsApiOptions): EdgeService {
  const newRequestId = options.newRequestId ?? randomUUID;
  return {
    signingName: 'sqs',
    targetPrefixes: [SQS_TARGET_PREFIX],
    handle: async (request) => {
      const requestId = newRequestId();
      const target = request.headers['x-amz-target'];
      const response =
        target === undefined ? queryProtocolRefusal(request) : await respond(options, target, request.body);
      options.logger.debug('request', { service: 'sqs', operation: target, status: response.status, requestId });
      return { ...response, headers: { ...response.headers, 'x-amzn-requestid': requestId } };
    },
  };
}

async function respond(options: SqsApiOptions, target: string, body: Buffer): Promise<EdgeResponse> {
  const prefix = `${SQS_TARGET_PREFIX}.`;
  const operation = target.startsWith(prefix) ? OPERATIONS.get(target.slice(prefix.length)) : undefined;
  try {
    if (operation === undefined) throw sqsErrors.invalidAction(`The local SQS does not implement '${target}'.`);
    const output = await operation(options, parseBody(body));
    return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(output) };
  } catch (error) {
    if (error instanceof SqsError) return error.toResponse();
    // A bug here must not leak a stack trace to the client: log it, answer as AWS does for its own failures.
    options.logger.error('request failed', {
      service: 'sqs',
      operation: target,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return sqsErrors.internal().toResponse();
  }
}

function parseBody(body: Buffer): JsonObject {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw sqsErrors.serialization('The request body is not valid JSON');
  }
  if (!isJsonObject(value)) throw sqsErrors.serialization('The request body is not a JSON object');
  return value;
}

/** Older clients post query-protocol forms (`Action=SendMessage`); say plainly that only JSON is spoken here. */
function queryProtocolRefusal(request: EdgeRequest): EdgeResponse {
  const action = request.query.Action ?? new URLSearchParams(request.body.toString('utf8')).get('Action') ?? 'unknown';
  return awsQueryError(
    400,
    'InvalidAction',
    `The local SQS speaks the JSON protocol (X-Amz-Target: AmazonSQS.${action}); use an SDK that sends it (AWS SDK for JavaScript v3 does).`,
  );
}
