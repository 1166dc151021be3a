/**
 * The local Step Functions: state machines from the template (DefinitionSubstitutions applied) and the API, the
 * project's interpreter with the service integrations, the AWSStepFunctions API on the edge (executions, history, task
 * tokens), status-change events for the default bus, and durable Standard executions under `<dataDir>/stepfunctions/`
 * that resume after a restart or a crash.
 */
export { createLocalStepFunctions, type LocalStepFunctions, type LocalStepFunctionsOptions } from './local-step-functions';
export { STEP_FUNCTIONS_TARGET_PREFIX } from './api/step-functions-api';
export { StepFunctionsError } from './step-functions-errors';
export { silentStepFunctionsLogger, type StepFunctionsLogger } from './step-functions-logger';
export { StepFunctionsStartError } from './machines/template-state-machines';
export type { StateMachine, StateMachineType } from './machines/state-machine';
export type { ExecutionRecord, ExecutionStatus } from './executions/execution-record';
export {
  STATUS_CHANGE_DETAIL_TYPE,
  STATUS_CHANGE_SOURCE,
  type PutEventsPort,
  type StatusChangeEntry,
} from './executions/status-change-events';
export { substituteDefinition } from './machines/definition-substitutions';
