import { randomUUID } from 'node:crypto';
import { parseJsonObjectBody } from '../../edge/json-members';
import { awsJsonError, type EdgeResponse, type EdgeService } from '../../edge/protocol';
import type { StepFunctionsLogger } from '../step-functions-logger';
import { StepFunctionsError } from '../step-functions-errors';
import type { ApiContext, Operation } from './api-context';
import { describeExecution, listExecutions, startExecution, startSyncExecution, stopExecution } from './execution-operations';
import { getExecutionHistory } from './history-operations';
import {
  createStateMachine,
  deleteStateMachine,
  describeStateMachine,
  describeStateMachineForExecution,
  listStateMachines,
  updateStateMachine,
} from './state-machine-operations';
import { sendTaskFailure, sendTaskHeartbeat, sendTaskSuccess } from './task-token-operations';

/** Step Functions' awsJson 1.0 target prefix: `X-Amz-Target: AWSStepFunctions.<Operation>`. */
export const STEP_FUNCTIONS_TARGET_PREFIX = 'AWSStepFunctions';

const OPERATIONS: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['CreateStateMachine', createStateMachine],
  ['UpdateStateMachine', updateStateMachine],
  ['DeleteStateMachine', deleteStateMachine],
  ['DescribeStateMachine', describeStateMachine],
  ['ListStateMachines', listStateMachines],
  ['DescribeStateMachineForExecution', describeStateMachineForExecution],
  ['StartExecution', startExecution],
  ['StartSyncExecution', startSyncExecution],
  ['DescribeExecution', describeExecution],
  ['ListExecutions', listExecutions],
  ['GetExecutionHistory', getExecutionHistory],
  ['StopExecution', stopExecution],
  ['SendTaskSuccess', sendTaskSuccess],
  ['SendTaskFailure', sendTaskFailure],
  ['SendTaskHeartbeat', sendTaskHeartbeat],
]);

const CONTENT_TYPE = 'application/x-amz-json-1.0';

/** The Step Functions API behind the edge (signing name `states`). */
export function stepFunctionsApiService(context: ApiContext, logger: StepFunctionsLogger, newRequestId: () => string = randomUUID): EdgeService {
  return {
    signingName: 'states',
    targetPrefixes: [STEP_FUNCTIONS_TARGET_PREFIX],
    handle: async (request) => {
      const requestId = newRequestId();
      const target = request.headers['x-amz-target'] ?? '';
      const response = await respond(context, logger, target, request.body);
      logger.debug('request', { service: 'states', operation: target, status: response.status, requestId });
      return { ...response, headers: { ...response.headers, 'x-amzn-requestid': requestId } };
    },
  };
}

async function respond(context: ApiContext, logger: StepFunctionsLogger, target: string, body: Buffer): Promise<EdgeResponse> {
  const prefix = `${STEP_FUNCTIONS_TARGET_PREFIX}.`;
  const operation = target.startsWith(prefix) ? OPERATIONS.get(target.slice(prefix.length)) : undefined;
  if (operation === undefined) {
    return awsJsonError(400, 'UnknownOperationException', `The local Step Functions does not implement '${target}'`);
  }
  const input = parseJsonObjectBody(body);
  if (input === undefined) return awsJsonError(400, 'SerializationException', 'The request body is not a JSON object');
  try {
    const output = await operation(context, input);
    return { status: 200, headers: { 'content-type': CONTENT_TYPE }, body: JSON.stringify(output) };
  } catch (error) {
    if (error instanceof StepFunctionsError) return error.toResponse();
    // A bug here must not leak a stack trace to the client: log it, answer as AWS does for its own failures.
    logger.error('request failed', {
      service: 'states',
      operation: target,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return awsJsonError(500, 'InternalServerError', 'An internal error occurred in the local Step Functions');
  }
}

