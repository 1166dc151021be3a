import { SqsSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import {
  eventually,
  failed,
  FakeFunction,
  mappingTemplate,
  sleep,
  startMapping,
  succeeded,
  throttled,
  type MappingHarness,
} from './support/event-source-harness';

describe('the SQS → Lambda event source mapping', () => {
  let harness: MappingHarness | undefined;

  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it("invokes the function with Lambda's SQS event and deletes the batch when it succeeds", async () => {
    // Prepare
    const fn = new FakeFunction(() => succeeded());
    harness = startMapping(fn);
    // Act
    harness.orders.send({
      body: '{"orderId":"o-1"}',
      messageAttributes: { kind: { dataType: 'String', stringValue: 'order' } },
    });
    await eventually(() => fn.events.length === 1);
    // Assess
    const event = SqsSchema.parse(fn.events[0]);
    expect(event.Records[0]).toMatchObject({
      body: '{"orderId":"o-1"}',
      attributes: { ApproximateReceiveCount: '1', SenderId: '000000000000' },
      messageAttributes: {
        kind: { stringValue: 'order', stringListValues: [], binaryListValues: [], dataType: 'String' },
      },
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:orders',
      awsRegion: 'us-east-1',
    });
    await eventually(() => harness?.orders.counts().inFlight === 0);
    expect(harness.orders.counts()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('with ReportBatchItemFailures, deletes the others and redelivers only the failed message', async () => {
    // Prepare
    const fn = new FakeFunction((event, call) =>
      call === 1
        ? succeeded({
            batchItemFailures: [{ itemIdentifier: event.Records.find((record) => record.body === 'bad')?.messageId }],
          })
        : succeeded({ batchItemFailures: [] }),
    );
    harness = startMapping(fn, mappingTemplate({ FunctionResponseTypes: ['ReportBatchItemFailures'] }));
    harness.orders.send({ body: 'good-1' });
    harness.orders.send({ body: 'bad' });
    harness.orders.send({ body: 'good-2' });
    // Act
    await eventually(() => fn.events.length === 2);
    // Assess
    expect(fn.bodies()).toEqual([['good-1', 'bad', 'good-2'], ['bad']]);
    expect(fn.events[1]?.Records[0]?.attributes.ApproximateReceiveCount).toBe('2');
  });

  it('leaves the whole batch after a function error, retrying until maxReceiveCount moves it to the DLQ', async () => {
    // Prepare
    const fn = new FakeFunction(() => failed());
    harness = startMapping(fn);
    // Act
    harness.orders.send({ body: 'poison' });
    await eventually(() => harness?.dlq.counts().visible === 1);
    // Assess
    expect(fn.events.map((event) => event.Records[0]?.attributes.ApproximateReceiveCount)).toEqual(['1', '2', '3']);
    expect(harness.dlq.receive()[0]).toMatchObject({
      body: 'poison',
      attributes: { DeadLetterQueueSourceArn: harness.orders.identity.arn },
    });
    expect(harness.logger.at('warn')[0]?.fields).toMatchObject({
      reason: 'the function returned an error',
      messages: 1,
    });
  });

  it('treats a partial response naming a message not in the batch as a failure of the whole batch', async () => {
    // Prepare
    const fn = new FakeFunction((_event, call) =>
      call === 1 ? succeeded({ batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] }) : succeeded(),
    );
    harness = startMapping(fn, mappingTemplate({ FunctionResponseTypes: ['ReportBatchItemFailures'] }));
    harness.orders.send({ body: 'a' });
    harness.orders.send({ body: 'b' });
    // Act
    await eventually(() => fn.events.length === 2);
    // Assess
    expect(fn.bodies()).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('ignores batchItemFailures unless the mapping reports batch item failures', async () => {
    // Prepare
    const fn = new FakeFunction((event) =>
      succeeded({ batchItemFailures: [{ itemIdentifier: event.Records[0]?.messageId }] }),
    );
    harness = startMapping(fn);
    harness.orders.send({ body: 'a' });
    // Act
    await eventually(() => fn.events.length === 1);
    await eventually(() => harness?.orders.counts().inFlight === 0);
    await sleep(80);
    // Assess
    expect(fn.events).toHaveLength(1);
    expect(harness.orders.counts().visible).toBe(0);
  });

  it('leaves a throttled batch to come back after the visibility timeout', async () => {
    // Prepare
    const fn = new FakeFunction((_event, call) => (call === 1 ? throttled() : succeeded()));
    harness = startMapping(fn);
    // Act
    harness.orders.send({ body: 'busy' });
    await eventually(() => fn.events.length === 2);
    // Assess
    expect(fn.events[1]?.Records[0]?.attributes.ApproximateReceiveCount).toBe('2');
  });

  it('gathers messages for up to the batching window before invoking', async () => {
    // Prepare
    const fn = new FakeFunction(() => succeeded());
    const template = mappingTemplate({ BatchSize: 20, MaximumBatchingWindowInSeconds: 10 }, { VisibilityTimeout: 60 });
    harness = startMapping(fn, template, { functionConcurrency: 1 });
    // Act
    harness.orders.send({ body: 'first' });
    await sleep(30);
    for (let index = 0; index < 12; index += 1) harness.orders.send({ body: `more-${String(index)}` });
    await eventually(() => fn.events.length === 1);
    // Assess
    expect(fn.bodies()[0]).toEqual(['first', ...Array.from({ length: 12 }, (_, index) => `more-${String(index)}`)]);
  });

  it('invokes at once with what one receive returns when there is no batching window', async () => {
    // Prepare
    const fn = new FakeFunction(() => succeeded());
    harness = startMapping(fn, mappingTemplate({ BatchSize: 10, ScalingConfig: { MaximumConcurrency: 2 } }));
    // Act
    harness.orders.send({ body: 'first' });
    await eventually(() => fn.events.length === 1);
    harness.orders.send({ body: 'second' });
    await eventually(() => fn.events.length === 2);
    // Assess
    expect(fn.bodies()).toEqual([['first'], ['second']]);
  });

  it('deletes messages the filter rejects without invoking the function for them', async () => {
    // Prepare
    const fn = new FakeFunction(() => succeeded());
    harness = startMapping(fn, mappingTemplate(), { filter: (record) => record.body.includes('"type":"paid"') });
    // Act
    harness.orders.send({ body: '{"type":"draft"}' });
    harness.orders.send({ body: '{"type":"paid"}' });
    await eventually(() => fn.events.length >= 1);
    await eventually(() => harness?.orders.counts().inFlight === 0 && harness.orders.counts().visible === 0);
    // Assess
    expect(fn.bodies().flat()).toEqual(['{"type":"paid"}']);
  });

  it("runs no more batches at once than ScalingConfig.MaximumConcurrency and the function's concurrency allow", async () => {
    // Prepare
    const fn = new FakeFunction(async () => {
      await sleep(20);
      return succeeded();
    });
    harness = startMapping(fn, mappingTemplate({ BatchSize: 1, ScalingConfig: { MaximumConcurrency: 3 } }), {
      functionConcurrency: 2,
    });
    // Act
    for (let index = 0; index < 8; index += 1) harness.orders.send({ body: `m${String(index)}` });
    await eventually(() => fn.events.length === 8);
    // Assess
    expect(fn.mostRunning).toBe(2);
  });

  it('keeps FIFO order within a group across invocations', async () => {
    // Prepare
    const fn = new FakeFunction(async () => {
      await sleep(5);
      return succeeded();
    });
    const template = {
      Resources: {
        Orders: {
          Type: 'AWS::SQS::Queue',
          Properties: { QueueName: 'orders.fifo', FifoQueue: true, ContentBasedDeduplication: true },
        },
        OrdersDlq: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders-dlq' } },
        Mapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            FunctionName: 'process-orders',
            EventSourceArn: { 'Fn::GetAtt': ['Orders', 'Arn'] },
            BatchSize: 2,
          },
        },
      },
    };
    harness = startMapping(fn, template);
    // Act
    for (let index = 1; index <= 6; index += 1) harness.orders.send({ body: `a${String(index)}`, messageGroupId: 'a' });
    await eventually(() => fn.events.flatMap((event) => event.Records).length === 6);
    // Assess
    expect(fn.bodies().flat()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(fn.mostRunning).toBe(1);
  });

  it('stops polling promptly, and a disabled mapping never polls', async () => {
    // Prepare
    const fn = new FakeFunction(() => succeeded());
    harness = startMapping(fn);
    const disabledFn = new FakeFunction(() => succeeded());
    const disabled = startMapping(disabledFn, mappingTemplate({ Enabled: false }));
    const started = Date.now();
    // Act
    await harness.source.stop();
    harness.orders.send({ body: 'after stop' });
    disabled.orders.send({ body: 'never' });
    await sleep(50);
    // Assess
    expect(Date.now() - started).toBeLessThan(100);
    expect(fn.events).toEqual([]);
    expect(disabledFn.events).toEqual([]);
    await disabled.close();
  });
});
