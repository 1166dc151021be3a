import { Construct } from 'constructs';
import { StorefrontAuth } from './auth';
import { EcommerceEventBus } from './event-bus';
import { EventSchemaRegistry } from './schema-registry';
import type { StageConfig } from './stage-config';
import { StorefrontApi } from './storefront-api';

/** The shared platform every domain construct receives: bus + archive, schema registry, identities and the API. */
export class Platform extends Construct {
  readonly events: EcommerceEventBus;
  readonly registry: EventSchemaRegistry;
  readonly auth: StorefrontAuth;
  readonly api: StorefrontApi;

  constructor(scope: Construct, id: string, readonly config: StageConfig) {
    super(scope, id);
    this.events = new EcommerceEventBus(this, 'Events', config);
    this.registry = new EventSchemaRegistry(this, 'Schemas', config);
    this.auth = new StorefrontAuth(this, 'Auth', config);
    this.api = new StorefrontApi(this, 'Api', { config, auth: this.auth });
  }
}
