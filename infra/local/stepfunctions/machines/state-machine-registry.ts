import { stateMachineDoesNotExist } from '../step-functions-errors';
import { parseStateMachineArn } from './arns';
import type { StateMachine } from './state-machine';

/**
 * The state machines that exist now: the template's, then those created through the API. `onApiChange` receives the
 * API-created ones after every change, for persistence (the template's come back from the template on each start).
 */
export class StateMachineRegistry {
  private readonly machines = new Map<string, StateMachine>();

  constructor(
    initial: readonly StateMachine[],
    private readonly onApiChange: (apiMachines: readonly StateMachine[]) => void = () => undefined,
  ) {
    for (const machine of initial) this.machines.set(machine.arn, machine);
  }

  find(arn: string): StateMachine | undefined {
    return this.machines.get(arn);
  }

  /** The state machine an API call names: InvalidArn for what is not a state machine ARN, else it must exist. */
  require(arn: string): StateMachine {
    const { qualified } = parseStateMachineArn(arn);
    const machine = qualified ? undefined : this.machines.get(arn);
    if (machine === undefined) throw stateMachineDoesNotExist(arn);
    return machine;
  }

  /** Every state machine, by name (ListStateMachines' order). */
  list(): StateMachine[] {
    return [...this.machines.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Creates or replaces (an update) a state machine. */
  put(machine: StateMachine): void {
    this.machines.set(machine.arn, machine);
    if (machine.origin === 'api') this.persist();
  }

  delete(arn: string): void {
    const machine = this.machines.get(arn);
    if (machine === undefined) return;
    this.machines.delete(arn);
    if (machine.origin === 'api') this.persist();
  }

  private persist(): void {
    this.onApiChange([...this.machines.values()].filter((machine) => machine.origin === 'api'));
  }
}
