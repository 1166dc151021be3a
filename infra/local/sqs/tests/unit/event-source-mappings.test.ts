import { sqsEventSourceMappings } from '../..';
import { mappingTemplate } from './support/event-source-harness';
import { stackOf } from './support/sqs-harness';

describe('SQS event source mappings from the template', () => {
  it("applies Lambda's defaults", () => {
    // Act
    const [mapping] = sqsEventSourceMappings([stackOf(mappingTemplate())]);
    // Assess
    expect(mapping).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      logicalId: 'Mapping',
      functionName: 'process-orders',
      eventSourceArn: 'arn:aws:sqs:us-east-1:000000000000:orders',
      enabled: true,
      batchSize: 10,
      maximumBatchingWindowSeconds: 0,
      reportBatchItemFailures: false,
      maximumConcurrency: undefined,
      filterCriteria: undefined,
    });
  });

  it('reads batching, response types, scaling and filter criteria', () => {
    // Prepare
    const filterCriteria = { Filters: [{ Pattern: '{"body":{"type":["paid"]}}' }] };
    const template = mappingTemplate({
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 2,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 4 },
      FilterCriteria: filterCriteria,
      Enabled: false,
    });
    // Act
    const [mapping] = sqsEventSourceMappings([stackOf(template)]);
    // Assess
    expect(mapping).toMatchObject({
      batchSize: 100,
      maximumBatchingWindowSeconds: 2,
      reportBatchItemFailures: true,
      maximumConcurrency: 4,
      filterCriteria,
      enabled: false,
    });
  });

  it.each([
    [{ BatchSize: 11 }, /BatchSize above 10 needs MaximumBatchingWindowInSeconds/],
    [{ BatchSize: 10_001, MaximumBatchingWindowInSeconds: 1 }, /BatchSize must be 1 to 10000/],
    [{ MaximumBatchingWindowInSeconds: 301 }, /MaximumBatchingWindowInSeconds must be 0 to 300/],
    [{ ScalingConfig: { MaximumConcurrency: 1 } }, /MaximumConcurrency must be 2 to 1000/],
    [{ StartingPosition: 'LATEST' }, /StartingPosition apply to stream sources only/],
  ])('refuses %j at start, naming the mapping', (properties, message) => {
    // Prepare
    const stack = stackOf(mappingTemplate(properties));
    // Act
    const act = (): unknown => sqsEventSourceMappings([stack]);
    // Assess
    expect(act).toThrow(message);
    expect(act).toThrow(/^Mapping \(AWS::Lambda::EventSourceMapping\)/);
  });

  it('leaves mappings of other sources (streams) to their own subsystems', () => {
    // Prepare
    const template = {
      Resources: {
        Stream: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            FunctionName: 'f',
            EventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/analytics',
            StartingPosition: 'LATEST',
          },
        },
      },
    };
    // Act
    const mappings = sqsEventSourceMappings([stackOf(template)]);
    // Assess
    expect(mappings).toEqual([]);
  });
});
