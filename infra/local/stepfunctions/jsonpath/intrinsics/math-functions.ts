import { randomInt } from 'node:crypto';
import { expectArgumentCount, intrinsicFailure, roundedIntegerArgument, type IntrinsicFunction } from './arguments';
import { JavaRandom } from './java-random';

// The math intrinsics work on Java ints.
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

function intArgument(name: string, args: Parameters<IntrinsicFunction>[0], position: number): number {
  const value = roundedIntegerArgument(name, args, position);
  if (value < INT_MIN || value > INT_MAX) {
    throw intrinsicFailure(name, `argument ${position + 1} must be between ${INT_MIN} and ${INT_MAX}, got ${value}`);
  }
  return value;
}

/** Intrinsics for math operations. */
export const MATH_FUNCTIONS: Readonly<Record<string, IntrinsicFunction>> = {
  /** (start, end[, seed]) → a random integer with start ≤ n < end; one seed always gives the same number. */
  'States.MathRandom': (args) => {
    const name = 'States.MathRandom';
    expectArgumentCount(name, args, 2, 3);
    const start = intArgument(name, args, 0);
    const end = intArgument(name, args, 1);
    const span = end - start;
    if (span <= 0) throw intrinsicFailure(name, `the end (${end}) must be greater than the start (${start})`);
    if (span > INT_MAX) throw intrinsicFailure(name, `the range from ${start} to ${end} is wider than a Java int`);
    if (args.length === 2) return start + randomInt(span);
    return start + new JavaRandom(intArgument(name, args, 2)).nextInt(span);
  },

  /** (a, b) → their sum; non-integer arguments are rounded first. */
  'States.MathAdd': (args) => {
    const name = 'States.MathAdd';
    expectArgumentCount(name, args, 2);
    const sum = intArgument(name, args, 0) + intArgument(name, args, 1);
    if (sum < INT_MIN || sum > INT_MAX) throw intrinsicFailure(name, `the sum ${sum} does not fit in a Java int`);
    return sum;
  },
};
