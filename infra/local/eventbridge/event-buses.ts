import type { LocalResource, LocalStack } from '../assembly';

/** An event bus as the API reports it. */
export interface EventBus {
  readonly name: string;
  readonly arn: string;
  readonly description?: string;
}

export const DEFAULT_BUS_NAME = 'default';

/** The account and region the buses live in (the stacks'). */
export interface BusLocation {
  readonly accountId: string;
  readonly region: string;
}

/**
 * The buses of the account: the `default` bus, which every account has, plus the template's `AWS::Events::EventBus`
 * resources. Fixed at start: the template is the only way buses come into being locally (no CreateEventBus yet).
 */
export class EventBuses {
  private readonly buses: readonly EventBus[];

  constructor(location: BusLocation, custom: readonly EventBus[]) {
    const defaultBus = {
      name: DEFAULT_BUS_NAME,
      arn: `arn:aws:events:${location.region}:${location.accountId}:event-bus/${DEFAULT_BUS_NAME}`,
    };
    this.buses = [defaultBus, ...custom];
  }

  static fromStacks(location: BusLocation, stacks: readonly LocalStack[]): EventBuses {
    return new EventBuses(
      location,
      stacks.flatMap((stack) => stack.byType('AWS::Events::EventBus').map(busOf)),
    );
  }

  /** In the order ListEventBuses returns them: default first, then the template's. */
  list(namePrefix = ''): readonly EventBus[] {
    return this.buses.filter((bus) => bus.name.startsWith(namePrefix));
  }

  /** By name or ARN, as every EventBridge API accepts `EventBusName`; undefined when the account has no such bus. */
  find(nameOrArn: string): EventBus | undefined {
    return this.buses.find((bus) => bus.name === nameOrArn || bus.arn === nameOrArn);
  }
}

function busOf(resource: LocalResource): EventBus {
  const { Arn: arn } = resource.attributes;
  const { Description: description } = resource.properties;
  // The loader's descriptor for AWS::Events::EventBus always sets the Arn attribute.
  if (typeof arn !== 'string') throw new Error(`event bus ${resource.logicalId} has no Arn attribute`);
  return { name: resource.physicalId, arn, ...(typeof description === 'string' ? { description } : {}) };
}
