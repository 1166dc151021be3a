import { settleBatch } from '../..';
import type { InvokeOutcome } from '../../../lambda';
import { failed, succeeded, throttled } from './support/event-source-harness';

const completed = (payload: string): InvokeOutcome => ({
  kind: 'completed',
  requestId: 'request',
  payload,
  logTail: '',
});

const IDS = ['m-1', 'm-2', 'm-3'];

describe("Lambda's verdict on an SQS batch", () => {
  it('deletes the whole batch on success when batch item failures are not reported', () => {
    // Act
    const settlement = settleBatch(IDS, succeeded({ batchItemFailures: [{ itemIdentifier: 'm-1' }] }), false);
    // Assess
    expect(settlement).toEqual({ deleteMessageIds: IDS });
  });

  it.each([
    ['a function error', failed()],
    ['a throttle', throttled()],
  ])('keeps the whole batch after %s', (_case, outcome) => {
    // Act
    const settlement = settleBatch(IDS, outcome, true);
    // Assess
    expect(settlement.deleteMessageIds).toEqual([]);
  });

  it.each([
    ['null', 'null'],
    ['an empty response', ''],
    ['an empty object', '{}'],
    ['a null list', '{"batchItemFailures":null}'],
    ['an empty list', '{"batchItemFailures":[]}'],
  ])('treats %s as a complete success', (_case, payload) => {
    // Act
    const settlement = settleBatch(IDS, completed(payload), true);
    // Assess
    expect(settlement).toEqual({ deleteMessageIds: IDS });
  });

  it.each([
    ['invalid JSON', '{"batchItemFailures":'],
    ['an empty itemIdentifier', '{"batchItemFailures":[{"itemIdentifier":""}]}'],
    ['a null itemIdentifier', '{"batchItemFailures":[{"itemIdentifier":null}]}'],
    ['a misspelt key', '{"batchItemFailures":[{"itemId":"m-1"}]}'],
    ['a message id not in the batch', '{"batchItemFailures":[{"itemIdentifier":"m-9"}]}'],
  ])('treats %s as a complete failure', (_case, payload) => {
    // Act
    const settlement = settleBatch(IDS, completed(payload), true);
    // Assess
    expect(settlement.deleteMessageIds).toEqual([]);
    expect(settlement.failure).toEqual(expect.any(String));
  });

  it('deletes all but the messages the response names', () => {
    // Act
    const settlement = settleBatch(IDS, succeeded({ batchItemFailures: [{ itemIdentifier: 'm-2' }] }), true);
    // Assess
    expect(settlement.deleteMessageIds).toEqual(['m-1', 'm-3']);
  });
});
