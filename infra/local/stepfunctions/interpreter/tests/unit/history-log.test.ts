import type { HistoryEvent } from '../../history/history-event';
import { HistoryLog } from '../../history/history-log';

const STARTED: HistoryEvent = {
  id: 1,
  previousEventId: 0,
  timestamp: 1_700_000_000.5,
  type: 'ExecutionStarted',
  executionStartedEventDetails: { input: '{}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::000000000000:role/R' },
};

describe('the compact history of an execution', () => {
  it('gives state entered and exited events in AWS shape, with the same fields in the same order', () => {
    // Prepare
    const log = new HistoryLog([STARTED]);
    // Act
    log.addStateEntered(2, 1, 1_700_000_001_234, 'PassStateEntered', 'P', '{"a":1}');
    log.addStateExited(3, 2, 1_700_000_001_235, 'PassStateExited', 'P', '{"b":2}');
    log.addStateExited(4, 3, 1_700_000_001_236, 'TaskStateExited', 'T', '1', { x: '"y"' });
    // Assess
    const events = log.events();
    expect(events).toEqual([
      STARTED,
      {
        id: 2,
        previousEventId: 1,
        timestamp: 1_700_000_001.234,
        type: 'PassStateEntered',
        stateEnteredEventDetails: { name: 'P', input: '{"a":1}', inputDetails: { truncated: false } },
      },
      {
        id: 3,
        previousEventId: 2,
        timestamp: 1_700_000_001.235,
        type: 'PassStateExited',
        stateExitedEventDetails: { name: 'P', output: '{"b":2}', outputDetails: { truncated: false } },
      },
      {
        id: 4,
        previousEventId: 3,
        timestamp: 1_700_000_001.236,
        type: 'TaskStateExited',
        stateExitedEventDetails: {
          name: 'T',
          output: '1',
          outputDetails: { truncated: false },
          assignedVariables: { x: '"y"' },
          assignedVariablesDetails: { truncated: false },
        },
      },
    ]);
    expect(events.map((event) => JSON.stringify(event)).slice(1, 3)).toEqual([
      '{"id":2,"previousEventId":1,"timestamp":1700000001.234,"type":"PassStateEntered","stateEnteredEventDetails":{"name":"P","input":"{\\"a\\":1}","inputDetails":{"truncated":false}}}',
      '{"id":3,"previousEventId":2,"timestamp":1700000001.235,"type":"PassStateExited","stateExitedEventDetails":{"name":"P","output":"{\\"b\\":2}","outputDetails":{"truncated":false}}}',
    ]);
  });

  it('keeps every timestamp of a long history, existing events included', () => {
    // Prepare
    const existing = Array.from({ length: 100 }, (_, index): HistoryEvent => ({ ...STARTED, id: index + 1, previousEventId: index }));
    const log = new HistoryLog(existing);
    // Act
    for (let id = 101; id <= 400; id += 1) log.addStateEntered(id, id - 1, 1_700_000_000_000 + id, 'PassStateEntered', 'P', '{}');
    // Assess
    const events = log.events();
    expect([log.length, log.lastId, events[99], events.slice(100).every((event, index) => event.timestamp === (1_700_000_000_101 + index) / 1000)]).toEqual([
      400,
      400,
      existing[99],
      true,
    ]);
  });

  it('gives the events from an index on (what a checkpoint persists)', () => {
    // Prepare
    const log = new HistoryLog([STARTED]);
    log.addStateEntered(2, 1, 1_700_000_002_000, 'WaitStateEntered', 'W', '{}');
    // Act
    const since = log.events(1);
    // Assess
    expect(since.map((event) => [event.id, event.type])).toEqual([[2, 'WaitStateEntered']]);
  });

  it('counts no events before the first', () => {
    // Act
    const log = new HistoryLog();
    // Assess
    expect([log.length, log.lastId, log.events()]).toEqual([0, 0, []]);
  });
});
