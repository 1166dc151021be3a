import { CfnRegistry, CfnSchema } from 'aws-cdk-lib/aws-eventschemas';
import { Construct } from 'constructs';
import { discoverEventSchemas } from '../../contracts/schema-files';
import type { StageConfig } from './stage-config';

/**
 * The EventBridge schema registry, holding one JSONSchemaDraft4 schema per contract file under contracts/events/.
 * Files are discovered, never listed by hand, so a new event version reaches the registry by existing.
 */
export class EventSchemaRegistry extends Construct {
  readonly registry: CfnRegistry;
  readonly registryName: string;

  constructor(scope: Construct, id: string, config: StageConfig) {
    super(scope, id);
    this.registryName = `ecommerce-${config.stage}`;
    this.registry = new CfnRegistry(this, 'Registry', {
      registryName: this.registryName,
      description: 'Schemas of every event on the ecommerce bus (contracts/events)',
    });
    for (const file of discoverEventSchemas()) {
      const schema = new CfnSchema(this, file.schemaName, {
        registryName: this.registryName,
        schemaName: file.schemaName,
        type: 'JSONSchemaDraft4',
        description: `${file.detailType} v${file.schemaVersion} published by ${file.source}`,
        content: JSON.stringify(file.schema),
      });
      schema.addResourceDependency(this.registry);
    }
  }
}
