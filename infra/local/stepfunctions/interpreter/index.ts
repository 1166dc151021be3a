/**
 * The project's Amazon States Language interpreter: JSONPath and JSONata, variables, every state type, Retry/Catch,
 * task tokens, AWS-format history and resumable snapshots. Service integrations plug in through TaskInvoker.
 */
export { createExecutionEngine } from './engine';
export type { ExecutionEngine, ExecutionEngineOptions, StartExecutionRequest } from './engine';
export type { ExecutionCheckpoint, ExecutionResult } from './runtime/execution-run';
export type { ActiveState, BranchSnapshot, ChildRun, ExecutionSnapshot, ExecutionStatus, StateProgress } from './runtime/snapshot';
export type { IntegrationPattern, TaskInvoker, TaskRequest } from './task/task-invoker';
export { TaskTokenRegistry } from './task/task-tokens';
export { parseTaskResource, type TaskResource } from './task/task-resource';
export { validateDefinition } from './definition/validate-definition';
export { DefinitionError, ErrorNames, ExecutionSuspended, TaskTokenError, type TaskTokenErrorCode } from './errors/interpreter-errors';
export type { HistoryEvent, HistoryEventDetails, HistoryEventType } from './history/history-event';
export { HistoryLog } from './history/history-log';
export type { StateMachineDefinition, QueryLanguage } from './asl-types';
