import type { EventContract } from '../event-contract';
import { catalogEventContracts } from './catalog';

export * from './catalog';

/** Every event contract of every domain: the Schema Registry and the contract tests iterate over it. */
export const allEventContracts: readonly EventContract<unknown>[] = [...catalogEventContracts];
