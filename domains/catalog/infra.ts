import { CfnOutput } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { addDomainRoutes, type RouteFunction } from '../../infra/platform/domain-routes';
import { IdempotencyTable } from '../../infra/platform/idempotency-table';
import type { Platform } from '../../infra/platform/platform';
import { PRODUCTS_TABLE } from './adapters/products-table';
import { catalogRoutes } from './routes';

const { byCategoryIndex } = PRODUCTS_TABLE;

/** The catalog domain: its products table and one function per storefront route. */
export class CatalogDomain extends Construct {
  readonly table: TableV2;
  readonly idempotency: IdempotencyTable;
  readonly functions: RouteFunction[];

  constructor(scope: Construct, id: string, platform: Platform) {
    super(scope, id);
    this.table = new TableV2(this, 'Products', {
      partitionKey: { name: PRODUCTS_TABLE.partitionKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: platform.config.stage === 'prod',
      removalPolicy: platform.config.removalPolicy,
      globalSecondaryIndexes: [
        {
          indexName: byCategoryIndex.name,
          partitionKey: { name: byCategoryIndex.partitionKey, type: AttributeType.STRING },
          // ULIDs sort by creation time, so a category lists oldest first and pages stay stable.
          sortKey: { name: byCategoryIndex.sortKey, type: AttributeType.STRING },
        },
      ],
    });

    this.idempotency = new IdempotencyTable(this, 'Idempotency', platform.config);

    this.functions = addDomainRoutes(this, platform, {
      domain: 'catalog',
      routes: catalogRoutes,
      environment: {
        PRODUCTS_TABLE_NAME: this.table.tableName,
        EVENT_BUS_NAME: platform.events.bus.eventBusName,
      },
    });
    // Exact actions on the table and the one index, rather than CDK's grantRead*/Write* (which add `index/*`).
    const byCategory = `${this.table.tableArn}/index/${byCategoryIndex.name}`;
    for (const { route, fn } of this.functions) {
      if (route.method === 'GET') {
        fn.addToRolePolicy(
          new PolicyStatement({
            actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'],
            resources: [this.table.tableArn, byCategory],
          }),
        );
      } else {
        fn.addToRolePolicy(
          new PolicyStatement({
            actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
            resources: [this.table.tableArn],
          }),
        );
        platform.events.bus.grantPutEventsTo(fn);
      }
      // Only creation needs a key: PUT and DELETE are idempotent by themselves (same body → no change; gone → 404).
      if (route.method === 'POST') this.idempotency.useFrom(fn);
    }

    new CfnOutput(scope, 'CatalogTableName', { value: this.table.tableName, description: 'Catalog products table' });
    new CfnOutput(scope, 'CatalogIdempotencyTableName', {
      value: this.idempotency.table.tableName,
      description: 'Catalog idempotency records (Idempotency-Key on POST /products)',
    });
  }
}
