import type { ReadinessReport } from '../../health';
import { startEdge, type Edge } from '../../server';
import { recordingService } from './support/fake-services';

describe('the edge’s own paths', () => {
  const dynamodb = recordingService('dynamodb', ['DynamoDB_20120810'], () => ({ status: 200 }));
  const lambda = recordingService('lambda', [], () => ({ status: 200 }));
  let report: ReadinessReport;
  let edge: Edge;

  beforeAll(async () => {
    edge = await startEdge({ port: 0, services: [dynamodb, lambda], readiness: () => report });
  });
  beforeEach(() => {
    report = {};
  });
  afterAll(() => edge.close());

  const health = async (): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${edge.url}/_local/health`);
    return { status: response.status, body: await response.json() };
  };

  describe('GET /_local/health', () => {
    it('answers 503 starting while a registered service has not reported ready', async () => {
      // Prepare
      report = { dynamodb: { status: 'ready' } };
      // Act
      const answer = await health();
      // Assess
      expect(answer).toEqual({
        status: 503,
        body: {
          status: 'starting',
          services: { dynamodb: { status: 'ready' }, lambda: { status: 'starting', detail: 'not reported yet' } },
        },
      });
    });

    it('answers 200 ready once every service reports ready, including ones not behind the edge', async () => {
      // Prepare
      report = { dynamodb: { status: 'starting' }, lambda: { status: 'ready' }, 'http-api': { status: 'ready' } };
      const before = await health();
      report = { dynamodb: { status: 'ready' }, lambda: { status: 'ready' }, 'http-api': { status: 'ready' } };
      // Act
      const after = await health();
      // Assess
      expect(before.status).toBe(503);
      expect(after).toEqual({ status: 200, body: { status: 'ready', services: report } });
    });

    it('answers 503 degraded when a service failed, with its reason', async () => {
      // Prepare
      report = { dynamodb: { status: 'failed', detail: 'DynamoDB Local exited with code 1' }, lambda: { status: 'ready' } };
      // Act
      const answer = await health();
      // Assess
      expect(answer).toEqual({ status: 503, body: { status: 'degraded', services: report } });
    });

    it('answers 503 degraded when the readiness probe itself throws', async () => {
      // Prepare
      const failing = await startEdge({
        port: 0,
        services: [],
        readiness: () => {
          throw new Error('probe broke');
        },
      });
      // Act
      const response = await fetch(`${failing.url}/_local/health`);
      // Assess
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'degraded',
        services: { readiness: { status: 'failed', detail: 'probe broke' } },
      });
      await failing.close();
    });
  });

  it('never dispatches /_local/ paths, even when signed for a service', async () => {
    // Prepare
    const signed = { authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/lambda/aws4_request' };
    // Act
    const response = await fetch(`${edge.url}/_local/other`, { headers: signed });
    // Assess
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ __type: 'NotFound' });
    expect(lambda.received).toEqual([]);
  });

  it('answers a browser’s CORS preflight permissively, echoing the headers it asks for', async () => {
    // Act
    const response = await fetch(`${edge.url}/`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:4566',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,x-amz-target,x-amz-date',
      },
    });
    // Assess
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'authorization,x-amz-target,x-amz-date',
    });
    expect(dynamodb.received).toEqual([]);
  });

  it('lets a browser read answers from services', async () => {
    // Act
    const response = await fetch(`${edge.url}/`, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
      body: '{}',
    });
    // Assess
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe('*');
  });
});
