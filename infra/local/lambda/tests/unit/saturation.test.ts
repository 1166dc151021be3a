import { fixtureFunction } from '../support/fixtures';
import { payloadOf, startTestLambda, type TestLambda } from '../support/test-lambda';

describe('a function without reserved concurrency, beyond the local concurrency cap', () => {
  let test: TestLambda;

  beforeAll(() => {
    test = startTestLambda([fixtureFunction('shared', 'slow'), fixtureFunction('reserved', 'slow', { reservedConcurrency: 1 })], {
      defaultConcurrency: 1,
      maxQueuedInvocations: 2,
    });
  });

  afterAll(async () => {
    await test.stop();
  });

  it('queues invocations for a slot instead of throttling them (AWS would draw on the account pool)', async () => {
    // Act
    const outcomes = await Promise.all([1, 2, 3].map(() => test.invoke('shared', { ms: 100 })));
    // Assess
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['completed', 'completed', 'completed']);
    expect(outcomes.every((outcome) => outcome.kind === 'completed' && outcome.functionError === undefined)).toBe(true);
    const last = outcomes[2];
    if (last === undefined) throw new Error('no third outcome');
    expect(payloadOf(last)).toMatchObject({ before: expect.any(Number) as unknown });
  });

  it('throttles once the queue is full', async () => {
    // Act: one runs, two wait, the fourth finds the queue full
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => test.invoke('shared', { ms: 100 })));
    // Assess
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['completed', 'completed', 'completed', 'throttled']);
  });

  it('still throttles a function at its reserved concurrency', async () => {
    // Act
    const outcomes = await Promise.all([1, 2].map(() => test.invoke('reserved', { ms: 100 })));
    // Assess
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['completed', 'throttled']);
  });
});
