import { captured, manualRegistry } from './support/sqs-harness';

describe('queue attributes', () => {
  it("applies AWS's defaults to a queue created without attributes", () => {
    // Prepare
    const { queues } = manualRegistry();
    // Act
    const queue = queues.create('jobs', {});
    // Assess
    expect(queue.config).toMatchObject({
      fifo: false,
      delaySeconds: 0,
      maximumMessageSize: 1_048_576,
      messageRetentionPeriod: 345_600,
      receiveMessageWaitTimeSeconds: 0,
      visibilityTimeout: 30,
      redrivePolicy: undefined,
    });
  });

  it.each([
    ['VisibilityTimeout', '43201'],
    ['DelaySeconds', '-1'],
    ['MaximumMessageSize', '1023'],
    ['MessageRetentionPeriod', '59'],
    ['ReceiveMessageWaitTimeSeconds', '21'],
    ['VisibilityTimeout', 'thirty'],
  ])('refuses %s=%s with InvalidAttributeValue', (name, value) => {
    // Prepare
    const { queues } = manualRegistry();
    // Act
    const act = (): unknown => queues.create('jobs', { [name]: value });
    // Assess
    expect(act).toThrow(
      expect.objectContaining({
        code: 'InvalidAttributeValue',
        message: `Invalid value for the parameter ${name}.`,
      }) as Error,
    );
  });

  it('refuses an unknown attribute, and a FIFO setting on a standard queue, with InvalidAttributeName', () => {
    // Prepare
    const { queues } = manualRegistry();
    // Act
    const unknown = (): unknown => queues.create('jobs', { VisibilityTimeoutSeconds: '30' });
    const fifoOnly = (): unknown => queues.create('jobs', { ContentBasedDeduplication: 'true' });
    // Assess
    expect(unknown).toThrow('Unknown Attribute VisibilityTimeoutSeconds.');
    expect(fifoOnly).toThrow('Unknown Attribute ContentBasedDeduplication.');
  });

  it.each([
    ['jobs.fifo', {}],
    ['jobs', { FifoQueue: 'true' }],
    ['has space', {}],
    ['x'.repeat(81), {}],
  ])('refuses the queue name %j with %j', (name, attributes) => {
    // Prepare
    const { queues } = manualRegistry();
    // Act
    const act = (): unknown => queues.create(name, attributes);
    // Assess
    expect(act).toThrow(expect.objectContaining({ code: 'InvalidParameterValue' }) as Error);
  });

  it('returns the existing queue for a create with the same attributes, and refuses different ones', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('jobs', { VisibilityTimeout: '60' });
    // Act
    const same = queues.create('jobs', { VisibilityTimeout: '60' });
    const different = (): unknown => queues.create('jobs', { VisibilityTimeout: '61' });
    // Assess
    expect(same).toBe(queue);
    expect(different).toThrow(
      expect.objectContaining({
        code: 'QueueAlreadyExists',
        message: 'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
      }) as Error,
    );
  });

  it('refuses to recreate a queue within 60 seconds of deleting it', () => {
    // Prepare
    const { queues, clock } = manualRegistry();
    queues.delete(queues.create('jobs', {}));
    // Act
    const tooSoon = captured(() => queues.create('jobs', {}));
    clock.advance(60);
    const later = queues.create('jobs', {});
    // Assess
    expect(tooSoon).toMatchObject({ code: 'AWS.SimpleQueueService.QueueDeletedRecently' });
    expect(later.identity.name).toBe('jobs');
  });

  it('changes settable attributes but never the queue type', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('jobs', {});
    // Act
    queues.setAttributes(queue, { VisibilityTimeout: '5', Policy: '{"Version":"2012-10-17"}' });
    const typeChange = (): void => {
      queues.setAttributes(queue, { FifoQueue: 'true' });
    };
    // Assess
    expect(queue.config.visibilityTimeout).toBe(5);
    expect(queue.config.inert.Policy).toBe('{"Version":"2012-10-17"}');
    expect(typeChange).toThrow(expect.objectContaining({ code: 'InvalidAttributeValue' }) as Error);
  });

  it('finds a queue by its URL on any host, or by the URL path alone, within the account', () => {
    // Prepare
    const { queues } = manualRegistry();
    const queue = queues.create('jobs', {});
    // Act
    const byPath = queues.byUrl('/000000000000/jobs');
    const byOtherHost = queues.byUrl('https://sqs.us-east-1.amazonaws.com/000000000000/jobs');
    const otherAccount = (): unknown => queues.byUrl('/111111111111/jobs');
    // Assess
    expect(byPath).toBe(queue);
    expect(byOtherHost).toBe(queue);
    expect(queue.identity).toMatchObject({
      url: 'http://127.0.0.1:4566/000000000000/jobs',
      arn: 'arn:aws:sqs:us-east-1:000000000000:jobs',
    });
    expect(otherAccount).toThrow(expect.objectContaining({ code: 'AWS.SimpleQueueService.NonExistentQueue' }) as Error);
  });
});
