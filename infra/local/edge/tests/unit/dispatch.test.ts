import { credentialScope } from '../../credential-scope';
import { createDispatcher } from '../../dispatch';
import type { EdgeRequest } from '../../protocol';
import { recordingService } from './support/fake-services';

function request(overrides: Partial<EdgeRequest>): EdgeRequest {
  return { method: 'POST', path: '/', query: {}, headers: {}, body: Buffer.alloc(0), httpVersion: '1.1', ...overrides };
}

const signedFor = (service: string): Record<string, string> => ({
  authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=abc`,
});

describe('createDispatcher', () => {
  const dynamodb = recordingService('dynamodb', ['DynamoDB_20120810', 'DynamoDBStreams_20120810'], () => ({ status: 200 }));
  const states = recordingService('states', ['AWSStepFunctions'], () => ({ status: 200 }));
  const cloudformation = recordingService('cloudformation', [], () => ({ status: 200 }));
  const sqs = recordingService('sqs', ['AmazonSQS'], () => ({ status: 200 }));
  const dispatch = createDispatcher([dynamodb, states, cloudformation, sqs]);

  it('prefers the X-Amz-Target prefix over the credential scope', () => {
    // Act
    const route = dispatch(request({ headers: { ...signedFor('dynamodb'), 'x-amz-target': 'AWSStepFunctions.StartExecution' } }));
    // Assess
    expect(route).toEqual({ service: states, operation: 'AWSStepFunctions.StartExecution' });
  });

  it('falls back to the credential scope for a target no service lists', () => {
    // Act
    const route = dispatch(request({ headers: { ...signedFor('sqs'), 'x-amz-target': 'AmazonSQS_v2.Unheard' } }));
    // Assess
    expect(route.service).toBe(sqs);
  });

  it('names a query-protocol operation by its form Action', () => {
    // Prepare
    const describeStacks = request({
      headers: { ...signedFor('cloudformation'), 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: Buffer.from('Action=DescribeStacks&Version=2010-05-15&StackName=Ecommerce-dev'),
    });
    // Act
    const route = dispatch(describeStacks);
    // Assess
    expect(route).toEqual({ service: cloudformation, operation: 'DescribeStacks' });
  });

  it('routes a presigned URL by its X-Amz-Credential', () => {
    // Act
    const route = dispatch(
      request({ method: 'GET', query: { 'X-Amz-Credential': 'AKID/20260101/us-east-1/states/aws4_request' } }),
    );
    // Assess
    expect(route.service).toBe(states);
  });

  it('reports what it received when nothing matches', () => {
    // Act
    const route = dispatch(request({ headers: { ...signedFor('s3') }, method: 'PUT', path: '/bucket/key' }));
    // Assess
    expect(route).toEqual({
      service: undefined,
      operation: 'PUT /bucket/key',
      received: "no X-Amz-Target, credential scope for service 's3'",
    });
  });
});

describe('credentialScope', () => {
  it('reads key, date, region and service from a SigV4 Authorization header', () => {
    // Act
    const scope = credentialScope(request({ headers: signedFor('lambda') }));
    // Assess
    expect(scope).toEqual({ accessKeyId: 'AKIDEXAMPLE', date: '20260101', region: 'us-east-1', service: 'lambda' });
  });

  it('reads a SigV4a scope, which has no region', () => {
    // Act
    const scope = credentialScope(
      request({ headers: { authorization: 'AWS4-ECDSA-P256-SHA256 Credential=AKID/20260101/events/aws4_request, Signature=x' } }),
    );
    // Assess
    expect(scope).toEqual({ accessKeyId: 'AKID', date: '20260101', service: 'events' });
  });

  it.each([
    ['an unsigned request', {}],
    ['a malformed scope', { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/lambda' }],
    ['an empty service', { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1//aws4_request' }],
  ])('finds no scope in %s', (_case, headers: Record<string, string>) => {
    // Act
    const scope = credentialScope(request({ headers }));
    // Assess
    expect(scope).toBeUndefined();
  });
});
