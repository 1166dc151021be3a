/**
 * Timestamps as Step Functions accepts them (Choice Timestamp… operators, Wait Timestamp/TimestampPath): the RFC 3339
 * profile of ISO 8601 with an uppercase `T` between date and time and `Z` or a numeric offset, e.g.
 * `2016-03-14T01:59:00Z`, `2016-03-14T01:59:00.123+01:00`.
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch (fractions kept), or undefined when `value` is not such a timestamp. */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TIMESTAMP.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const numbers = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = numbers;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return undefined;
  let ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) + (fraction ? Number(fraction) * 1000 : 0);
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMinutes = Number(zone.slice(4, 6));
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    ms -= sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return ms;
}

export function isTimestamp(value: unknown): boolean {
  return parseTimestamp(value) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
