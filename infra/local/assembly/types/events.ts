import { arn } from '../environment';
import type { EmulatedResourceType } from './descriptor';
import { TAGS } from './descriptor';
import { nameFromNameOrArn, nameOrGenerated, optionalString, requiredString } from './properties';

/** EventBridge: custom buses, rules with targets, archives (replays come from the archive). */
const RULE_NAME_LIMIT = 64;
const ARCHIVE_NAME_LIMIT = 48;

export const eventsTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::Events::EventBus',
    support: 'emulated',
    properties: ['Name'],
    // Resource policies are not enforced locally; encryption and bus logging have no observable effect offline.
    inertProperties: [...TAGS, 'Description', 'Policy', 'KmsKeyIdentifier', 'LogConfig'],
    identify: (context) => {
      const name = requiredString(context.properties, 'Name');
      return { ref: name, attributes: { Name: name, Arn: arn(context.env, 'events', `event-bus/${name}`) } };
    },
  },
  {
    type: 'AWS::Events::Rule',
    support: 'emulated',
    properties: ['Name', 'EventBusName', 'EventPattern', 'ScheduleExpression', 'State', 'Targets'],
    inertProperties: [...TAGS, 'Description', 'RoleArn'],
    identify: (context) => {
      const name = nameOrGenerated(context, 'Name', RULE_NAME_LIMIT);
      const busName = nameFromNameOrArn(optionalString(context.properties, 'EventBusName') ?? 'default');
      const onDefaultBus = busName === 'default';
      // Ref is `bus|rule` for a rule on a custom bus (rule names are unique per bus, not per account).
      return {
        ref: onDefaultBus ? name : `${busName}|${name}`,
        attributes: { Arn: arn(context.env, 'events', onDefaultBus ? `rule/${name}` : `rule/${busName}/${name}`) },
      };
    },
  },
  {
    type: 'AWS::Events::Archive',
    support: 'emulated',
    properties: ['ArchiveName', 'SourceArn', 'EventPattern', 'RetentionDays'],
    inertProperties: ['Description', 'KmsKeyIdentifier'],
    identify: (context) => {
      const name = nameOrGenerated(context, 'ArchiveName', ARCHIVE_NAME_LIMIT);
      return { ref: name, attributes: { Arn: arn(context.env, 'events', `archive/${name}`) } };
    },
  },
];
