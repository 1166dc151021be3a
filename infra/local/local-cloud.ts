import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { startHttpApi, type LambdaInvokeResult, type RunningHttpApi } from './apigateway';
import {
  functionSpecs,
  httpApiDefinitions,
  loadCloudAssembly,
  type LocalStack,
  tableSpecs,
  userPoolTopology,
} from './assembly';
import { cloudFormationService } from './cloudformation';
import { createLocalCognito, type LocalCognito } from './cognito/local-cognito';
import { directoryKeyStore, inMemoryKeyStore } from './cognito/signing-keys';
import { persistCognito } from './cognito-persistence';
import { freePort, LOCAL_CREDENTIALS, startDynamoDbLocal, type RunningDynamoDbLocal } from './dynamodb/dynamodb-local-process';
import { dynamoDbService } from './dynamodb/dynamodb-service';
import { ensureTables } from './dynamodb/tables';
import type { EdgeLogger } from './edge/logger';
import type { EdgeService } from './edge/protocol';
import { startEdge, type Edge } from './edge/server';
import { createLocalEventBridge, type LocalEventBridge } from './eventbridge';
import { createLocalLambda, type LocalLambda, type RuntimeLogger } from './lambda';
import { createLocalSqs, type LocalSqs } from './sqs';
import { createLocalStepFunctions, type LocalStepFunctions } from './stepfunctions';
import { eventBridgeTargets, putEventThroughApi } from './wiring/eventbridge-targets';
import { stepFunctionsIntegrations } from './wiring/step-functions-ports';
import { startEventSources } from './wiring/event-sources';
import { lambdaDestinations } from './wiring/lambda-destinations';

export interface LocalCloudOptions {
  /** The synthesized cloud assembly (`cdk.out`). */
  readonly assemblyDir: string;
  /** Which stack to run; the assembly's only stack when omitted. */
  readonly stackName?: string;
  /** 4566 / 3000 by default; 0 picks free ports (tests). */
  readonly edgePort?: number;
  readonly apiPort?: number;
  /** Where state persists (`.local/`); in memory when omitted. */
  readonly dataDir?: string;
  /** Per-function Lambda logs. */
  readonly logDir: string;
  readonly logger: RuntimeLogger & EdgeLogger;
  /**
   * Where Cognito keeps its pools' signing keys: `<dataDir>/cognito/keys` when omitted with a dataDir, else in memory.
   * Integration tests set it so they can mint an expired token with the pool's real key.
   */
  readonly signingKeyDir?: string;
  /**
   * Multiplies every wait the emulated services prescribe — Lambda's async retry delays, EventBridge's retry backoff,
   * SQS visibility timeouts and delays, Step Functions' Waits, retries and timeouts. For tests only; default 1 (AWS).
   */
  readonly timeScale?: number;
  /** A DynamoDB Local started early (it needs no template), so its JVM boots while the app synthesizes. */
  readonly dynamo?: Promise<RunningDynamoDbLocal>;
}

export interface LocalCloud {
  readonly edgeUrl: string;
  readonly apiUrl: string;
  readonly stack: LocalStack;
  stop(): Promise<void>;
}

const REPO_NODE_MODULES = path.resolve(__dirname, '..', '..', 'node_modules');
const REGION = 'us-east-1';
/** Concurrent executions per function without reserved concurrency (see LambdaRuntimeOptions.defaultConcurrency). */
const DEFAULT_FUNCTION_CONCURRENCY = 10;

/**
 * Boots the whole local cloud from a synthesized template: DynamoDB Local with the template's tables, the Lambda
 * runtime with its functions, Cognito, the bus, read-only CloudFormation, all behind the edge, and the HTTP API.
 * Nothing here names a resource of this app: what runs is what the template declares.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const edgePort = options.edgePort === 0 ? await freePort() : (options.edgePort ?? 4566);
  const apiPort = options.apiPort === 0 ? await freePort() : (options.apiPort ?? 3000);
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const assembly = await loadCloudAssembly(options.assemblyDir, { endpoints: { edgeUrl, apiUrl }, region: REGION });
  const stack = options.stackName === undefined ? onlyStack(assembly.stacks) : assembly.stack(options.stackName);

  const stoppers: (() => Promise<void>)[] = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  };
  try {
    const dynamo = await (options.dynamo ?? startDynamoFor(options));
    stoppers.push(() => dynamo.stop());
    await createTables(dynamo, stack);
    const timeScale = options.timeScale === undefined ? {} : { timeScale: options.timeScale };
    const sqs = createLocalSqs({ stacks: [stack], edgeUrl, logger: options.logger, ...timeScale });
    stoppers.push(() => sqs.stop());
    // Lambda destinations may be buses and the bus's targets may be functions: each reaches the other lazily.
    const bus: { current?: LocalEventBridge } = {};
    const lambda = startLambda(options, stack, edgeUrl, dynamo.endpoint, sqs, () => bus.current?.service);
    stoppers.push(() => lambda.stop());
    const stepFunctions = startStepFunctions(options, stack, { lambda, edgeUrl, dynamoEndpoint: dynamo.endpoint }, () => bus.current?.service);
    stoppers.push(() => stepFunctions.stop());
    const events = createLocalEventBridge({
      stacks: [stack],
      targets: eventBridgeTargets(lambda, sqs, stepFunctions),
      logger: options.logger,
      ...timeScale,
      ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    });
    bus.current = events;
    stoppers.push(() => events.stop());
    // After the Lambda runtime: event sources stop first (stoppers run in reverse), so no batch meets a stopped runtime.
    const eventSources = startEventSources(stack, sqs, lambda, DEFAULT_FUNCTION_CONCURRENCY);
    stoppers.push(async () => {
      await Promise.all(eventSources.map((source) => source.stop()));
    });
    const cognito = await startCognito(options, stack, edgeUrl);
    const services = [
      dynamoDbService(dynamo.endpoint),
      lambda.service,
      cognito.service,
      events.service,
      events.schemasService,
      sqs.service,
      stepFunctions.service,
      cloudFormationService({ stacks: [stack] }),
    ];
    let booted = false;
    const edge: Edge = await startEdge({
      port: edgePort,
      services,
      routes: [{ name: 'cognito-idp', answer: (request) => cognito.wellKnownRoute(request) }, events.schemaViolationsRoute],
      // Every service is in-process or health-checked before the edge starts; "ready" waits for the HTTP API too.
      readiness: () =>
        Object.fromEntries(
          [...services.map((service) => service.signingName), 'http-api'].map((name) => [name, { status: booted ? 'ready' : 'starting' }]),
        ),
      logger: options.logger,
    });
    stoppers.push(() => edge.close());
    const apis = await startHttpApis(options, stack, apiPort, lambda);
    stoppers.push(...apis.map((api) => () => api.close()));
    booted = true;
    return { edgeUrl, apiUrl, stack, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function onlyStack(stacks: readonly LocalStack[]): LocalStack {
  const [first, ...others] = stacks;
  if (!first || others.length > 0) {
    throw new Error(`The cloud assembly has ${stacks.length} stacks (${stacks.map((s) => s.name).join(', ')}): name one`);
  }
  return first;
}

/** DynamoDB Local for these options: persisted under `<dataDir>/dynamodb`, else in memory. */
export function startDynamoFor(options: Pick<LocalCloudOptions, 'dataDir'>): Promise<RunningDynamoDbLocal> {
  return startDynamoDbLocal(options.dataDir === undefined ? {} : { dataDir: path.join(options.dataDir, 'dynamodb') });
}

async function createTables(dynamo: RunningDynamoDbLocal, stack: LocalStack): Promise<void> {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: REGION, credentials: LOCAL_CREDENTIALS });
  try {
    await ensureTables(client, tableSpecs(stack));
  } finally {
    client.destroy();
  }
}

function startLambda(
  options: LocalCloudOptions,
  stack: LocalStack,
  edgeUrl: string,
  dynamoEndpoint: string,
  sqs: LocalSqs,
  eventsService: () => EdgeService | undefined,
): LocalLambda {
  mkdirSync(options.logDir, { recursive: true });
  const lambda: LocalLambda = createLocalLambda({
    defaultConcurrency: DEFAULT_FUNCTION_CONCURRENCY,
    ...(options.timeScale === undefined ? {} : { asyncTimeScale: options.timeScale }),
    functions: functionSpecs(stack),
    logDir: options.logDir,
    logger: options.logger,
    nodePath: REPO_NODE_MODULES,
    // Unmodified SDK clients inside functions reach the emulated services through the edge.
    injectedEnvironment: {
      AWS_ENDPOINT_URL: edgeUrl,
      // Functions' DynamoDB calls are the hot path: they go straight to DynamoDB Local, skipping the edge's extra hop.
      AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
      AWS_REGION: REGION,
      AWS_DEFAULT_REGION: REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    },
    deliver: lambdaDestinations({
      sqs,
      lambda: () => lambda,
      putEvent: (busArn, event) => {
        const service = eventsService();
        if (service === undefined) return Promise.reject(new Error('The local EventBridge is not running'));
        return putEventThroughApi(service, busArn, event);
      },
    }),
  });
  return lambda;
}

function startStepFunctions(
  options: LocalCloudOptions,
  stack: LocalStack,
  reach: { readonly lambda: LocalLambda; readonly edgeUrl: string; readonly dynamoEndpoint: string },
  eventsService: () => EdgeService | undefined,
): LocalStepFunctions {
  return createLocalStepFunctions({
    stacks: [stack],
    integrations: stepFunctionsIntegrations({ ...reach, region: REGION, credentials: LOCAL_CREDENTIALS }),
    // Status changes go to the account's default bus, as Step Functions sends them.
    putEvents: (entries) => {
      const service = eventsService();
      if (service === undefined) return Promise.reject(new Error('The local EventBridge is not running'));
      return putEventThroughApi(service, 'default', ...entries);
    },
    logger: options.logger,
    ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
  });
}

async function startCognito(options: LocalCloudOptions, stack: LocalStack, edgeUrl: string): Promise<LocalCognito> {
  const keyDir = options.signingKeyDir ?? (options.dataDir === undefined ? undefined : path.join(options.dataDir, 'cognito', 'keys'));
  const keyStore = keyDir === undefined ? inMemoryKeyStore() : directoryKeyStore(keyDir);
  if (options.dataDir === undefined) return createLocalCognito({ ...userPoolTopology(stack), edgeUrl, keyStore });
  return persistCognito(path.join(options.dataDir, 'cognito', 'state.json'), (onChange) =>
    createLocalCognito({ ...userPoolTopology(stack), edgeUrl, keyStore, onChange }),
  );
}

async function startHttpApis(options: LocalCloudOptions, stack: LocalStack, port: number, lambda: LocalLambda): Promise<RunningHttpApi[]> {
  const definitions = httpApiDefinitions(stack);
  if (definitions.length > 1) throw new Error(`The stack has ${definitions.length} HTTP APIs; the local cloud serves one on ${port}`);
  const invoke = async (functionArn: string, eventJson: string): Promise<LambdaInvokeResult> => {
    const lookup = lambda.functions.find(functionArn);
    if (!lookup.found) throw new Error(`The HTTP API integrates with ${functionArn}, which is not a function of this stack`);
    const outcome = await lambda.runtime.invoke(lookup.spec, { payload: eventJson });
    if (outcome.kind === 'throttled') return { statusCode: 429, payload: '' };
    return { statusCode: 200, payload: outcome.payload, ...(outcome.functionError ? { functionError: outcome.functionError } : {}) };
  };
  return Promise.all(definitions.map((api) => startHttpApi({ port, api, invoke, logger: options.logger })));
}
