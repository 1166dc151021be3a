import { arn } from '../environment';
import type { Json } from '../json';
import { stableUuid } from '../physical-names';
import type { EmulatedResourceType, IdentityContext, ResourceIdentity } from './descriptor';
import { TAGS } from './descriptor';
import { nameOrGenerated } from './properties';

/** DynamoDB tables, served by DynamoDB Local. A GlobalTable is one table here: the local region's replica. */
const TABLE_NAME_LIMIT = 255;

/**
 * The stream label is a creation timestamp on AWS; a fixed one keeps stream ARNs stable across restarts (the DynamoDB
 * service maps them to DynamoDB Local's own stream ARNs by table name).
 */
const STREAM_LABEL = '1970-01-01T00:00:00.000';

function tableIdentity(context: IdentityContext): ResourceIdentity {
  const name = nameOrGenerated(context, 'TableName', TABLE_NAME_LIMIT);
  const tableArn = arn(context.env, 'dynamodb', `table/${name}`);
  const attributes: Record<string, Json> = {
    Arn: tableArn,
    TableId: stableUuid(`${context.stackName}/${context.logicalId}/table`),
  };
  // As on AWS, StreamArn exists only when the table has a stream: asking for it otherwise fails at load.
  if (context.properties.StreamSpecification !== undefined) attributes.StreamArn = `${tableArn}/stream/${STREAM_LABEL}`;
  return { ref: name, attributes };
}

const KEYS_AND_INDEXES = [
  'TableName',
  'KeySchema',
  'AttributeDefinitions',
  'BillingMode',
  'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes',
  'StreamSpecification',
  'TimeToLiveSpecification',
];

/** Capacity, backups, encryption and deletion protection change nothing a client can observe offline. */
const INERT_TABLE_SETTINGS = ['SSESpecification', 'WarmThroughput'];

export const dynamodbTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::DynamoDB::Table',
    support: 'emulated',
    properties: [...KEYS_AND_INDEXES, 'ProvisionedThroughput'],
    inertProperties: [
      ...TAGS,
      ...INERT_TABLE_SETTINGS,
      'PointInTimeRecoverySpecification',
      'DeletionProtectionEnabled',
      'ContributorInsightsSpecification',
      'TableClass',
      'ResourcePolicy',
      'OnDemandThroughput',
    ],
    identify: tableIdentity,
  },
  {
    type: 'AWS::DynamoDB::GlobalTable',
    support: 'emulated',
    // Replicas: only the local region's replica exists; its per-replica settings (PITR, tags…) have no local effect.
    properties: [...KEYS_AND_INDEXES, 'Replicas'],
    inertProperties: [...INERT_TABLE_SETTINGS, 'WriteProvisionedThroughputSettings', 'WriteOnDemandThroughputSettings'],
    identify: tableIdentity,
  },
];
