import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CfnElement } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { EcommerceStack } from '../../infra/ecommerce-stack';
import { ensureTables, type TableDefinition } from '../../infra/local/dynamodb/tables';
import { synthesized } from '../../infra/tests/synthesized';

type KeySchema = TableDefinition['keySchema'];

interface GlobalTableProps {
  KeySchema: KeySchema;
  AttributeDefinitions: TableDefinition['attributeDefinitions'];
  GlobalSecondaryIndexes?: { IndexName: string; KeySchema: KeySchema; Projection: { ProjectionType: 'ALL' } }[];
}

/**
 * Creates, in DynamoDB Local, a table exactly as the synthesized template declares it (keys, attribute types,
 * indexes), so these tests exercise the table that deploys rather than a hand-written copy of it.
 */
export async function createTableFromTemplate(
  client: DynamoDBClient,
  pick: (stack: EcommerceStack) => TableV2,
  tableName: string,
): Promise<void> {
  const { stack, template } = synthesized();
  const logicalId = stack.getLogicalId(pick(stack).node.defaultChild as CfnElement);
  const resources = template.toJSON().Resources as Record<string, { Properties: GlobalTableProps }>;
  const props = resources[logicalId]?.Properties;
  if (!props) throw new Error(`table ${logicalId} is not in the synthesized template`);
  await ensureTables(client, [
    {
      tableName,
      keySchema: props.KeySchema,
      attributeDefinitions: props.AttributeDefinitions,
      globalSecondaryIndexes: props.GlobalSecondaryIndexes?.map(({ IndexName, KeySchema, Projection }) => ({
        IndexName,
        KeySchema,
        Projection,
      })),
    },
  ]);
}
