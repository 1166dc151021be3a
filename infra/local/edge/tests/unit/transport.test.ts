import { request as http1Request, Agent } from 'node:http';
import { connect as http2Connect } from 'node:http2';
import type { EdgeLogger } from '../../logger';
import type { EdgeRoute } from '../../protocol';
import { startEdge, type Edge } from '../../server';
import { recordingService } from './support/fake-services';

const LIST_TABLES = { 'x-amz-target': 'DynamoDB_20120810.ListTables' };

/** An echo of what the service saw: the transport, not the service, is under test here. */
const echo = recordingService('dynamodb', ['DynamoDB_20120810'], (request) => ({
  status: 200,
  headers: { 'content-type': 'text/plain', connection: 'keep-alive' },
  body: `${request.httpVersion} ${request.body.length}`,
}));

function postHttp1(edge: Edge, body: Buffer, agent?: Agent): Promise<{ status: number; text: string; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const outgoing = http1Request(`${edge.url}/`, { method: 'POST', headers: LIST_TABLES, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString(), reused: outgoing.reusedSocket });
      });
    });
    outgoing.on('error', reject);
    // Written in pieces without a content-length: the edge must count a chunked body as it streams in.
    outgoing.write(body.subarray(0, body.length / 2));
    outgoing.end(body.subarray(body.length / 2));
  });
}

describe('the edge’s transport', () => {
  let edge: Edge;
  let lines: { level: string; message: string; fields: Readonly<Record<string, unknown>> }[];
  const logger: EdgeLogger = {
    debug: (message, fields) => lines.push({ level: 'debug', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  };
  const failing = recordingService('lambda', [], () => {
    throw new Error('secret stack detail');
  });
  const wellKnown: EdgeRoute = {
    name: 'cognito-idp',
    answer: (request) => (request.path.endsWith('/.well-known/jwks.json') ? { status: 200, body: '{"keys":[]}' } : undefined),
  };

  beforeAll(async () => {
    edge = await startEdge({
      port: 0,
      services: [echo, failing],
      routes: [wellKnown],
      readiness: () => ({}),
      logger,
      maxBodyBytes: 1024 * 1024,
    });
  });
  beforeEach(() => {
    lines = [];
  });
  afterAll(() => edge.close());

  it('serves several HTTP/1.1 requests on one kept-alive connection, large chunked bodies included', async () => {
    // Prepare
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const body = Buffer.alloc(512 * 1024, 7);
    // Act
    const first = await postHttp1(edge, body, agent);
    const second = await postHttp1(edge, body, agent);
    agent.destroy();
    // Assess
    expect([first, second]).toEqual([
      { status: 200, text: `1.1 ${body.length}`, reused: false },
      { status: 200, text: `1.1 ${body.length}`, reused: true },
    ]);
  });

  it('serves concurrent HTTP/2 streams on one h2c session, dropping headers HTTP/2 forbids', async () => {
    // Prepare
    const session = http2Connect(edge.url);
    const post = (size: number): Promise<string> =>
      new Promise((resolve, reject) => {
        const stream = session.request({ ':method': 'POST', ':path': '/', ...LIST_TABLES });
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => {
          resolve(text);
        });
        stream.on('error', reject);
        stream.end(Buffer.alloc(size, 1));
      });
    // Act
    const answers = await Promise.all([post(300_000), post(10), post(0)]);
    session.close();
    // Assess
    expect(answers).toEqual(['2 300000', '2 10', '2 0']);
  });

  it('refuses a chunked body as soon as it outgrows the limit', async () => {
    // Act
    const answer = await postHttp1(edge, Buffer.alloc(2 * 1024 * 1024, 1));
    // Assess
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ __type: 'RequestEntityTooLargeException' });
  });

  it('answers 500 InternalFailure when a service throws, logging the error but not leaking it', async () => {
    // Act
    const response = await fetch(`${edge.url}/2015-03-31/functions/f/invocations`, {
      method: 'POST',
      headers: { authorization: 'AWS4-HMAC-SHA256 Credential=k/20260101/us-east-1/lambda/aws4_request, Signature=x' },
    });
    const text = await response.text();
    // Assess
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ __type: 'InternalFailure' });
    expect(text).not.toContain('secret');
    expect(lines.find((line) => line.level === 'error')?.fields).toMatchObject({ service: 'lambda' });
  });

  it('serves extra routes for requests no service claims (a JWKS fetched unsigned)', async () => {
    // Act
    const response = await fetch(`${edge.url}/us-east-1_pool/.well-known/jwks.json`);
    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ keys: [] });
  });

  it('answers an unclaimed request with 404 naming what it received and what is emulated', async () => {
    // Act
    const response = await fetch(`${edge.url}/some-bucket/key`);
    // Assess
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      __type: 'UnknownOperationException',
      message:
        'No emulated service answers GET /some-bucket/key (received no X-Amz-Target, no SigV4 credential scope); ' +
        'emulated: dynamodb, lambda',
    });
  });

  it('logs one debug line per request with service, operation, status and duration', async () => {
    // Act
    await postHttp1(edge, Buffer.from('{}'));
    // Assess
    expect(lines).toEqual([
      {
        level: 'debug',
        message: 'edge request',
        fields: {
          requestId: expect.any(String) as unknown,
          service: 'dynamodb',
          operation: 'DynamoDB_20120810.ListTables',
          status: 200,
          ms: expect.any(Number) as unknown,
          httpVersion: '1.1',
        },
      },
    ]);
  });

  it('gives every answer a request id the SDKs report as $metadata.requestId', async () => {
    // Act
    const response = await fetch(`${edge.url}/_local/health`);
    // Assess
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
