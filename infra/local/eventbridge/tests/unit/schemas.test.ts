import { PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { createLocalEventBridge, EventBridgeStartError, SCHEMA_VIOLATIONS_PATH } from '../..';
import type { EdgeRequest } from '../../../edge/protocol';
import { startEdgeTestServer, type EdgeTestServer } from '../../../testing/edge-test-server';
import { FakeTargetPorts } from './support/fake-target-ports';
import { shopStackWith, startHarness, type Harness } from './support/eventbridge-harness';

/** The envelope schema of OrderPlaced v1, in the registry's dialect (JSON Schema draft 4). */
const ORDER_PLACED_SCHEMA = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['source', 'detail-type', 'detail'],
  properties: {
    source: { type: 'string', enum: ['ecommerce.orders'] },
    'detail-type': { type: 'string', enum: ['OrderPlaced'] },
    time: { type: 'string', format: 'date-time' },
    detail: {
      type: 'object',
      required: ['orderId', 'total'],
      additionalProperties: false,
      properties: { orderId: { type: 'string' }, total: { type: 'number', minimum: 0 } },
    },
  },
};

const REGISTRY = {
  Registry: { Type: 'AWS::EventSchemas::Registry', Properties: { RegistryName: 'ecommerce-dev', Description: 'Shop events' } },
  OrderPlacedSchema: {
    Type: 'AWS::EventSchemas::Schema',
    Properties: {
      RegistryName: 'ecommerce-dev',
      SchemaName: 'ecommerce.orders@OrderPlaced-v1',
      Type: 'JSONSchemaDraft4',
      Description: 'OrderPlaced v1',
      Content: JSON.stringify(ORDER_PLACED_SCHEMA),
    },
    DependsOn: 'Registry',
  },
};

const ORDER_PLACED = { EventBusName: 'ecommerce-dev', Source: 'ecommerce.orders', DetailType: 'OrderPlaced' };
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:orders';

describe('schemas as a dev aid', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness({ stacks: [shopStackWith(REGISTRY)] });
  });

  afterEach(async () => {
    await harness.close();
  });

  it('delivers an event that breaks its schema, but warns, counts and lists it', async () => {
    // Prepare
    await harness.sdk.send(new PutRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev', EventPattern: '{"source":["ecommerce.orders"]}' }));
    await harness.sdk.send(new PutTargetsCommand({ Rule: 'orders', EventBusName: 'ecommerce-dev', Targets: [{ Id: 'q', Arn: QUEUE_ARN }] }));

    // Act
    const output = await harness.sdk.send(
      new PutEventsCommand({ Entries: [{ ...ORDER_PLACED, Detail: '{"orderId": 7, "total": 10, "coupon": "X"}' }] }),
    );
    await harness.eventBridge.idle();

    // Assess
    expect(output.FailedEntryCount).toBe(0);
    expect(harness.ports.sentTo(QUEUE_ARN)).toHaveLength(1);
    expect(harness.eventBridge.schemaViolations()).toEqual([
      {
        eventId: 'event-1',
        eventBusName: 'ecommerce-dev',
        source: 'ecommerce.orders',
        detailType: 'OrderPlaced',
        time: '2026-11-24T10:00:00Z',
        schemas: ['ecommerce-dev/ecommerce.orders@OrderPlaced-v1'],
        errors: expect.arrayContaining([
          { schema: 'ecommerce-dev/ecommerce.orders@OrderPlaced-v1', path: '/detail/orderId', message: 'must be string' },
          {
            schema: 'ecommerce-dev/ecommerce.orders@OrderPlaced-v1',
            path: '/detail',
            message: 'must NOT have additional properties',
          },
        ]) as unknown,
      },
    ]);
    expect(harness.logger.at('warn')).toMatchObject([{ fields: { eventId: 'event-1', detailType: 'OrderPlaced' } }]);
  });

  it('says nothing of an event that conforms, or of one no schema is registered for', async () => {
    // Act
    await harness.sdk.send(
      new PutEventsCommand({
        Entries: [
          { ...ORDER_PLACED, Detail: '{"orderId": "o-1", "total": 10}' },
          { ...ORDER_PLACED, DetailType: 'OrderShipped', Detail: '{"anything": true}' },
        ],
      }),
    );

    // Assess
    expect(harness.eventBridge.schemaViolations()).toEqual([]);
    expect(harness.logger.at('warn')).toEqual([]);
  });

  it('lists the violations at GET /_local/schema-violations', async () => {
    // Prepare
    await harness.sdk.send(new PutEventsCommand({ Entries: [{ ...ORDER_PLACED, Detail: '{}' }, { ...ORDER_PLACED, Detail: '{}' }] }));
    const request = (method: string, path: string): EdgeRequest => ({ method, path, query: {}, headers: {}, body: Buffer.alloc(0), httpVersion: '1.1' });
    const route = harness.eventBridge.schemaViolationsRoute;

    // Act
    const answered = await route.answer(request('GET', SCHEMA_VIOLATIONS_PATH));
    const otherPath = route.answer(request('GET', '/_local/health'));
    const otherMethod = route.answer(request('DELETE', SCHEMA_VIOLATIONS_PATH));

    // Assess
    expect(answered?.status).toBe(200);
    const body = JSON.parse(String(answered?.body)) as { count: number; violations: { eventId: string }[] };
    expect(body.count).toBe(2);
    expect(body.violations.map((violation) => violation.eventId)).toEqual(['event-1', 'event-2']);
    expect([otherPath, otherMethod]).toEqual([undefined, undefined]);
  });
});

describe('which events a schema describes', () => {
  const violationsFor = async (schemas: Record<string, object>, detailType: string): Promise<number> => {
    const harness = await startHarness({ stacks: [shopStackWith({ Registry: REGISTRY.Registry, ...schemas })] });
    await harness.sdk.send(new PutEventsCommand({ Entries: [{ ...ORDER_PLACED, DetailType: detailType, Detail: '{}' }] }));
    const count = harness.eventBridge.schemaViolations().length;
    await harness.close();
    return count;
  };
  const schemaResource = (name: string, content: object): object => ({
    Type: 'AWS::EventSchemas::Schema',
    Properties: { RegistryName: 'ecommerce-dev', SchemaName: name, Type: 'JSONSchemaDraft4', Content: JSON.stringify(content) },
  });

  it('is named <source>@<detail-type> when its content does not pin them', async () => {
    // Prepare
    const schema = schemaResource('ecommerce.orders@OrderShipped', { type: 'object', required: ['detail'], properties: { detail: { required: ['carrier'] } } });

    // Act
    const shipped = await violationsFor({ Shipped: schema }, 'OrderShipped');
    const placed = await violationsFor({ Shipped: schema }, 'OrderPlaced');

    // Assess
    expect([shipped, placed]).toEqual([1, 0]);
  });

  it('is one of several versions: an event conforming to any of them is fine', async () => {
    // Prepare
    const v1 = schemaResource('ecommerce.orders@OrderPlaced-v1', ORDER_PLACED_SCHEMA);
    const v2 = schemaResource('ecommerce.orders@OrderPlaced-v2', {
      ...ORDER_PLACED_SCHEMA,
      properties: { ...ORDER_PLACED_SCHEMA.properties, detail: { type: 'object' } },
    });

    // Act
    const count = await violationsFor({ V1: v1, V2: v2 }, 'OrderPlaced');

    // Assess
    expect(count).toBe(0);
  });

  it('stops the start when its content is not a valid draft-04 schema', () => {
    // Prepare
    const stack = shopStackWith({ Registry: REGISTRY.Registry, Broken: schemaResource('broken', { type: 'not-a-type' }) });

    // Act
    const act = (): unknown => createLocalEventBridge({ stacks: [stack], targets: new FakeTargetPorts() });

    // Assess
    expect(act).toThrow(EventBridgeStartError);
    expect(act).toThrow(/schema Broken: Content is not a valid JSON Schema draft 4/);
  });
});

describe('the Schemas API', () => {
  let server: EdgeTestServer;

  beforeAll(async () => {
    const eventBridge = createLocalEventBridge({ stacks: [shopStackWith(REGISTRY)], targets: new FakeTargetPorts() });
    server = await startEdgeTestServer(eventBridge.schemasService);
  });

  afterAll(async () => {
    await server.close();
  });

  const get = async (path: string): Promise<{ status: number; type: string | null; body: Record<string, unknown> }> => {
    const response = await fetch(`${server.url}${path}`);
    return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: (await response.json()) as Record<string, unknown> };
  };

  it('lists the registries and the schemas of one', async () => {
    // Act
    const registries = await get('/v1/registries');
    const schemas = await get('/v1/registries/name/ecommerce-dev/schemas?schemaNamePrefix=ecommerce.orders');

    // Assess
    expect(registries.body.Registries).toEqual([
      { RegistryArn: 'arn:aws:schemas:us-east-1:000000000000:registry/ecommerce-dev', RegistryName: 'ecommerce-dev', Tags: {} },
    ]);
    expect(schemas.body.Schemas).toEqual([
      {
        SchemaArn: 'arn:aws:schemas:us-east-1:000000000000:schema/ecommerce-dev/ecommerce.orders@OrderPlaced-v1',
        SchemaName: 'ecommerce.orders@OrderPlaced-v1',
        LastModified: expect.any(String) as unknown,
        VersionCount: 1,
        Tags: {},
      },
    ]);
  });

  it('describes a schema with its content', async () => {
    // Act
    const described = await get(`/v1/registries/name/ecommerce-dev/schemas/name/${encodeURIComponent('ecommerce.orders@OrderPlaced-v1')}`);

    // Assess
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({
      SchemaName: 'ecommerce.orders@OrderPlaced-v1',
      SchemaVersion: '1',
      Type: 'JSONSchemaDraft4',
      Description: 'OrderPlaced v1',
      Content: JSON.stringify(ORDER_PLACED_SCHEMA),
    });
  });

  it('answers NotFoundException for a registry or schema that does not exist', async () => {
    // Act
    const registry = await get('/v1/registries/name/prod/schemas');
    const schema = await get('/v1/registries/name/ecommerce-dev/schemas/name/missing');

    // Assess
    expect([registry.status, registry.type, registry.body.message]).toEqual([404, 'NotFoundException', 'Registry with name prod does not exist.']);
    expect([schema.status, schema.type]).toEqual([404, 'NotFoundException']);
  });
});
