import { randomUUID } from 'node:crypto';
import type { LocalStack } from '../assembly';
import { silentLogger, type EdgeLogger } from '../edge/logger';
import type { EdgeRequest, EdgeResponse, EdgeService } from '../edge/protocol';
import {
  CLOUDFORMATION_API_VERSION,
  QueryError,
  queryErrorResponse,
  queryParameters,
  queryResult,
} from './query-protocol';
import { STACK_ACTIONS, type DeployedStacks, type StackAction } from './stack-actions';

export interface LocalCloudFormationOptions {
  readonly stacks: readonly LocalStack[];
  /** CreationTime and LastUpdatedTimestamp of every stack and resource. Default: when the service is created. */
  readonly deployedAt?: Date;
  readonly newRequestId?: () => string;
  /** One debug line per request; errors the service did not expect. Silent by default. */
  readonly logger?: EdgeLogger;
}

/**
 * Read-only CloudFormation behind the edge (signing name `cloudformation`, awsQuery protocol): clients and integration
 * tests discover endpoints and ids through DescribeStacks' Outputs and the resource lists, exactly as on AWS.
 */
export function cloudFormationService(options: LocalCloudFormationOptions): EdgeService {
  const deployed: DeployedStacks = { stacks: options.stacks, deployedAt: options.deployedAt ?? new Date() };
  const newRequestId = options.newRequestId ?? randomUUID;
  const logger = options.logger ?? silentLogger;
  return {
    signingName: 'cloudformation',
    // awsQuery requests carry no X-Amz-Target: the edge finds this service by the SigV4 credential scope.
    targetPrefixes: [],
    handle: (request) => Promise.resolve(answer(deployed, request, newRequestId(), logger)),
  };
}

function answer(deployed: DeployedStacks, request: EdgeRequest, requestId: string, logger: EdgeLogger): EdgeResponse {
  const parameters = queryParameters(request);
  const action = parameters.get('Action');
  let response: EdgeResponse;
  try {
    const { name, run } = stackAction(action);
    response = queryResult(name, run(deployed, parameters), requestId);
  } catch (error) {
    response = queryErrorResponse(error instanceof QueryError ? error : unexpected(error, action, logger), requestId);
  }
  logger.debug('request', { service: 'cloudformation', operation: action, status: response.status, requestId });
  return response;
}

function stackAction(action: string | undefined): { readonly name: string; readonly run: StackAction } {
  if (action === undefined) throw new QueryError(400, 'MissingAction', 'The request must contain the parameter Action');
  const run = STACK_ACTIONS.get(action);
  if (run === undefined) {
    throw new QueryError(
      400,
      'InvalidAction',
      `Could not find operation ${action} for version ${CLOUDFORMATION_API_VERSION}`,
    );
  }
  return { name: action, run };
}

/** A bug here must not leak a stack trace to the client: log it, answer as AWS does for its own failures. */
function unexpected(error: unknown, action: string | undefined, logger: EdgeLogger): QueryError {
  logger.error('request failed', {
    service: 'cloudformation',
    operation: action,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return new QueryError(500, 'InternalFailure', 'The request processing has failed because of an unknown error');
}
