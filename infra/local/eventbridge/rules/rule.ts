import type { CompiledEventPattern } from '../patterns';
import type { BusLocation } from '../event-buses';
import { DEFAULT_BUS_NAME } from '../event-buses';

export type RuleState = 'ENABLED' | 'DISABLED' | 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS';

export const RULE_STATES: readonly RuleState[] = [
  'ENABLED',
  'DISABLED',
  'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS',
];

/** A rule as PutRule (or the template) defines it; its targets are kept beside it, as PutRule never touches them. */
export interface RuleDefinition {
  readonly name: string;
  readonly busName: string;
  readonly arn: string;
  /** The pattern text as given, which DescribeRule and ListRules return verbatim. */
  readonly eventPattern: string;
  readonly pattern: CompiledEventPattern;
  readonly state: RuleState;
  readonly description?: string;
  readonly roleArn?: string;
  /** The account that created it. */
  readonly createdBy: string;
}

/** Only DISABLED stops a rule; the CloudTrail variant matches like ENABLED for the events a local bus sees. */
export function isEnabled(rule: Pick<RuleDefinition, 'state'>): boolean {
  return rule.state !== 'DISABLED';
}

/** `rule/<name>` on the default bus, `rule/<bus>/<name>` on a custom one. */
export function ruleArn(location: BusLocation, busName: string, name: string): string {
  const resource = busName === DEFAULT_BUS_NAME ? `rule/${name}` : `rule/${busName}/${name}`;
  return `arn:aws:events:${location.region}:${location.accountId}:${resource}`;
}
