import { invalidAt, type PatternPath } from './errors';

/**
 * EventBridge's documented numeric limits: numbers between -5.0e9 and +5.0e9 inclusive, compared at six digits to the
 * right of the decimal point. Comparable numbers are held as exact integer micro-units (value × 10^6, at most 5e15,
 * inside JavaScript's safe-integer range), so comparisons never suffer floating-point drift.
 */
export const NUMERIC_LIMIT = 5e9;
const MAX_DECIMALS = 6;

interface Decimal {
  readonly negative: boolean;
  /** Significant digits without leading zeros or trailing zeros ("0" for zero). */
  readonly digits: string;
  /** The value is digits × 10^exponent. */
  readonly exponent: number;
}

/** The shortest decimal that round-trips to `n` (what JSON text holding `n` most plausibly said). */
function toDecimal(n: number): Decimal {
  const [mantissa = '0', exponentText = '0'] = String(Math.abs(n)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  let exponent = Number(exponentText) - fraction.length;
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  if (digits === '') return { negative: false, digits: '0', exponent: 0 };
  digits = digits.slice(0, digits.length - trailingZeros);
  exponent += trailingZeros;
  return { negative: n < 0, digits, exponent };
}

export function decimalPlaces(n: number): number {
  return Math.max(0, -toDecimal(n).exponent);
}

/**
 * The number in micro-units, rounded half away from zero beyond the sixth decimal (events may carry more precision
 * than EventBridge compares); undefined when the number lies outside the comparable range.
 */
export function toMicros(n: number): number | undefined {
  if (!Number.isFinite(n) || Math.abs(n) > NUMERIC_LIMIT) return undefined;
  // Integers (most event values) scale exactly: the product stays below 2^53.
  if (Number.isInteger(n)) return n === 0 ? 0 : n * 1e6;
  const { negative, digits, exponent } = toDecimal(n);
  const shift = exponent + MAX_DECIMALS;
  let kept: string;
  let dropped: string;
  if (shift >= 0) {
    kept = `${digits}${'0'.repeat(shift)}`;
    dropped = '';
  } else {
    const cut = digits.length + shift;
    kept = cut > 0 ? digits.slice(0, cut) : '0';
    dropped = cut > 0 ? digits.slice(cut) : `${'0'.repeat(-cut)}${digits}`;
  }
  const micros = Number(kept) + (dropped !== '' && dropped.charAt(0) >= '5' ? 1 : 0);
  return negative && micros !== 0 ? -micros : micros;
}

/**
 * A number written in a pattern where EventBridge compares numerically (numeric operators, numeric anything-but):
 * it must be within the limits, with at most six decimals, or the pattern is refused.
 */
export function patternMicros(value: number, path: PatternPath, context: string): number {
  if (decimalPlaces(value) > MAX_DECIMALS) {
    invalidAt(path, `${context}: only values with up to ${MAX_DECIMALS} decimal places are supported, got ${value}`);
  }
  const micros = toMicros(value);
  if (micros === undefined) {
    const limits = `-${NUMERIC_LIMIT} and ${NUMERIC_LIMIT}`;
    invalidAt(path, `${context}: value must be between ${limits}, inclusive, got ${value}`);
  }
  return micros;
}

/** JSON can only carry finite numbers; a parsed value given directly might not be one. */
export function isJsonNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
