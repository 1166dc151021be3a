import { runtimeError } from '../../states-error';
import type { IntegrationPattern } from './task-invoker';

/**
 * A Task state's Resource as history names it: an optimized or SDK integration
 * (`arn:aws:states:::lambda:invoke.waitForTaskToken` → resourceType `lambda`, resource `invoke.waitForTaskToken`;
 * `arn:aws:states:::aws-sdk:dynamodb:getItem` → `aws-sdk:dynamodb`, `getItem`), or the legacy Lambda function ARN,
 * whose history uses the LambdaFunction… events.
 */
export interface TaskResource {
  readonly arn: string;
  readonly kind: 'integration' | 'lambda-function';
  readonly resourceType: string;
  readonly resource: string;
  readonly region: string;
  readonly integrationPattern: IntegrationPattern;
}

const STATES_ARN = /^arn:aws[a-z-]*:states:([a-z0-9-]*):(\d*):(.+)$/;
const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:[^:]+(:[^:]+)?$/;

/** Parses a Resource; `defaultRegion` is the state machine's region, used when the ARN leaves it empty. */
export function parseTaskResource(arn: string, defaultRegion: string): TaskResource {
  const lambda = LAMBDA_ARN.exec(arn);
  if (lambda) {
    return { arn, kind: 'lambda-function', resourceType: 'lambda', resource: arn, region: lambda[1] ?? defaultRegion, integrationPattern: 'request-response' };
  }
  const states = STATES_ARN.exec(arn);
  const tail = states?.[3];
  if (!states || tail === undefined || tail.startsWith('activity:') || tail.startsWith('stateMachine:')) {
    throw runtimeError(`The resource '${arn}' is not a Task resource the local interpreter supports`);
  }
  const parts = tail.split(':');
  const sdk = parts[0] === 'aws-sdk';
  const typeParts = sdk ? 2 : 1;
  if (parts.length <= typeParts) throw runtimeError(`The resource '${arn}' names no action`);
  const resourceType = parts.slice(0, typeParts).join(':');
  const resource = parts.slice(typeParts).join(':');
  const region = states[1] === '' || states[1] === undefined ? defaultRegion : states[1];
  return { arn, kind: 'integration', resourceType, resource, region, integrationPattern: patternOf(resource) };
}

function patternOf(resource: string): IntegrationPattern {
  if (resource.endsWith('.waitForTaskToken')) return 'wait-for-task-token';
  if (/\.sync(:\d+)?$/.test(resource)) return 'sync';
  return 'request-response';
}

/** `arn:aws:states:us-east-1:123456789012:stateMachine:name` → `us-east-1`. */
export function regionOf(stateMachineArn: string): string {
  return stateMachineArn.split(':')[3] ?? 'us-east-1';
}
