import {
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';

/** A table as the template declares it, in DynamoDB API terms (billing is always on-demand locally). */
export interface TableDefinition {
  readonly tableName: string;
  readonly keySchema: NonNullable<CreateTableCommandInput['KeySchema']>;
  readonly attributeDefinitions: NonNullable<CreateTableCommandInput['AttributeDefinitions']>;
  readonly globalSecondaryIndexes?: CreateTableCommandInput['GlobalSecondaryIndexes'];
  readonly localSecondaryIndexes?: CreateTableCommandInput['LocalSecondaryIndexes'];
  readonly streamViewType?: NonNullable<CreateTableCommandInput['StreamSpecification']>['StreamViewType'];
  readonly timeToLiveAttribute?: string;
}

export type TableOutcome = 'created' | 'existed';

/**
 * Creates each table unless it already exists (persisted local data survives restarts). Throughput settings are
 * irrelevant locally, so every table and index is on-demand.
 */
export async function ensureTables(client: DynamoDBClient, tables: readonly TableDefinition[]): Promise<Map<string, TableOutcome>> {
  const outcomes = new Map<string, TableOutcome>();
  for (const table of tables) {
    outcomes.set(table.tableName, await ensureTable(client, table));
  }
  return outcomes;
}

async function ensureTable(client: DynamoDBClient, table: TableDefinition): Promise<TableOutcome> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: table.tableName,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: table.keySchema,
        AttributeDefinitions: table.attributeDefinitions,
        // DynamoDB rejects an empty index list ("GSI list is empty/invalid"): omit it instead.
        GlobalSecondaryIndexes: nonEmpty(table.globalSecondaryIndexes),
        LocalSecondaryIndexes: nonEmpty(table.localSecondaryIndexes),
        StreamSpecification: table.streamViewType
          ? { StreamEnabled: true, StreamViewType: table.streamViewType }
          : undefined,
      }),
    );
  } catch (error) {
    if (error instanceof ResourceInUseException) return 'existed';
    throw error;
  }
  if (table.timeToLiveAttribute !== undefined) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: table.tableName,
        TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
  return 'created';
}

const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined => (list && list.length > 0 ? [...list] : undefined);
