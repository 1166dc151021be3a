import type { EdgeRequest, EdgeResponse, EdgeService } from '../edge/protocol';

/** Hop-by-hop headers and ones the forwarding request recomputes. */
const DROPPED_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive']);

/**
 * DynamoDB and DynamoDB Streams on the edge: requests are forwarded byte for byte to DynamoDB Local, so clients get
 * the real engine's answers and error shapes (the SDK checks the body's CRC32, which therefore must pass untouched).
 */
export function dynamoDbService(endpoint: string): EdgeService {
  return {
    signingName: 'dynamodb',
    targetPrefixes: ['DynamoDB_20120810', 'DynamoDBStreams_20120810'],
    async handle(request: EdgeRequest): Promise<EdgeResponse> {
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !DROPPED_HEADERS.has(name)));
      const response = await fetch(`${endpoint}${request.path}`, {
        method: request.method,
        headers,
        body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
      });
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!DROPPED_HEADERS.has(name)) responseHeaders[name] = value;
      });
      return { status: response.status, headers: responseHeaders, body: Buffer.from(await response.arrayBuffer()) };
    },
  };
}
