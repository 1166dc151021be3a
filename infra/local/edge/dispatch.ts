import { credentialScope } from './credential-scope';
import type { EdgeRequest, EdgeService } from './protocol';

/** Where a request goes, and how the edge names its operation in logs and errors. */
export type Route =
  | { readonly service: EdgeService; readonly operation: string }
  | { readonly service: undefined; readonly operation: string; readonly received: string };

/**
 * Builds the edge's only decision: which service answers a request. In order:
 * 1. `X-Amz-Target` prefix (awsJson: DynamoDB, Kinesis, EventBridge, Cognito, Step Functions, SQS, …) — works for
 *    unsigned calls too (Cognito InitiateAuth/SignUp);
 * 2. the SigV4 credential scope's service (restJson like Lambda, query like CloudFormation, presigned URLs) — also for a
 *    target no service lists, so e.g. `DynamoDBStreams_20120810.*` (signed `dynamodb`) reaches the DynamoDB service,
 *    which answers UnknownOperationException itself if it does not speak it;
 * Requests neither names go to the edge's plain routes (see `EdgeRoute`), then to an UnknownOperationException.
 * Two services claiming the same signing name or target prefix is a wiring mistake: it fails here, at start.
 */
export function createDispatcher(services: readonly EdgeService[]): (request: EdgeRequest) => Route {
  const bySigningName = indexUniquely(services, (service) => [service.signingName], 'signing name');
  const byTargetPrefix = indexUniquely(services, (service) => service.targetPrefixes, 'X-Amz-Target prefix');

  return (request) => {
    const target = request.headers['x-amz-target'];
    const operation = operationOf(request);
    const byTarget = target === undefined ? undefined : byTargetPrefix.get(targetPrefix(target));
    if (byTarget !== undefined) return { service: byTarget, operation };

    const scope = credentialScope(request);
    const byScope = scope === undefined ? undefined : bySigningName.get(scope.service);
    if (byScope !== undefined) return { service: byScope, operation };

    const received = [
      target === undefined ? 'no X-Amz-Target' : `X-Amz-Target ${target}`,
      scope === undefined ? 'no SigV4 credential scope' : `credential scope for service '${scope.service}'`,
    ].join(', ');
    return { service: undefined, operation, received };
  };
}

/** `DynamoDB_20120810.ListTables` → `DynamoDB_20120810`; the last dot, as some targets are dotted namespaces. */
export function targetPrefix(target: string): string {
  const dot = target.lastIndexOf('.');
  return dot === -1 ? target : target.slice(0, dot);
}

/** The awsJson target, the query protocol's `Action`, else `METHOD /path` (restJson). */
export function operationOf(request: EdgeRequest): string {
  const target = request.headers['x-amz-target'];
  if (target !== undefined) return target;
  const action = request.query.Action ?? formAction(request);
  return action ?? `${request.method} ${request.path}`;
}

function formAction(request: EdgeRequest): string | undefined {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/x-www-form-urlencoded')) return undefined;
  return new URLSearchParams(request.body.toString('utf8')).get('Action') ?? undefined;
}

function indexUniquely(
  services: readonly EdgeService[],
  keysOf: (service: EdgeService) => readonly string[],
  what: string,
): ReadonlyMap<string, EdgeService> {
  const index = new Map<string, EdgeService>();
  for (const service of services) {
    for (const key of keysOf(service)) {
      const taken = index.get(key);
      if (taken !== undefined) {
        throw new Error(`Edge: ${what} '${key}' is claimed by both '${taken.signingName}' and '${service.signingName}'`);
      }
      index.set(key, service);
    }
  }
  return index;
}
