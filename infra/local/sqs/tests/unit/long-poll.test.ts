import { QueueRegistry, receiveWaiting, sqsClock } from '../..';
import { counterIds, EDGE_URL } from './support/sqs-harness';

/** Real time, SQS seconds 100× shorter: a 20 s long poll lasts 200 ms. */
function scaledQueue(attributes: Record<string, string> = {}) {
  const clock = sqsClock({ timeScale: 0.01 });
  const queues = new QueueRegistry(
    { accountId: '000000000000', region: 'us-east-1', partition: 'aws', edgeUrl: EDGE_URL },
    clock,
    counterIds(),
  );
  return { queue: queues.create('jobs', attributes), queues, clock };
}

describe('long polling', () => {
  it('answers as soon as a message is sent, well before the wait time', async () => {
    // Prepare
    const { queue, clock } = scaledQueue();
    const started = Date.now();
    const polling = receiveWaiting(queue, { maxNumberOfMessages: 10 }, clock.ms(20));
    // Act
    setTimeout(() => queue.send({ body: 'arrived' }), 20);
    const received = await polling;
    // Assess
    expect(received.map((message) => message.body)).toEqual(['arrived']);
    expect(Date.now() - started).toBeLessThan(150);
  });

  it('answers with nothing once the wait time has passed', async () => {
    // Prepare
    const { queue, clock } = scaledQueue();
    const started = Date.now();
    // Act
    const received = await receiveWaiting(queue, {}, clock.ms(5));
    // Assess
    expect(received).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('answers when a delayed message becomes visible during the wait', async () => {
    // Prepare
    const { queue, clock } = scaledQueue();
    queue.send({ body: 'delayed', delaySeconds: 3 });
    // Act
    const received = await receiveWaiting(queue, {}, clock.ms(20));
    // Assess
    expect(received.map((message) => message.body)).toEqual(['delayed']);
  });

  it('answers when an in-flight message comes back after its visibility timeout', async () => {
    // Prepare
    const { queue, clock } = scaledQueue({ VisibilityTimeout: '2' });
    queue.send({ body: 'retry me' });
    queue.receive();
    // Act
    const received = await receiveWaiting(queue, {}, clock.ms(20));
    // Assess
    expect(received[0]?.attributes.ApproximateReceiveCount).toBe('2');
  });

  it('returns at once when aborted, and when the queue is deleted', async () => {
    // Prepare
    const { queue, queues, clock } = scaledQueue();
    const abort = new AbortController();
    const started = Date.now();
    const aborted = receiveWaiting(queue, {}, clock.ms(20), abort.signal);
    const other = receiveWaiting(queue, {}, clock.ms(20));
    // Act
    abort.abort();
    queues.delete(queue);
    // Assess
    expect(await aborted).toEqual([]);
    expect(await other).toEqual([]);
    expect(Date.now() - started).toBeLessThan(100);
  });
});
