import { request as http1Request, Agent } from 'node:http';
import { connect as http2Connect } from 'node:http2';
import { connect, createServer, type Server } from 'node:net';
import { startEdge, type Edge } from '../../server';
import { recordingService } from './support/fake-services';

const ok = recordingService('dynamodb', ['DynamoDB_20120810'], () => ({ status: 200, body: '{}' }));

function listTables(edge: Edge, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = http1Request(
      `${edge.url}/`,
      { method: 'POST', headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables' }, agent },
      (incoming) => {
        incoming.resume();
        incoming.on('end', () => {
          resolve(incoming.statusCode ?? 0);
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end('{}');
  });
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

describe('the edge’s lifecycle', () => {
  it('releases its port on close, even while clients hold HTTP/1.1 and HTTP/2 connections open', async () => {
    // Prepare
    const edge = await startEdge({ port: 0, services: [ok], readiness: () => ({}) });
    const agent = new Agent({ keepAlive: true });
    await listTables(edge, agent);
    const session = http2Connect(edge.url);
    await new Promise((resolve) => session.once('connect', resolve));
    // Act
    await edge.close();
    // Assess
    const reuse = await listen(edge.port);
    await new Promise((resolve) => reuse.close(resolve));
    agent.destroy();
    session.destroy();
  });

  it('fails to start with a clear message when the port is taken', async () => {
    // Prepare
    const taken = await listen(0);
    const address = taken.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    // Act
    const start = startEdge({ port, services: [], readiness: () => ({}) });
    // Assess
    await expect(start).rejects.toThrow(`The edge cannot listen on 127.0.0.1:${port}: the port is already in use`);
    await new Promise((resolve) => taken.close(resolve));
  });

  it('rejects two services claiming the same target prefix', async () => {
    // Prepare
    const twin = recordingService('dynamodb-copy', ['DynamoDB_20120810'], () => ({ status: 200 }));
    // Act
    const start = startEdge({ port: 0, services: [ok, twin], readiness: () => ({}) });
    // Assess
    await expect(start).rejects.toThrow(
      "Edge: X-Amz-Target prefix 'DynamoDB_20120810' is claimed by both 'dynamodb' and 'dynamodb-copy'",
    );
  });
});

describe('the edge under malformed connections', () => {
  const sendRaw = (edge: Edge, bytes: string): Promise<string> =>
    new Promise((resolve) => {
      const socket = connect(edge.port, '127.0.0.1', () => {
        socket.end(bytes);
      });
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        resolve(answer);
      });
    });

  it.each([
    ['garbage after the HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\nnot a frame at all, not even close'],
    ['a connection that ends inside the preface', 'PRI * HT'],
    ['a request line that is not HTTP', 'HELLO EDGE\r\n\r\n'],
  ])('keeps serving after %s', async (_case, bytes) => {
    // Prepare
    const edge = await startEdge({ port: 0, services: [], readiness: () => ({}) });
    // Act
    await sendRaw(edge, bytes);
    const health = await fetch(`${edge.url}/_local/health`);
    // Assess
    expect(health.status).toBe(200);
    await edge.close();
  });
});
