import type { JsonObject } from '../../assembly/json';
import type { Executions } from '../executions/executions';
import type { ResumedTokens } from '../executions/resumed-tokens';
import type { ServiceLocation } from '../machines/arns';
import type { StateMachineRegistry } from '../machines/state-machine-registry';

/** What every Step Functions operation works on. */
export interface ApiContext {
  readonly location: ServiceLocation;
  readonly machines: StateMachineRegistry;
  readonly executions: Executions;
  readonly resumedTokens: ResumedTokens;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Whether definitions are checked for Task resources the local integrations cannot route. */
  readonly checkResources: boolean;
}

/** One awsJson operation: the request's JSON in, the response's JSON out; throws StepFunctionsError to fail. */
export type Operation = (context: ApiContext, input: JsonObject) => JsonObject | Promise<JsonObject>;
