import { manualRegistry } from './support/sqs-harness';

function queuesWithDeadLetter(maxReceiveCount: number, fifo = false) {
  const { queues, clock } = manualRegistry();
  const suffix = fifo ? '.fifo' : '';
  const fifoAttributes: Record<string, string> = fifo ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' } : {};
  const dlq = queues.create(`jobs-dlq${suffix}`, { ...fifoAttributes });
  const source = queues.create(`jobs${suffix}`, {
    ...fifoAttributes,
    VisibilityTimeout: '10',
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.identity.arn, maxReceiveCount }),
  });
  return { queues, clock, dlq, source };
}

describe('redrive to a dead-letter queue', () => {
  it('delivers a message maxReceiveCount times, then moves it on the receive that would exceed it', () => {
    // Prepare
    const { clock, dlq, source } = queuesWithDeadLetter(3);
    source.send({ body: 'poison' });
    const counts: string[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      counts.push(source.receive()[0]?.attributes.ApproximateReceiveCount ?? 'none');
      clock.advance(10);
    }
    // Act
    const fourth = source.receive();
    // Assess
    expect(counts).toEqual(['1', '2', '3']);
    expect(fourth).toEqual([]);
    expect(source.counts()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    expect(dlq.counts()).toEqual({ visible: 1, inFlight: 0, delayed: 0 });
  });

  it('keeps the message id, body, attributes and send time, and names the source queue', () => {
    // Prepare
    const { clock, dlq, source } = queuesWithDeadLetter(1);
    const sentAt = clock.now();
    const { messageId } = source.send({
      body: '{"orderId":"o-1"}',
      messageAttributes: { kind: { dataType: 'String', stringValue: 'order' } },
    });
    source.receive();
    clock.advance(10);
    source.receive();
    // Act
    const [dead] = dlq.receive();
    // Assess
    expect(dead).toMatchObject({
      messageId,
      body: '{"orderId":"o-1"}',
      messageAttributes: { kind: { dataType: 'String', stringValue: 'order' } },
      attributes: {
        SentTimestamp: String(sentAt),
        DeadLetterQueueSourceArn: source.identity.arn,
        ApproximateReceiveCount: '2',
      },
    });
  });

  it('lets a message that is deleted in time stay out of the dead-letter queue', () => {
    // Prepare
    const { clock, dlq, source } = queuesWithDeadLetter(2);
    source.send({ body: 'slow but fine' });
    source.receive();
    clock.advance(10);
    const [second] = source.receive();
    // Act
    source.delete(second?.receiptHandle ?? '');
    clock.advance(10);
    // Assess
    expect(source.receive()).toEqual([]);
    expect(dlq.counts().visible).toBe(0);
  });

  it('counts retention in a standard dead-letter queue from the original send', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const dlq = queues.create('jobs-dlq', { MessageRetentionPeriod: '120' });
    const source = queues.create('jobs', {
      VisibilityTimeout: '60',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.identity.arn, maxReceiveCount: 1 }),
    });
    source.send({ body: 'old' });
    source.receive();
    clock.advance(60);
    source.receive();
    // Act
    clock.advance(60);
    // Assess
    expect(dlq.counts().visible).toBe(0);
  });

  it('restarts retention in a FIFO dead-letter queue at the move', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const dlq = queues.create('jobs-dlq.fifo', { FifoQueue: 'true', MessageRetentionPeriod: '120' });
    const source = queues.create('jobs.fifo', {
      FifoQueue: 'true',
      VisibilityTimeout: '60',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.identity.arn, maxReceiveCount: 1 }),
    });
    source.send({ body: 'old', messageGroupId: 'g', messageDeduplicationId: 'd' });
    source.receive();
    clock.advance(60);
    source.receive();
    // Act
    clock.advance(60);
    // Assess
    expect(dlq.counts().visible).toBe(1);
  });

  it('moves the head of a FIFO group and delivers the next message of the group in the same receive', () => {
    // Prepare
    const { clock, dlq, source } = queuesWithDeadLetter(1, true);
    source.send({ body: 'first', messageGroupId: 'order-1' });
    source.send({ body: 'second', messageGroupId: 'order-1' });
    source.receive();
    clock.advance(10);
    // Act
    const received = source.receive();
    // Assess
    expect(received.map((message) => message.body)).toEqual(['second']);
    expect(dlq.receive()[0]?.body).toBe('first');
  });

  it('lists the queues that use a queue as their dead-letter queue', () => {
    // Prepare
    const { queues, dlq, source } = queuesWithDeadLetter(5);
    queues.create('unrelated', {});
    // Act
    const sources = queues.deadLetterSourcesOf(dlq);
    // Assess
    expect(sources).toEqual([source]);
  });

  describe('the policy', () => {
    it.each([
      [{ maxReceiveCount: 3 }, /mandatory attribute: deadLetterTargetArn/],
      [{ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:jobs-dlq' }, /mandatory attribute: maxReceiveCount/],
      [
        { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:jobs-dlq', maxReceiveCount: 0 },
        /valid values are from 1 to 1000/,
      ],
      [
        { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:missing', maxReceiveCount: 3 },
        /Dead letter target does not exist/,
      ],
    ])('refuses %j', (policy, reason) => {
      // Prepare
      const { queues } = manualRegistry();
      queues.create('jobs-dlq', {});
      // Act
      const act = (): unknown => queues.create('jobs', { RedrivePolicy: JSON.stringify(policy) });
      // Assess
      expect(act).toThrow(reason);
    });

    it('refuses a dead-letter queue of the other queue type', () => {
      // Prepare
      const { queues } = manualRegistry();
      const fifo = queues.create('dlq.fifo', { FifoQueue: 'true' });
      // Act
      const act = (): unknown =>
        queues.create('jobs', {
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: fifo.identity.arn, maxReceiveCount: 2 }),
        });
      // Assess
      expect(act).toThrow(/Dead-letter queue must be same type of queue as the source/);
    });

    it('takes maxReceiveCount as a string too, and is removed with an empty string', () => {
      // Prepare
      const { queues } = manualRegistry();
      const dlq = queues.create('jobs-dlq', {});
      const source = queues.create('jobs', {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.identity.arn, maxReceiveCount: '4' }),
      });
      const before = source.config.redrivePolicy;
      // Act
      queues.setAttributes(source, { RedrivePolicy: '' });
      // Assess
      expect(before).toEqual({ deadLetterTargetArn: dlq.identity.arn, maxReceiveCount: 4 });
      expect(source.config.redrivePolicy).toBeUndefined();
    });
  });
});
