import { randomUUID } from 'node:crypto';
import type { Json } from '../../assembly/json';
import type { TaskInvoker, TaskRequest } from '../interpreter';
import { StatesError } from '../states-error';
import { abortable } from './abortable';
import { awsSdkIntegration } from './aws-sdk-integration';
import { dynamoDbIntegration } from './dynamodb-integration';
import { callOf, type IntegrationContext } from './integration-context';
import type { IntegrationPorts } from './integration-ports';
import { invokeLambdaFunction, invokeLambdaIntegration } from './lambda-integration';
import { putEventsIntegration, sendMessageIntegration } from './messaging-integrations';
import { routeOf, type IntegrationRoute } from './resource-routes';
import { SdkClients } from './sdk-services';
import { startExecutionIntegration } from './start-execution-integration';

export interface TaskInvokerOptions {
  /** For the `Date` of SDK metadata; default the wall clock. */
  readonly now?: () => Date;
  /** For request ids no service supplied; default random UUIDs. */
  readonly newRequestId?: () => string;
}

/** The interpreter's TaskInvoker over the local cloud's services; `close` releases the SDK clients' connections. */
export interface LocalTaskInvoker extends TaskInvoker {
  close(): void;
}

/** Dispatches each Task attempt by its Resource to the integration that runs it locally. */
export function createTaskInvoker(ports: IntegrationPorts, options: TaskInvokerOptions = {}): LocalTaskInvoker {
  const sdk = new SdkClients((service) => ports.clientConfig(service));
  const context: IntegrationContext = {
    ports,
    sdk,
    now: options.now ?? ((): Date => new Date()),
    newRequestId: options.newRequestId ?? randomUUID,
  };
  return {
    async invoke(request: TaskRequest): Promise<Json> {
      const route = routeOf(request.resource);
      try {
        return await abortable(request.signal, () => run(route, request, context));
      } catch (thrown) {
        if (thrown instanceof StatesError) throw thrown;
        // Integrations name every service failure; anything else is a defect of the local cloud, still catchable.
        throw new StatesError('States.TaskFailed', thrown instanceof Error ? thrown.message : String(thrown));
      }
    },
    close() {
      sdk.destroy();
    },
  };
}

async function run(route: IntegrationRoute, request: TaskRequest, context: IntegrationContext): Promise<Json> {
  if (route.kind === 'lambda-function') return invokeLambdaFunction(route.functionArn, request, context);
  const call = callOf(request, route.pattern);
  if (route.kind === 'aws-sdk') return awsSdkIntegration(route.service, route.action, call, context);
  switch (route.action) {
    case 'lambda:invoke':
      return invokeLambdaIntegration(call, context);
    case 'dynamodb:getItem':
      return dynamoDbIntegration('getItem', call, context);
    case 'dynamodb:putItem':
      return dynamoDbIntegration('putItem', call, context);
    case 'dynamodb:updateItem':
      return dynamoDbIntegration('updateItem', call, context);
    case 'dynamodb:deleteItem':
      return dynamoDbIntegration('deleteItem', call, context);
    case 'events:putEvents':
      return putEventsIntegration(call, context);
    case 'sqs:sendMessage':
      return sendMessageIntegration(call, context);
    case 'states:startExecution':
      return startExecutionIntegration(call, context);
  }
}
