import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CatalogDomain } from '../domains/catalog/infra';
import { Platform } from './platform/platform';
import type { StageConfig } from './platform/stage-config';

export interface EcommerceStackProps extends StackProps {
  readonly config: StageConfig;
}

/** One stack per stage (`Ecommerce-<stage>`): the shared platform plus every domain. */
export class EcommerceStack extends Stack {
  readonly platform: Platform;
  readonly catalog: CatalogDomain;

  constructor(scope: Construct, id: string, props: EcommerceStackProps) {
    super(scope, id, props);
    this.platform = new Platform(this, 'Platform', props.config);
    this.catalog = new CatalogDomain(this, 'Catalog', this.platform);

    // Output names are a contract: clients and integration tests discover the system through them (AWS and local).
    const { api, auth, events, registry } = this.platform;
    new CfnOutput(this, 'ApiUrl', { value: api.url, description: 'Storefront HTTP API base URL' });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'EventBusName', { value: events.bus.eventBusName });
    new CfnOutput(this, 'ArchiveName', { value: events.archive.archiveName });
    new CfnOutput(this, 'SchemaRegistryName', { value: registry.registryName });
  }
}
