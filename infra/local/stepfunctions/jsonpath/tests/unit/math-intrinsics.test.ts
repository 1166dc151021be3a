import type { Json } from '../../../../assembly/json';
import { evaluateIntrinsic, type PathScope } from '../..';
import { JavaRandom } from '../../intrinsics/java-random';
import { statesErrorOf } from './expect-states-error';

const SCOPE: PathScope = { context: {}, variables: {} };
const evaluate = (expression: string, data: Json = {}) => evaluateIntrinsic(expression, data, SCOPE);

describe('States.MathAdd', () => {
  it('adds the developer guide example', () => {
    // Act
    const value = evaluate('States.MathAdd($.value1, $.step)', { value1: 111, step: -1 });
    // Assess
    expect(value).toBe(110);
  });

  // Non-integers are rounded half up before adding, which is what AWS returns for these inputs.
  it.each<[number, number, number]>([
    [-9, 3, -6],
    [1.49, 1.5, 3],
    [1.5, 1.51, 4],
    [-1.49, -1.5, -2],
    [-1.5, -1.51, -3],
    [2147483646, 1, 2147483647],
  ])('%d + %d → %d', (a, b, sum) => {
    // Act
    const value = evaluate('States.MathAdd($.a, $.b)', { a, b });
    // Assess
    expect(value).toBe(sum);
  });

  it.each<[string, string]>([
    ['an argument is a string', "States.MathAdd('1', 2)"],
    ['an argument is outside the int range', 'States.MathAdd(2147483648, 0)'],
    ['the sum overflows an int', 'States.MathAdd(2147483647, 1)'],
    ['an argument is missing', 'States.MathAdd(1)'],
  ])('fails with States.IntrinsicFailure when %s', (_, expression) => {
    // Act
    const error = statesErrorOf(() => evaluate(expression));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});

describe('States.MathRandom', () => {
  it('returns an integer from the start (inclusive) to the end (exclusive)', () => {
    // Act
    const values = Array.from({ length: 200 }, () =>
      evaluate('States.MathRandom($.start, $.end)', { start: 1, end: 4 }),
    );
    // Assess
    expect(new Set(values)).toEqual(new Set([1, 2, 3]));
  });

  it('rounds non-integer bounds, as AWS accepts 12.50 and 44.51', () => {
    // Act
    const values = Array.from({ length: 100 }, () => evaluate('States.MathRandom(12.5, 44.51)') as number);
    // Assess
    expect(values.every((value) => Number.isInteger(value) && value >= 13 && value < 45)).toBe(true);
  });

  it('returns the same number for the same seed', () => {
    // Act
    const first = evaluate('States.MathRandom($.start, $.end, $.seed)', { start: 0, end: 999, seed: 3 });
    const second = evaluate('States.MathRandom($.start, $.end, $.seed)', { start: 0, end: 999, seed: 3 });
    // Assess
    expect(first).toBe(second);
    expect(first).toBe(new JavaRandom(3).nextInt(999));
  });

  it.each<[string, string]>([
    ['the end equals the start', 'States.MathRandom(5, 5)'],
    ['the end is below the start', 'States.MathRandom(5, 1)'],
    ['a bound is a string', "States.MathRandom('1', 5)"],
    ['the seed is a string', "States.MathRandom(1, 5, 'seed')"],
    ['there are too many arguments', 'States.MathRandom(1, 5, 1, 1)'],
  ])('fails with States.IntrinsicFailure when %s', (_, expression) => {
    // Act
    const error = statesErrorOf(() => evaluate(expression));
    // Assess
    expect(error.error).toBe('States.IntrinsicFailure');
  });
});

describe('JavaRandom', () => {
  it.each<[number, number]>([
    [42, 0.7275636800328681],
    [0, 0.730967787376657],
  ])('gives java.util.Random(%d).nextDouble() = %d', (seed, expected) => {
    // Act
    const value = new JavaRandom(seed).nextDouble();
    // Assess
    expect(value).toBe(expected);
  });

  it('gives java.util.Random(42).nextInt(10) three times as 0, 3, 8', () => {
    // Prepare
    const random = new JavaRandom(42);
    // Act
    const values = [random.nextInt(10), random.nextInt(10), random.nextInt(10)];
    // Assess
    expect(values).toEqual([0, 3, 8]);
  });

  it('stays within a power-of-two bound and rejects a bound that is not positive', () => {
    // Prepare
    const random = new JavaRandom(7);
    // Act
    const values = Array.from({ length: 50 }, () => random.nextInt(16));
    // Assess
    expect(values.every((value) => value >= 0 && value < 16)).toBe(true);
    expect(() => random.nextInt(0)).toThrow(RangeError);
  });
});
