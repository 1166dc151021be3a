import type { JsonObject } from '../json';
import type { LocalResource, LocalStack } from '../model';
import { PropertyReader } from './read';

/**
 * What the DynamoDB service needs to create one table in DynamoDB Local. Nested shapes are DynamoDB's own API shapes
 * (PascalCase, mutable arrays like the SDK's input types), so they pass straight into CreateTable. A GlobalTable is
 * its local-region replica: a plain table. Capacity is left out: billing has no effect locally.
 */
export interface KeySchemaElement {
  readonly AttributeName: string;
  readonly KeyType: 'HASH' | 'RANGE';
}

export interface AttributeDefinition {
  readonly AttributeName: string;
  readonly AttributeType: 'S' | 'N' | 'B';
}

export interface SecondaryIndex {
  readonly IndexName: string;
  readonly KeySchema: KeySchemaElement[];
  readonly Projection: { readonly ProjectionType?: 'ALL' | 'KEYS_ONLY' | 'INCLUDE'; readonly NonKeyAttributes?: string[] };
}

export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

export interface TableSpec {
  readonly logicalId: string;
  readonly type: 'AWS::DynamoDB::Table' | 'AWS::DynamoDB::GlobalTable';
  readonly tableName: string;
  readonly arn: string;
  readonly keySchema: KeySchemaElement[];
  readonly attributeDefinitions: AttributeDefinition[];
  /** As declared; informational (every table is on-demand locally). */
  readonly billingMode: 'PAY_PER_REQUEST' | 'PROVISIONED';
  readonly globalSecondaryIndexes: SecondaryIndex[];
  readonly localSecondaryIndexes: SecondaryIndex[];
  /** Set when the table has a stream. */
  readonly streamViewType: StreamViewType | undefined;
  /** The stream ARN the template's event source mappings use (GetAtt StreamArn). */
  readonly streamArn: string | undefined;
  /** The TTL attribute, when TTL is enabled. */
  readonly timeToLiveAttribute: string | undefined;
}

export function tableSpecs(stack: LocalStack): readonly TableSpec[] {
  return [...stack.byType('AWS::DynamoDB::Table'), ...stack.byType('AWS::DynamoDB::GlobalTable')].map(tableSpec);
}

function tableSpec(table: LocalResource): TableSpec {
  const read = new PropertyReader(table);
  const { properties } = table;
  const indexes = (property: string): SecondaryIndex[] =>
    read.objects(properties, property).map((index) => {
      const projection = read.optionalObject(index, 'Projection') ?? {};
      const projectionType = read.optionalString(projection, 'ProjectionType');
      const nonKeyAttributes = projection.NonKeyAttributes;
      return {
        IndexName: read.string(index, 'IndexName'),
        KeySchema: keySchema(read, index),
        Projection: {
          ...(projectionType === undefined ? {} : { ProjectionType: oneOf(projectionType, PROJECTION_TYPES, table) }),
          ...(Array.isArray(nonKeyAttributes) ? { NonKeyAttributes: nonKeyAttributes.map(String) } : {}),
        },
      };
    });
  const ttl = read.optionalObject(properties, 'TimeToLiveSpecification');
  const stream = read.optionalObject(properties, 'StreamSpecification');
  const streamViewType = stream === undefined ? undefined : read.string(stream, 'StreamViewType');
  return {
    logicalId: table.logicalId,
    type: table.type === 'AWS::DynamoDB::Table' ? 'AWS::DynamoDB::Table' : 'AWS::DynamoDB::GlobalTable',
    tableName: table.physicalId,
    arn: read.string(table.attributes, 'Arn'),
    keySchema: keySchema(read, properties),
    attributeDefinitions: read.objects(properties, 'AttributeDefinitions').map((definition) => ({
      AttributeName: read.string(definition, 'AttributeName'),
      AttributeType: oneOf(read.string(definition, 'AttributeType'), ['S', 'N', 'B'] as const, table),
    })),
    billingMode: read.optionalString(properties, 'BillingMode') === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED',
    globalSecondaryIndexes: indexes('GlobalSecondaryIndexes'),
    localSecondaryIndexes: indexes('LocalSecondaryIndexes'),
    streamViewType: streamViewType === undefined ? undefined : oneOf(streamViewType, STREAM_VIEW_TYPES, table),
    streamArn: typeof table.attributes.StreamArn === 'string' ? table.attributes.StreamArn : undefined,
    timeToLiveAttribute:
      ttl !== undefined && read.optionalBoolean(ttl, 'Enabled') === true ? read.string(ttl, 'AttributeName') : undefined,
  };
}

const PROJECTION_TYPES = ['ALL', 'KEYS_ONLY', 'INCLUDE'] as const;
const STREAM_VIEW_TYPES = ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] as const;

function keySchema(read: PropertyReader, owner: JsonObject): KeySchemaElement[] {
  return read.objects(owner, 'KeySchema').map((element) => ({
    AttributeName: read.string(element, 'AttributeName'),
    KeyType: read.string(element, 'KeyType') === 'RANGE' ? 'RANGE' : 'HASH',
  }));
}

function oneOf<T extends string>(value: string, allowed: readonly T[], table: LocalResource): T {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) throw new Error(`${table.logicalId}: ${value} is not one of ${allowed.join(', ')}`);
  return match;
}
