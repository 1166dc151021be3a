import { manualRegistry } from './support/sqs-harness';

function fifoQueue(attributes: Record<string, string> = {}) {
  const { queues, clock } = manualRegistry();
  const queue = queues.create('orders.fifo', { FifoQueue: 'true', VisibilityTimeout: '30', ...attributes });
  return { queue, clock };
}

describe('a FIFO queue', () => {
  describe('ordering', () => {
    it('delivers a group in send order and nothing more of it while a batch of it is in flight', () => {
      // Prepare
      const { queue, clock } = fifoQueue();
      for (const body of ['a1', 'a2', 'a3']) queue.send({ body, messageGroupId: 'a', messageDeduplicationId: body });
      const [first] = queue.receive();
      // Act
      const whileInFlight = queue.receive({ maxNumberOfMessages: 10 });
      queue.delete(first?.receiptHandle ?? '');
      const afterDelete = queue.receive({ maxNumberOfMessages: 10 });
      clock.advance(30);
      // Assess
      expect(first?.body).toBe('a1');
      expect(whileInFlight).toEqual([]);
      expect(afterDelete.map((message) => message.body)).toEqual(['a2', 'a3']);
    });

    it('redelivers the same message first when its visibility expires, keeping the order', () => {
      // Prepare
      const { queue, clock } = fifoQueue();
      for (const body of ['a1', 'a2']) queue.send({ body, messageGroupId: 'a', messageDeduplicationId: body });
      queue.receive();
      // Act
      clock.advance(30);
      const again = queue.receive({ maxNumberOfMessages: 10 });
      // Assess
      expect(again.map((message) => [message.body, message.attributes.ApproximateReceiveCount])).toEqual([
        ['a1', '2'],
        ['a2', '1'],
      ]);
    });

    it('serves other groups while one is in flight, as many of one group as possible first', () => {
      // Prepare
      const { queue } = fifoQueue();
      queue.send({ body: 'a1', messageGroupId: 'a', messageDeduplicationId: 'a1' });
      queue.send({ body: 'b1', messageGroupId: 'b', messageDeduplicationId: 'b1' });
      queue.send({ body: 'a2', messageGroupId: 'a', messageDeduplicationId: 'a2' });
      queue.send({ body: 'c1', messageGroupId: 'c', messageDeduplicationId: 'c1' });
      queue.receive({ maxNumberOfMessages: 2 });
      // Act
      const next = queue.receive({ maxNumberOfMessages: 10 });
      // Assess
      expect(next.map((message) => message.body)).toEqual(['b1', 'c1']);
    });

    it('reports group, deduplication id and an increasing sequence number on each message', () => {
      // Prepare
      const { queue } = fifoQueue();
      const first = queue.send({ body: 'a1', messageGroupId: 'a', messageDeduplicationId: 'd1' });
      const second = queue.send({ body: 'a2', messageGroupId: 'a', messageDeduplicationId: 'd2' });
      // Act
      const received = queue.receive({ maxNumberOfMessages: 2 });
      // Assess
      expect(BigInt(second.sequenceNumber ?? '0')).toBeGreaterThan(BigInt(first.sequenceNumber ?? '0'));
      expect(received[0]?.attributes).toMatchObject({
        MessageGroupId: 'a',
        MessageDeduplicationId: 'd1',
        SequenceNumber: first.sequenceNumber,
      });
    });

    it('holds back a group behind a message still delayed by the queue', () => {
      // Prepare
      const { queue, clock } = fifoQueue({ DelaySeconds: '5' });
      queue.send({ body: 'a1', messageGroupId: 'a', messageDeduplicationId: 'a1' });
      // Act
      const early = queue.receive();
      clock.advance(5);
      const onTime = queue.receive();
      // Assess
      expect(early).toEqual([]);
      expect(onTime.map((message) => message.body)).toEqual(['a1']);
    });
  });

  describe('deduplication', () => {
    it('accepts a repeated MessageDeduplicationId within 5 minutes without delivering it, answering the first id', () => {
      // Prepare
      const { queue, clock } = fifoQueue();
      const first = queue.send({ body: 'charge', messageGroupId: 'a', messageDeduplicationId: 'pay-1' });
      clock.advance(299);
      // Act
      const repeat = queue.send({ body: 'charge again', messageGroupId: 'a', messageDeduplicationId: 'pay-1' });
      // Assess
      expect(repeat).toMatchObject({ messageId: first.messageId, sequenceNumber: first.sequenceNumber });
      expect(queue.counts().visible).toBe(1);
    });

    it('remembers the id after the message is deleted, and forgets it after the interval', () => {
      // Prepare
      const { queue, clock } = fifoQueue();
      queue.send({ body: 'charge', messageGroupId: 'a', messageDeduplicationId: 'pay-1' });
      const [received] = queue.receive();
      queue.delete(received?.receiptHandle ?? '');
      // Act
      queue.send({ body: 'charge', messageGroupId: 'a', messageDeduplicationId: 'pay-1' });
      const deduplicated = queue.counts().visible;
      clock.advance(300);
      queue.send({ body: 'charge', messageGroupId: 'a', messageDeduplicationId: 'pay-1' });
      // Assess
      expect(deduplicated).toBe(0);
      expect(queue.counts().visible).toBe(1);
    });

    it('derives the id from the body with ContentBasedDeduplication, ignoring the attributes', () => {
      // Prepare
      const { queue } = fifoQueue({ ContentBasedDeduplication: 'true' });
      queue.send({
        body: 'same',
        messageGroupId: 'a',
        messageAttributes: { n: { dataType: 'Number', stringValue: '1' } },
      });
      // Act
      queue.send({
        body: 'same',
        messageGroupId: 'a',
        messageAttributes: { n: { dataType: 'Number', stringValue: '2' } },
      });
      queue.send({ body: 'different', messageGroupId: 'a' });
      // Assess
      expect(queue.counts().visible).toBe(2);
      expect(queue.receive()[0]?.attributes.MessageDeduplicationId).toMatch(/^[0-9a-f]{64}$/);
    });

    it('deduplicates per group when DeduplicationScope is messageGroup', () => {
      // Prepare
      const { queue } = fifoQueue({ DeduplicationScope: 'messageGroup', FifoThroughputLimit: 'perMessageGroupId' });
      queue.send({ body: 'x', messageGroupId: 'a', messageDeduplicationId: 'same' });
      // Act
      queue.send({ body: 'x', messageGroupId: 'b', messageDeduplicationId: 'same' });
      queue.send({ body: 'x', messageGroupId: 'a', messageDeduplicationId: 'same' });
      // Assess
      expect(queue.counts().visible).toBe(2);
    });
  });

  describe('what it refuses', () => {
    it.each([
      [{ body: 'x', messageDeduplicationId: 'd' }, 'MissingParameter', /MessageGroupId/],
      [
        { body: 'x', messageGroupId: 'a' },
        'InvalidParameterValue',
        /ContentBasedDeduplication enabled or MessageDeduplicationId/,
      ],
      [
        { body: 'x', messageGroupId: 'a', messageDeduplicationId: 'd', delaySeconds: 5 },
        'InvalidParameterValue',
        /DelaySeconds/,
      ],
      [{ body: 'x', messageGroupId: 'a b', messageDeduplicationId: 'd' }, 'InvalidParameterValue', /MessageGroupId/],
    ])('refuses %j with %s', (input, code, message) => {
      // Prepare
      const { queue } = fifoQueue();
      // Act
      const act = (): unknown => queue.send(input);
      // Assess
      expect(act).toThrow(
        expect.objectContaining({ code, message: expect.stringMatching(message) as unknown }) as Error,
      );
    });

    it('refuses a delete after the visibility timeout expired', () => {
      // Prepare
      const { queue, clock } = fifoQueue();
      queue.send({ body: 'a1', messageGroupId: 'a', messageDeduplicationId: 'a1' });
      const [received] = queue.receive();
      clock.advance(30);
      // Act
      const act = (): void => {
        queue.delete(received?.receiptHandle ?? '');
      };
      // Assess
      expect(act).toThrow('The receipt handle has expired.');
    });

    it('refuses a deduplication id on a standard queue but takes a group id (fair queues)', () => {
      // Prepare
      const { queues } = manualRegistry();
      const standard = queues.create('jobs', {});
      // Act
      const withDeduplication = (): unknown => standard.send({ body: 'x', messageDeduplicationId: 'd' });
      const withGroup = standard.send({ body: 'x', messageGroupId: 'tenant-1' });
      // Assess
      expect(withDeduplication).toThrow(/The request include parameter that is not valid for this queue type/);
      expect(withGroup.sequenceNumber).toBeUndefined();
      expect(standard.receive()[0]?.attributes.MessageGroupId).toBe('tenant-1');
    });
  });
});
