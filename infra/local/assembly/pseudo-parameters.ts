import type { LocalEnvironment } from './environment';
import type { Json } from './json';
import { stableUuid } from './physical-names';

export interface StackIdentity {
  readonly stackName: string;
  readonly stackId: string;
}

/** `arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>`, the uuid stable per stack name. */
export function stackIdOf(stackName: string, env: LocalEnvironment): string {
  const uuid = stableUuid(`stack/${env.accountId}/${env.region}/${stackName}`);
  return `arn:${env.partition}:cloudformation:${env.region}:${env.accountId}:stack/${stackName}/${uuid}`;
}

/** The value of `AWS::…` pseudo parameters; undefined for names that are not one (AWS::NoValue is the resolver's). */
export function pseudoParameter(name: string, env: LocalEnvironment, stack: StackIdentity): Json | undefined {
  switch (name) {
    case 'AWS::AccountId':
      return env.accountId;
    case 'AWS::Region':
      return env.region;
    case 'AWS::Partition':
      return env.partition;
    case 'AWS::URLSuffix':
      return env.urlSuffix;
    case 'AWS::StackName':
      return stack.stackName;
    case 'AWS::StackId':
      return stack.stackId;
    case 'AWS::NotificationARNs':
      // Nothing publishes stack events locally, so no topics receive them.
      return [];
    default:
      return undefined;
  }
}
