import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { IDEMPOTENCY_TABLE_ENV } from '../../domains/shared/config';
import type { StageConfig } from './stage-config';

/**
 * A domain's idempotency store for Powertools' idempotency utility (`domains/shared/idempotency.ts`): key `id`,
 * records expire through the `expiration` TTL attribute. Each domain owns its own, like its other tables.
 */
export class IdempotencyTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, config: StageConfig) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: 'id', type: AttributeType.STRING },
      timeToLiveAttribute: 'expiration',
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: config.removalPolicy,
    });
  }

  /** Lets `fn` run idempotent writes: exactly the item actions Powertools uses, and the table name it needs. */
  useFrom(fn: IFunction & { addEnvironment(key: string, value: string): unknown }): void {
    fn.addEnvironment(IDEMPOTENCY_TABLE_ENV, this.table.tableName);
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [this.table.tableArn],
      }),
    );
  }
}
