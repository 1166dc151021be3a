import type { LocalResource, LocalStack } from '../assembly';

/** An event bus as the API reports it. */
export interface EventBus {
  readonly name: string;
  readonly arn: string;
  readonly description?: string;
  /** When it came to exist: the start for the template's buses, the call for CreateEventBus. */
  readonly createdAt: Date;
}

export const DEFAULT_BUS_NAME = 'default';

/** The account and region the buses live in (the stacks'). */
export interface BusLocation {
  readonly accountId: string;
  readonly region: string;
}

/**
 * The buses of the account: the `default` bus, which every account has, the template's `AWS::Events::EventBus`
 * resources, and those CreateEventBus adds while running (in memory: the template is what persists).
 */
export class EventBuses {
  private readonly buses: EventBus[];

  constructor(
    private readonly location: BusLocation,
    custom: readonly Omit<EventBus, 'createdAt'>[],
    createdAt = new Date(),
  ) {
    const defaultBus = { name: DEFAULT_BUS_NAME, arn: this.arnOf(DEFAULT_BUS_NAME) };
    this.buses = [defaultBus, ...custom].map((bus) => ({ ...bus, createdAt }));
  }

  static fromStacks(location: BusLocation, stacks: readonly LocalStack[], createdAt = new Date()): EventBuses {
    return new EventBuses(
      location,
      stacks.flatMap((stack) => stack.byType('AWS::Events::EventBus').map(busOf)),
      createdAt,
    );
  }

  /** In the order ListEventBuses returns them: default first, then the template's, then those created since. */
  list(namePrefix = ''): readonly EventBus[] {
    return this.buses.filter((bus) => bus.name.startsWith(namePrefix));
  }

  /** By name or ARN, as every EventBridge API accepts `EventBusName`; undefined when the account has no such bus. */
  find(nameOrArn: string): EventBus | undefined {
    return this.buses.find((bus) => bus.name === nameOrArn || bus.arn === nameOrArn);
  }

  /** Adds a bus; the caller has checked the name is free. */
  create(name: string, createdAt: Date, description?: string): EventBus {
    const bus = { name, arn: this.arnOf(name), createdAt, ...(description === undefined ? {} : { description }) };
    this.buses.push(bus);
    return bus;
  }

  arnOf(name: string): string {
    return `arn:aws:events:${this.location.region}:${this.location.accountId}:event-bus/${name}`;
  }
}

/** The bus name in a name-or-ARN (`…:event-bus/<name>` → `<name>`), as AWS names buses in its messages. */
export function busNameOf(nameOrArn: string): string {
  const marker = nameOrArn.indexOf(':event-bus/');
  return marker === -1 ? nameOrArn : nameOrArn.slice(marker + ':event-bus/'.length);
}

function busOf(resource: LocalResource): Omit<EventBus, 'createdAt'> {
  const { Arn: arn } = resource.attributes;
  const { Description: description } = resource.properties;
  // The loader's descriptor for AWS::Events::EventBus always sets the Arn attribute.
  if (typeof arn !== 'string') throw new Error(`event bus ${resource.logicalId} has no Arn attribute`);
  return { name: resource.physicalId, arn, ...(typeof description === 'string' ? { description } : {}) };
}
