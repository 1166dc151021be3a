import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '../../contracts/event-contract';
import { EventPublisher } from '../../contracts/publisher';
import { type Clock, systemClock } from '../shared/clock';
import { requireEnv } from '../shared/config';
import { type IdGenerator, ulidGenerator } from '../shared/ids';
import { DynamoProductRepository, type ProductRepository } from './adapters/product-repository';

/** What sends events; `EventPublisher` from contracts/ in production, anything with `publish` in tests. */
export interface EventSink {
  publish(events: readonly OutgoingEvent[]): Promise<void>;
}

export interface CatalogDependencies {
  readonly products: ProductRepository;
  readonly publisher: EventSink;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

// SDK clients: created once per container (cold start) and reused by every invocation. Creating them does
// no I/O; region and credentials come from the Lambda environment on first use.
/** Shared with modules only some handlers import (idempotency), so each bundle carries only what it uses. */
export const dynamoClient = new DynamoDBClient({});
const documentClient = DynamoDBDocumentClient.from(dynamoClient);
const eventBridgeClient = new EventBridgeClient({});

const productionFactories: { readonly [K in keyof CatalogDependencies]: () => CatalogDependencies[K] } = {
  products: () => new DynamoProductRepository(documentClient, requireEnv('PRODUCTS_TABLE_NAME')),
  publisher: () => new EventPublisher({ client: eventBridgeClient, eventBusName: requireEnv('EVENT_BUS_NAME') }),
  clock: () => systemClock,
  ids: () => ulidGenerator(),
};

let resolved: Partial<CatalogDependencies> = {};
let overrides: Partial<CatalogDependencies> = {};

const resolve = <K extends keyof CatalogDependencies>(name: K): CatalogDependencies[K] => {
  const override = overrides[name];
  if (override !== undefined) return override;
  const existing = resolved[name];
  if (existing !== undefined) return existing;
  const created = productionFactories[name]();
  resolved = { ...resolved, [name]: created };
  return created;
};

/**
 * The catalog's composition root. Each dependency is built on first use and then kept for the container's
 * life, so a function reads only the environment it needs (GET handlers never need EVENT_BUS_NAME) and a
 * missing variable surfaces as 500 `MISCONFIGURED` through httpHandler. Destructure inside the handler:
 * `const { products, clock } = catalog;`.
 */
export const catalog: CatalogDependencies = {
  get products() {
    return resolve('products');
  },
  get publisher() {
    return resolve('publisher');
  },
  get clock() {
    return resolve('clock');
  },
  get ids() {
    return resolve('ids');
  },

};

/** Tests: replace some dependencies (a fixed clock, predictable ids); the rest stay production ones. */
export const overrideCatalogDependencies = (replacements: Partial<CatalogDependencies>): void => {
  overrides = { ...overrides, ...replacements };
};

/** Tests: forget overrides and built dependencies, so the next use re-reads the environment. */
export const resetCatalogDependencies = (): void => {
  overrides = {};
  resolved = {};
};
