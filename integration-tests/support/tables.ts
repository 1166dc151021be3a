import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CfnElement } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { EcommerceStack } from '../../infra/ecommerce-stack';
import { loadCloudAssembly, tableSpecs } from '../../infra/local/assembly';
import { ensureTables } from '../../infra/local/dynamodb/tables';
import { synthesized } from '../../infra/tests/synthesized';

/**
 * Creates, under another name, a table exactly as the synthesized template declares it — read through the same
 * assembly loader and table view the local cloud uses — so these tests exercise the table that deploys.
 */
export async function createTableFromTemplate(
  client: DynamoDBClient,
  pick: (stack: EcommerceStack) => TableV2,
  tableName: string,
): Promise<void> {
  const { stack, assembly } = synthesized();
  const logicalId = stack.getLogicalId(pick(stack).node.defaultChild as CfnElement);
  const local = (await loadCloudAssembly(assembly.directory)).stack(stack.stackName);
  const spec = tableSpecs(local).find((table) => table.logicalId === logicalId);
  if (!spec) throw new Error(`table ${logicalId} is not in the synthesized template`);
  await ensureTables(client, [{ ...spec, tableName }]);
}
