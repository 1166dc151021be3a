import { runtimeError } from '../states-error';
import type { SdkService } from './integration-ports';
import { commandClass, isSdkService } from './sdk-services';

/** `.sync` and `.sync:2` are both Run a Job; they differ in the output shape (`states:startExecution`). */
export type RoutePattern = 'request-response' | 'sync' | 'sync:2' | 'wait-for-task-token';

export type OptimizedAction =
  | 'lambda:invoke'
  | 'dynamodb:getItem'
  | 'dynamodb:putItem'
  | 'dynamodb:updateItem'
  | 'dynamodb:deleteItem'
  | 'events:putEvents'
  | 'sqs:sendMessage'
  | 'states:startExecution';

/** Where a Task's Resource goes locally. */
export type IntegrationRoute =
  | { readonly kind: 'lambda-function'; readonly functionArn: string }
  | { readonly kind: 'optimized'; readonly action: OptimizedAction; readonly pattern: RoutePattern }
  | { readonly kind: 'aws-sdk'; readonly service: SdkService; readonly action: string; readonly pattern: RoutePattern };

const REQUEST_ONLY: readonly RoutePattern[] = ['request-response'];
const CALLBACK: readonly RoutePattern[] = ['request-response', 'wait-for-task-token'];

/** The optimized integrations and the patterns AWS supports for each (connect-supported-services). */
const OPTIMIZED: Readonly<Record<OptimizedAction, readonly RoutePattern[]>> = {
  'lambda:invoke': CALLBACK,
  'dynamodb:getItem': REQUEST_ONLY,
  'dynamodb:putItem': REQUEST_ONLY,
  'dynamodb:updateItem': REQUEST_ONLY,
  'dynamodb:deleteItem': REQUEST_ONLY,
  'events:putEvents': CALLBACK,
  'sqs:sendMessage': CALLBACK,
  'states:startExecution': ['request-response', 'sync', 'sync:2', 'wait-for-task-token'],
};

const STATES_ARN = /^arn:aws[a-z-]*:states:[a-z0-9-]*:\d*:(.+)$/;
const LAMBDA_FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/;
const PATTERN_SUFFIX = /^(.+?)(\.waitForTaskToken|\.sync:2|\.sync)?$/;

/** Parses a Task's Resource; throws `States.Runtime` naming what the local cloud does not support. */
export function routeOf(resource: string): IntegrationRoute {
  if (LAMBDA_FUNCTION_ARN.test(resource)) return { kind: 'lambda-function', functionArn: resource };
  const tail = STATES_ARN.exec(resource)?.[1];
  if (tail === undefined) throw unsupported(resource, 'it is neither a Lambda function ARN nor an arn:aws:states::: integration');
  const [, target = '', suffix] = PATTERN_SUFFIX.exec(tail) ?? [];
  const pattern = patternOf(suffix);
  const parts = target.split(':');
  if (parts[0] === 'aws-sdk') return sdkRoute(resource, parts, pattern);
  if (!isOptimizedAction(target)) {
    throw unsupported(resource, `the local cloud has no optimized integration '${target}' (supported: ${Object.keys(OPTIMIZED).join(', ')})`);
  }
  if (!OPTIMIZED[target].includes(pattern)) {
    throw unsupported(resource, `'${target}' does not support the ${describePattern(pattern)} integration pattern`);
  }
  return { kind: 'optimized', action: target, pattern };
}

/** For definition load time: throws `States.Runtime` when a Task's Resource cannot run locally. */
export function assertSupportedResource(resource: string): void {
  routeOf(resource);
}

function sdkRoute(resource: string, parts: readonly string[], pattern: RoutePattern): IntegrationRoute {
  const [, service = '', action = '', ...rest] = parts;
  if (rest.length > 0 || service === '' || action === '') {
    throw unsupported(resource, 'an AWS SDK integration is written arn:aws:states:::aws-sdk:<service>:<action>');
  }
  if (!isSdkService(service)) {
    throw unsupported(resource, `the local cloud emulates no service '${service}' for AWS SDK integrations (supported: dynamodb, sqs, eventbridge, sfn, kinesis)`);
  }
  if (!/^[a-z]/.test(action) || commandClass(service, pascalCase(action)) === undefined) {
    throw unsupported(resource, `'${action}' is not an API action of ${service} (actions are camelCase, e.g. getItem)`);
  }
  if (pattern !== 'request-response' && pattern !== 'wait-for-task-token') {
    throw unsupported(resource, `AWS SDK integrations do not support the ${describePattern(pattern)} integration pattern`);
  }
  return { kind: 'aws-sdk', service, action, pattern };
}

function patternOf(suffix: string | undefined): RoutePattern {
  switch (suffix) {
    case '.waitForTaskToken':
      return 'wait-for-task-token';
    case '.sync':
      return 'sync';
    case '.sync:2':
      return 'sync:2';
    default:
      return 'request-response';
  }
}

function describePattern(pattern: RoutePattern): string {
  return pattern === 'wait-for-task-token' ? '.waitForTaskToken' : pattern === 'request-response' ? 'request-response' : `.${pattern}`;
}

function isOptimizedAction(target: string): target is OptimizedAction {
  return Object.hasOwn(OPTIMIZED, target);
}

export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function unsupported(resource: string, reason: string): Error {
  return runtimeError(`The resource '${resource}' is not supported locally: ${reason}.`);
}
