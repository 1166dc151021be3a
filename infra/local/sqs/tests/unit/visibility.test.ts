import { manualRegistry } from './support/sqs-harness';

describe('a standard queue and the visibility timeout', () => {
  it('hides a received message for the visibility timeout, then delivers it again with a higher receive count', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { VisibilityTimeout: '30' });
    queue.send({ body: 'job-1' });
    const [first] = queue.receive();
    // Act
    clock.advance(29);
    const whileInvisible = queue.receive();
    clock.advance(1);
    const [again] = queue.receive();
    // Assess
    expect(whileInvisible).toEqual([]);
    expect(first?.attributes.ApproximateReceiveCount).toBe('1');
    expect(again).toMatchObject({
      messageId: first?.messageId,
      body: 'job-1',
      attributes: { ApproximateReceiveCount: '2' },
    });
    expect(again?.receiptHandle).not.toBe(first?.receiptHandle);
  });

  it('keeps the first receive time and the send time across receives', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { VisibilityTimeout: '10' });
    const sentAt = clock.now();
    queue.send({ body: 'job-1' });
    clock.advance(2);
    const firstReceiveAt = clock.now();
    queue.receive();
    // Act
    clock.advance(10);
    const [again] = queue.receive();
    // Assess
    expect(again?.attributes).toMatchObject({
      SentTimestamp: String(sentAt),
      ApproximateFirstReceiveTimestamp: String(firstReceiveAt),
      SenderId: '000000000000',
    });
  });

  it("lets a receive set its own visibility timeout instead of the queue's", () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { VisibilityTimeout: '30' });
    queue.send({ body: 'job-1' });
    queue.receive({ visibilityTimeout: 5 });
    // Act
    clock.advance(5);
    const again = queue.receive();
    // Assess
    expect(again).toHaveLength(1);
  });

  it('returns at most MaxNumberOfMessages, oldest first, and refuses more than 10', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('jobs', {});
    for (let index = 1; index <= 12; index += 1) queue.send({ body: `job-${String(index)}` });
    // Act
    const taken = queue.receive({ maxNumberOfMessages: 10 });
    const tooMany = (): unknown => queue.receive({ maxNumberOfMessages: 11 });
    // Assess
    expect(taken.map((message) => message.body)).toEqual(
      Array.from({ length: 10 }, (_, index) => `job-${String(index + 1)}`),
    );
    expect(tooMany).toThrow(expect.objectContaining({ code: 'InvalidParameterValue' }) as Error);
  });

  it('deletes a message by its receipt handle so it is never delivered again', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { VisibilityTimeout: '1' });
    queue.send({ body: 'job-1' });
    const [received] = queue.receive();
    // Act
    queue.delete(received?.receiptHandle ?? '');
    clock.advance(5);
    // Assess
    expect(queue.receive()).toEqual([]);
    expect(queue.counts()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('deletes with an older receipt handle too, and accepts a delete of a message already gone', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    const queue = queues.create('jobs', { VisibilityTimeout: '1' });
    queue.send({ body: 'job-1' });
    const [first] = queue.receive();
    clock.advance(1);
    queue.receive();
    // Act
    queue.delete(first?.receiptHandle ?? '');
    const again = (): void => {
      queue.delete(first?.receiptHandle ?? '');
    };
    // Assess
    expect(again).not.toThrow();
    expect(queue.counts()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  describe('ChangeMessageVisibility', () => {
    it('makes an in-flight message visible at once with 0', () => {
      // Prepare
      const { queues } = manualRegistry();
      const queue = queues.create('jobs', { VisibilityTimeout: '30' });
      queue.send({ body: 'job-1' });
      const [received] = queue.receive();
      // Act
      queue.changeVisibility(received?.receiptHandle ?? '', 0);
      // Assess
      expect(queue.receive().map((message) => message.body)).toEqual(['job-1']);
    });

    it('counts the new timeout from the change, not from the receive', () => {
      // Prepare
      const { queues, clock } = manualRegistry();
      const queue = queues.create('jobs', { VisibilityTimeout: '30' });
      queue.send({ body: 'job-1' });
      const [received] = queue.receive();
      clock.advance(15);
      // Act
      queue.changeVisibility(received?.receiptHandle ?? '', 10);
      clock.advance(9);
      const before = queue.receive();
      clock.advance(1);
      const after = queue.receive();
      // Assess
      expect(before).toEqual([]);
      expect(after).toHaveLength(1);
    });

    it('refuses a message that is not in flight with MessageNotInflight', () => {
      // Prepare
      const { queues, clock } = manualRegistry();
      const queue = queues.create('jobs', { VisibilityTimeout: '1' });
      queue.send({ body: 'job-1' });
      const [received] = queue.receive();
      clock.advance(1);
      // Act
      const act = (): void => {
        queue.changeVisibility(received?.receiptHandle ?? '', 10);
      };
      // Assess
      expect(act).toThrow(expect.objectContaining({ code: 'AWS.SimpleQueueService.MessageNotInflight' }) as Error);
    });

    it('refuses a total visibility beyond 12 hours from the receive', () => {
      // Prepare
      const { queues, clock } = manualRegistry();
      const queue = queues.create('jobs', { VisibilityTimeout: '43200' });
      queue.send({ body: 'job-1' });
      const [received] = queue.receive();
      clock.advance(60);
      // Act
      const act = (): void => {
        queue.changeVisibility(received?.receiptHandle ?? '', 43_200);
      };
      // Assess
      expect(act).toThrow(/Total VisibilityTimeout for the message is beyond the limit \[43200 seconds\]/);
    });

    it('names a deleted message as not available for a visibility change', () => {
      // Prepare
      const { queues } = manualRegistry();
      const queue = queues.create('jobs', {});
      queue.send({ body: 'job-1' });
      const [received] = queue.receive();
      queue.delete(received?.receiptHandle ?? '');
      // Act
      const act = (): void => {
        queue.changeVisibility(received?.receiptHandle ?? '', 10);
      };
      // Assess
      expect(act).toThrow(/Message does not exist or is not available for visibility timeout change/);
    });
  });

  describe('receipt handles', () => {
    it.each([['not base64!'], [''], [Buffer.from('["a","b"]').toString('base64')]])(
      'refuses %j as ReceiptHandleIsInvalid',
      (handle) => {
        // Prepare
        const { queues } = manualRegistry();
        const queue = queues.create('jobs', {});
        // Act
        const act = (): void => {
          queue.delete(handle);
        };
        // Assess
        expect(act).toThrow(expect.objectContaining({ code: 'ReceiptHandleIsInvalid', status: 404 }) as Error);
      },
    );

    it("refuses another queue's receipt handle", () => {
      // Prepare
      const { queues } = manualRegistry();
      const jobs = queues.create('jobs', {});
      const other = queues.create('other', {});
      other.send({ body: 'x' });
      const [received] = other.receive();
      // Act
      const act = (): void => {
        jobs.delete(received?.receiptHandle ?? '');
      };
      // Assess
      expect(act).toThrow(/is not a valid receipt handle/);
    });
  });
});
