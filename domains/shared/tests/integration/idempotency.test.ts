import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { edgeClientConfig } from '../../../../integration-tests/support/stack';
import { createTableFromTemplate } from '../../../../integration-tests/support/tables';
import { type HttpRequest, toHttpRequest } from '../../http/request-context';
import { IdempotentWrites } from '../../idempotency';
import { adminClaims, httpApiEvent, lambdaContext } from '../../testing/http-api-event';

const TABLE = 'idempotency-test';

const requestWith = (key: string | undefined, sub = 'admin-0001'): HttpRequest =>
  toHttpRequest(
    httpApiEvent({
      route: 'POST /things',
      claims: adminClaims(sub),
      headers: key === undefined ? {} : { 'idempotency-key': key },
    }),
    lambdaContext(),
  );

/** Powertools idempotency on the real DynamoDB Local, on the idempotency table the catalog construct declares. */
describe('IdempotentWrites on DynamoDB Local', () => {
  const client = new DynamoDBClient(edgeClientConfig());
  const writes = new IdempotentWrites(client, () => TABLE);
  let runs = 0;
  const operation = async (): Promise<{ run: number }> => {
    runs += 1;
    return Promise.resolve({ run: runs });
  };

  beforeAll(async () => {
    await createTableFromTemplate(client, (stack) => stack.catalog.idempotency.table, TABLE);
  });
  beforeEach(() => {
    runs = 0;
  });
  afterAll(() => {
    client.destroy();
  });

  it('runs the operation once per key and replays its result to a retry', async () => {
    // Act
    const first = await writes.run(requestWith('key-replay-0001'), { name: 'cup' }, operation);
    const retry = await writes.run(requestWith('key-replay-0001'), { name: 'cup' }, operation);
    // Assess
    expect(first).toEqual({ result: { run: 1 }, replayed: false });
    expect(retry).toEqual({ result: { run: 1 }, replayed: true });
    expect(runs).toBe(1);
  });

  it('refuses the same key with another body (422) without running the operation', async () => {
    // Prepare
    await writes.run(requestWith('key-reused-0001'), { name: 'cup' }, operation);
    // Act
    const act = writes.run(requestWith('key-reused-0001'), { name: 'mug' }, operation);
    // Assess
    await expect(act).rejects.toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(runs).toBe(1);
  });

  it('keeps callers apart: the same key from another user is a new request', async () => {
    // Act
    await writes.run(requestWith('key-callers-0001', 'admin-a'), { name: 'cup' }, operation);
    const other = await writes.run(requestWith('key-callers-0001', 'admin-b'), { name: 'cup' }, operation);
    // Assess
    expect(other).toEqual({ result: { run: 2 }, replayed: false });
  });

  it('remembers nothing when the operation fails, so the client can retry', async () => {
    // Prepare
    const failing = (): Promise<never> => Promise.reject(new Error('DynamoDB said no'));
    await expect(writes.run(requestWith('key-failure-0001'), { name: 'cup' }, failing)).rejects.toThrow('DynamoDB said no');
    // Act
    const retry = await writes.run(requestWith('key-failure-0001'), { name: 'cup' }, operation);
    // Assess
    expect(retry).toEqual({ result: { run: 1 }, replayed: false });
  });

  it('answers 409 to a repeat that arrives while the first is still running', async () => {
    // Prepare
    let finish: (() => void) | undefined;
    const slow = (): Promise<{ run: number }> =>
      new Promise((resolve) => {
        finish = () => {
          resolve({ run: 99 });
        };
      });
    const first = writes.run(requestWith('key-inflight-0001'), { name: 'cup' }, slow);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Act
    const concurrent = writes.run(requestWith('key-inflight-0001'), { name: 'cup' }, operation);
    // Assess
    await expect(concurrent).rejects.toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_IN_USE' });
    finish?.();
    await expect(first).resolves.toEqual({ result: { run: 99 }, replayed: false });
    expect(runs).toBe(0);
  });

  it('runs every time and stores nothing without a key', async () => {
    // Prepare
    const before = (await client.send(new ScanCommand({ TableName: TABLE }))).Count ?? 0;
    // Act
    await writes.run(requestWith(undefined), { name: 'cup' }, operation);
    await writes.run(requestWith(undefined), { name: 'cup' }, operation);
    // Assess
    expect(runs).toBe(2);
    expect((await client.send(new ScanCommand({ TableName: TABLE }))).Count).toBe(before);
  });
});
