import { isTimestamp, parseTimestamp } from '../../timestamps';

describe('timestamps', () => {
  it.each([
    ['2016-03-14T01:59:00Z', Date.UTC(2016, 2, 14, 1, 59, 0)],
    ['2016-03-14T01:59:00.123Z', Date.UTC(2016, 2, 14, 1, 59, 0, 123)],
    ['2016-03-14T02:59:00+01:00', Date.UTC(2016, 2, 14, 1, 59, 0)],
    ['2016-03-13T20:29:00-05:30', Date.UTC(2016, 2, 14, 1, 59, 0)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, expected) => {
    // Act
    const ms = parseTimestamp(text);
    // Assess
    expect(ms).toBeCloseTo(expected, 3);
  });

  it.each<[unknown, string]>([
    ['2016-03-14 01:59:00Z', 'a space instead of T'],
    ['2016-03-14t01:59:00Z', 'a lowercase t'],
    ['2016-03-14T01:59:00', 'no zone'],
    ['2016-03-14T01:59:00z', 'a lowercase z'],
    ['2016-13-14T01:59:00Z', 'month 13'],
    ['2023-02-29T00:00:00Z', 'a day that does not exist'],
    ['2016-03-14T24:00:00Z', 'hour 24'],
    ['2016-03-14', 'a date only'],
    [20160314, 'a number'],
  ])('rejects %j (%s)', (value) => {
    // Act
    const valid = isTimestamp(value);
    // Assess
    expect(valid).toBe(false);
  });
});
