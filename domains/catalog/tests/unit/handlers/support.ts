import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ROUTE_ACCESS_ENV } from '../../../../shared/http/route-spec';
import { setEnv } from '../../../../shared/testing/env';
import { FakeClock, SequenceIds } from '../../../../shared/testing/fakes';
import { captureOutput, type OutputCapture } from '../../../../shared/testing/output-capture';
import { overrideCatalogDependencies, resetCatalogDependencies } from '../../../dependencies';
import { catalogRoutes } from '../../../routes';
import { NOW } from '../fixtures';

/** Every DynamoDB / EventBridge call the handlers make lands on these mocks. */
export const dynamo = mockClient(DynamoDBDocumentClient);
export const eventBridge = mockClient(EventBridgeClient);

export const TABLE = 'products-test';
export const BUS = 'ecommerce-test';

/** Ids the fake generator hands out, in order: the first new product gets `ID_1`, its first event `ID_2`… */
export const ID_1 = '01JH000000000000000000A001';
export const ID_2 = '01JH000000000000000000A002';
export const ID_3 = '01JH000000000000000000A003';

export interface CatalogTestWorld {
  /** Log lines and metrics the handler wrote during the current test. */
  readonly output: () => OutputCapture;
}

/**
 * Registers the hooks a catalog handler test needs: the function's environment as infra sets it (ROUTE_ACCESS
 * from routes.ts), fresh mocks, a fixed clock, predictable ids and captured logs. Import the handler in a
 * `beforeAll` registered after this call, so it cold-starts with the environment in place.
 */
export const useCatalogTestWorld = (handlerName: string): CatalogTestWorld => {
  const route = catalogRoutes.find((candidate) => candidate.handler === handlerName);
  if (route === undefined) throw new Error(`no catalog route uses handler ${handlerName}`);
  let restoreEnv: (() => void) | undefined;
  let output: OutputCapture | undefined;

  beforeAll(() => {
    restoreEnv = setEnv({ [ROUTE_ACCESS_ENV]: route.access, PRODUCTS_TABLE_NAME: TABLE, EVENT_BUS_NAME: BUS });
  });
  afterAll(() => {
    restoreEnv?.();
  });
  beforeEach(() => {
    dynamo.reset();
    eventBridge.reset();
    eventBridge.on(PutEventsCommand).callsFake((input: { Entries?: unknown[] }) => ({
      FailedEntryCount: 0,
      Entries: (input.Entries ?? []).map((_entry, index) => ({ EventId: `eb-${index}` })),
    }));
    resetCatalogDependencies();
    // Only time and ids are faked: repository and publisher are the production ones, on mocked SDK clients.
    overrideCatalogDependencies({ clock: new FakeClock(NOW), ids: new SequenceIds('01JH000000000000000000A') });
    output = captureOutput();
  });
  afterEach(() => {
    output?.restore();
  });

  return {
    output: () => {
      if (output === undefined) throw new Error('output is captured only while a test runs');
      return output;
    },
  };
};

export interface PublishedEvent {
  readonly eventBusName: string | undefined;
  readonly source: string | undefined;
  readonly detailType: string | undefined;
  readonly detail: unknown;
}

/** Every event sent to EventBridge, in order, with its detail parsed. */
export const publishedEvents = (): PublishedEvent[] =>
  eventBridge.commandCalls(PutEventsCommand).flatMap((call) =>
    (call.args[0].input.Entries ?? []).map((entry) => ({
      eventBusName: entry.EventBusName,
      source: entry.Source,
      detailType: entry.DetailType,
      detail: entry.Detail === undefined ? undefined : (JSON.parse(entry.Detail) as unknown),
    })),
  );

/** How many PutEvents calls were made (a replacement's events go out together, in one call). */
export const putEventsCalls = (): number => eventBridge.commandCalls(PutEventsCommand).length;

/** Every write command sent to DynamoDB, as its input. */
export const dynamoWrites = (): unknown[] =>
  dynamo
    .calls()
    .map((call) => call.args[0])
    .filter((command) => command instanceof PutCommand || command instanceof DeleteCommand || command instanceof UpdateCommand)
    .map((command) => command.input);
