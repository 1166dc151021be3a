/**
 * The service integrations of the local Step Functions: the TaskInvoker the interpreter calls for every Task state,
 * routing optimized integrations (lambda:invoke, dynamodb:*, events:putEvents, sqs:sendMessage, states:startExecution),
 * AWS SDK integrations and legacy Lambda ARNs to the local cloud through small ports.
 */
export { createTaskInvoker, type LocalTaskInvoker, type TaskInvokerOptions } from './create-task-invoker';
export { assertSupportedResource } from './resource-routes';
export type {
  ExecutionDescription,
  ExecutionPorts,
  ExecutionStatus,
  IntegrationPorts,
  LambdaInvocation,
  LambdaInvokeRequest,
  SdkClientConfig,
  SdkService,
  StartExecutionPortRequest,
} from './integration-ports';
