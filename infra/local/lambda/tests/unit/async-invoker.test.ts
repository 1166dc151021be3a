import { fixtureFunction } from '../support/fixtures';
import { startTestLambda, type TestLambda } from '../support/test-lambda';

const ON_FAILURE = 'arn:aws:sqs:us-east-1:000000000000:order-failures';
const DLQ = 'arn:aws:sqs:us-east-1:000000000000:order-dlq';
const ON_SUCCESS = 'arn:aws:events:us-east-1:000000000000:event-bus/order-results';

describe('asynchronous invocation', () => {
  let test: TestLambda;

  beforeEach(() => {
    // AWS waits 1 and 2 minutes between attempts; at this scale they are 60 and 120 ms.
    test = startTestLambda(
      [
        fixtureFunction('fails', 'throws', { asyncConfig: { onFailure: ON_FAILURE } }),
        fixtureFunction('fails-once', 'throws', { asyncConfig: { maximumRetryAttempts: 0, onFailure: ON_FAILURE } }),
        fixtureFunction('fails-to-dlq', 'throws', { deadLetterTargetArn: DLQ }),
        fixtureFunction('fails-to-both', 'throws', {
          deadLetterTargetArn: DLQ,
          asyncConfig: { onFailure: ON_FAILURE },
        }),
        fixtureFunction('succeeds', 'echo', { asyncConfig: { onFailure: ON_FAILURE } }),
        fixtureFunction('reports-success', 'echo', { asyncConfig: { onSuccess: ON_SUCCESS, onFailure: ON_FAILURE } }),
        fixtureFunction('never-runs', 'echo', {
          reservedConcurrency: 0,
          asyncConfig: { maximumEventAgeSeconds: 60, onFailure: ON_FAILURE },
        }),
      ],
      { asyncTimeScale: 0.001 },
    );
  });

  afterEach(async () => {
    await test.stop();
  });

  function enqueue(functionName: string, event: unknown): string {
    const lookup = test.lambda.functions.find(functionName);
    if (!lookup.found) throw new Error(`no function ${functionName}`);
    return test.lambda.events.enqueue(lookup.spec, JSON.stringify(event));
  }

  it('sends AWS’s success record, with the function’s response, to the on-success destination', async () => {
    // Act
    const requestId = enqueue('reports-success', { orderId: 'o-8' });
    await test.lambda.events.settled();
    // Assess
    expect(test.deliveries).toEqual([
      {
        kind: 'on-success',
        targetArn: ON_SUCCESS,
        record: {
          version: '1.0',
          timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
          requestContext: {
            requestId,
            functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:reports-success:$LATEST',
            condition: 'Success',
            approximateInvokeCount: 1,
          },
          requestPayload: { orderId: 'o-8' },
          responseContext: { statusCode: 200, executedVersion: '$LATEST' },
          responsePayload: expect.objectContaining({ event: { orderId: 'o-8' } }) as unknown,
        },
      },
    ]);
  });

  it('retries a failing event twice, then sends AWS’s failure record to the on-failure destination', async () => {
    // Act
    const requestId = enqueue('fails', { orderId: 'o-7' });
    await test.lambda.events.settled();
    // Assess
    expect(test.deliveries).toEqual([
      {
        kind: 'on-failure',
        targetArn: ON_FAILURE,
        record: {
          version: '1.0',
          timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
          requestContext: {
            requestId,
            functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:fails:$LATEST',
            condition: 'RetriesExhausted',
            approximateInvokeCount: 3,
          },
          requestPayload: { orderId: 'o-7' },
          responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
          responsePayload: { errorType: 'TypeError', errorMessage: 'boom', trace: expect.any(Array) as unknown },
        },
      },
    ]);
    expect(test.logOf('fails').split(`START RequestId: ${requestId} `)).toHaveLength(4);
  });

  it('attempts once when MaximumRetryAttempts is 0', async () => {
    // Act
    enqueue('fails-once', {});
    await test.lambda.events.settled();
    // Assess
    expect(test.deliveries).toMatchObject([{ record: { requestContext: { approximateInvokeCount: 1 } } }]);
  });

  it('sends only the event, with the error as attributes, to a dead-letter queue', async () => {
    // Act
    const requestId = enqueue('fails-to-dlq', { orderId: 'o-8' });
    await test.lambda.events.settled();
    // Assess
    expect(test.deliveries).toEqual([
      {
        kind: 'dead-letter',
        targetArn: DLQ,
        body: '{"orderId":"o-8"}',
        attributes: { RequestID: requestId, ErrorCode: '200', ErrorMessage: 'boom' },
      },
    ]);
  });

  it('delivers to both the destination and the dead-letter queue when a function has both', async () => {
    // Act
    enqueue('fails-to-both', {});
    await test.lambda.events.settled();
    // Assess
    expect(test.deliveries.map((delivery) => delivery.kind).sort()).toEqual(['dead-letter', 'on-failure']);
  });

  it('delivers nothing for an event the function handles', async () => {
    // Act
    enqueue('succeeds', {});
    await test.lambda.events.settled();
    // Assess
    expect(test.deliveries).toEqual([]);
  });

  it('keeps retrying a throttled event until it is older than MaximumEventAgeInSeconds', async () => {
    // Act
    enqueue('never-runs', { orderId: 'o-9' });
    await test.lambda.events.settled();
    // Assess
    expect(test.deliveries).toMatchObject([
      {
        kind: 'on-failure',
        record: {
          requestContext: { condition: 'EventAgeExceeded', approximateInvokeCount: 0 },
          requestPayload: { orderId: 'o-9' },
        },
      },
    ]);
  });
});
