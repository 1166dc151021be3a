import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { edgeClientConfig } from '../../../../integration-tests/support/stack';
import { createTableFromTemplate } from '../../../../integration-tests/support/tables';
import type { HttpApiHandler } from '../../../shared/http/handler';
import { setEnv } from '../../../shared/testing/env';
import { adminClaims, httpApiEvent, invoke } from '../../../shared/testing/http-api-event';
import { captureOutput } from '../../../shared/testing/output-capture';
import type * as CreateProduct from '../../handlers/create-product';
import { validInput } from '../unit/fixtures';

const PRODUCTS = 'create-product-products';
const IDEMPOTENCY = 'create-product-idempotency';

/**
 * POST /products on the real DynamoDB Local (products and idempotency tables as the construct declares them);
 * only EventBridge is simulated, so the test can make publishing fail.
 */
describe('POST /products with an Idempotency-Key, on DynamoDB Local', () => {
  const dynamo = new DynamoDBClient(edgeClientConfig());
  const eventBridge = mockClient(EventBridgeClient);
  let handler: HttpApiHandler;
  let restoreEnv: () => void;

  const post = (key: string, body: unknown = validInput()) =>
    invoke(handler, httpApiEvent({ route: 'POST /products', body, claims: adminClaims(), headers: { 'idempotency-key': key } }));
  const storedProducts = async (): Promise<number> => (await dynamo.send(new ScanCommand({ TableName: PRODUCTS }))).Count ?? 0;
  const publishedEventIds = (): string[] =>
    eventBridge
      .commandCalls(PutEventsCommand)
      .flatMap((call) => call.args[0].input.Entries ?? [])
      .map((entry) => (JSON.parse(entry.Detail ?? '{}') as { metadata: { eventId: string } }).metadata.eventId);

  beforeAll(async () => {
    const { endpoint, region, credentials } = edgeClientConfig();
    restoreEnv = setEnv({
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      PRODUCTS_TABLE_NAME: PRODUCTS,
      IDEMPOTENCY_TABLE_NAME: IDEMPOTENCY,
      EVENT_BUS_NAME: 'ecommerce-test',
      ROUTE_ACCESS: 'admin',
      // Quiet test output: only the error lines this test asserts on.
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    });
    await createTableFromTemplate(dynamo, (stack) => stack.catalog.table, PRODUCTS);
    await createTableFromTemplate(dynamo, (stack) => stack.catalog.idempotency.table, IDEMPOTENCY);
    // Loaded after the environment is in place: the handler reads it at cold start.
    ({ handler } = jest.requireActual<typeof CreateProduct>('../../handlers/create-product'));
  });
  beforeEach(() => {
    eventBridge.reset();
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });
  });
  afterAll(() => {
    restoreEnv();
    dynamo.destroy();
  });

  it('creates one product however often the client retries, and answers each retry with it', async () => {
    // Act
    const first = await post('create-retry-0001');
    const retry = await post('create-retry-0001');
    // Assess
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers).toMatchObject({ 'idempotent-replayed': 'true' });
    expect(await storedProducts()).toBe(1);
  });

  it('re-publishes ProductCreated under the same event id when the first attempt could not publish', async () => {
    // Prepare: the bus is down for the first request (every publisher attempt fails)
    eventBridge.on(PutEventsCommand).rejects(new Error('EventBridge unavailable'));
    const before = await storedProducts();
    const output = captureOutput();
    const failed = await post('create-outage-0001').finally(() => {
      output.restore();
    });
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-2' }] });
    // Act
    const retry = await post('create-outage-0001');
    // Assess
    expect(failed.statusCode).toBe(500);
    expect(retry.statusCode).toBe(201);
    expect(await storedProducts()).toBe(before + 1);
    const ids = publishedEventIds();
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(1);
    // The failed attempt logged the unsent event itself (for an operator), named by its contract, not its schema.
    const logged = JSON.stringify(output.logs().filter((line) => line.level === 'ERROR'));
    expect(logged).toContain(ids[0]);
    expect(logged).toContain('"contract":"ecommerce.catalog@ProductCreated-v1"');
  });

  it('answers 422 to the same key with another body, creating and publishing nothing', async () => {
    // Prepare
    await post('create-reuse-0001');
    const before = await storedProducts();
    eventBridge.resetHistory();
    // Act
    const response = await post('create-reuse-0001', validInput({ name: 'Something else' }));
    // Assess
    expect(response.statusCode).toBe(422);
    expect(response.body).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await storedProducts()).toBe(before);
    expect(publishedEventIds()).toEqual([]);
  });
});
