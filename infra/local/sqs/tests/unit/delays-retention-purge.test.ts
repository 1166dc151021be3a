import { manualRegistry } from './support/sqs-harness';

describe('delays, retention, purge and the approximate counts', () => {
  it("delays every message by the queue's DelaySeconds", () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { DelaySeconds: '10' });
    queue.send({ body: 'later' });
    // Act
    const early = queue.receive();
    const countsWhileDelayed = queue.counts();
    clock.advance(10);
    const onTime = queue.receive();
    // Assess
    expect(early).toEqual([]);
    expect(countsWhileDelayed).toEqual({ visible: 0, inFlight: 0, delayed: 1 });
    expect(onTime.map((message) => message.body)).toEqual(['later']);
  });

  it("lets a message's own DelaySeconds override the queue's, including 0", () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { DelaySeconds: '60' });
    queue.send({ body: 'now', delaySeconds: 0 });
    queue.send({ body: 'soon', delaySeconds: 5 });
    // Act
    const first = queue.receive({ maxNumberOfMessages: 10 });
    clock.advance(5);
    const second = queue.receive({ maxNumberOfMessages: 10 });
    // Assess
    expect(first.map((message) => message.body)).toEqual(['now']);
    expect(second.map((message) => message.body)).toEqual(['soon']);
  });

  it('refuses a delay above 15 minutes', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('jobs', {});
    // Act
    const act = (): unknown => queue.send({ body: 'x', delaySeconds: 901 });
    // Assess
    expect(act).toThrow(
      'Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.',
    );
  });

  it('drops messages older than the retention period, in flight or not', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { MessageRetentionPeriod: '60', VisibilityTimeout: '600' });
    queue.send({ body: 'in flight' });
    queue.receive();
    clock.advance(30);
    queue.send({ body: 'younger' });
    // Act
    clock.advance(30);
    const counts = queue.counts();
    // Assess
    expect(counts).toEqual({ visible: 1, inFlight: 0, delayed: 0 });
  });

  it('counts visible, in-flight and delayed messages apart', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('jobs', {});
    queue.send({ body: 'a' });
    queue.send({ body: 'b' });
    queue.send({ body: 'c', delaySeconds: 30 });
    // Act
    queue.receive();
    // Assess
    expect(queue.counts()).toEqual({ visible: 1, inFlight: 1, delayed: 1 });
  });

  it('purges every message, in flight too, and allows one purge a minute', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', {});
    queue.send({ body: 'a' });
    queue.send({ body: 'b' });
    queue.receive();
    // Act
    queue.purge();
    const afterPurge = queue.counts();
    const tooSoon = (): void => {
      queue.purge();
    };
    // Assess
    expect(afterPurge).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    expect(tooSoon).toThrow(
      expect.objectContaining({ code: 'AWS.SimpleQueueService.PurgeQueueInProgress', status: 403 }) as Error,
    );
    clock.advance(60);
    expect(tooSoon).not.toThrow();
  });
});

describe('message contents', () => {
  it.each([
    [{ body: '' }, 'MissingParameter', 'The request must contain the parameter MessageBody.'],
    [{ body: 'bell \u0007' }, 'InvalidMessageContents', /Invalid binary character '#x7'/],
    [{ body: 'x'.repeat(1025) }, 'InvalidParameterValue', 'Message must be shorter than 1024 bytes.'],
    [
      { body: 'x', messageAttributes: { 'AWS.reserved': { dataType: 'String', stringValue: 'v' } } },
      'InvalidParameterValue',
      /reserved prefixes/,
    ],
    [
      { body: 'x', messageAttributes: { n: { dataType: 'Number', stringValue: 'ten' } } },
      'InvalidParameterValue',
      /to a number/,
    ],
    [
      { body: 'x', messageAttributes: { s: { dataType: 'Text', stringValue: 'v' } } },
      'InvalidParameterValue',
      /type prefixes/,
    ],
    [
      { body: 'x', messageAttributes: { s: { dataType: 'String', stringValue: '' } } },
      'InvalidParameterValue',
      /non-empty/,
    ],
  ])('refuses %j with %s', (input, code, message) => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('small', { MaximumMessageSize: '1024' });
    // Act
    const act = (): unknown => queue.send(input);
    // Assess
    expect(act).toThrow(expect.objectContaining({ code }) as Error);
    expect(act).toThrow(message);
  });

  it('counts attribute names, types and values toward the maximum size', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('small', { MaximumMessageSize: '1024' });
    const attributes = { name: { dataType: 'String', stringValue: 'v'.repeat(1000) } };
    // Act
    const act = (): unknown => queue.send({ body: 'x'.repeat(20), messageAttributes: attributes });
    // Assess
    expect(act).toThrow('Message must be shorter than 1024 bytes.');
  });

  it('refuses more than 10 message attributes', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('jobs', {});
    const attributes = Object.fromEntries(
      Array.from({ length: 11 }, (_, index) => [`a${String(index)}`, { dataType: 'String', stringValue: 'v' }]),
    );
    // Act
    const act = (): unknown => queue.send({ body: 'x', messageAttributes: attributes });
    // Assess
    expect(act).toThrow('Number of message attributes [11] exceeds the allowed maximum [10].');
  });
});
