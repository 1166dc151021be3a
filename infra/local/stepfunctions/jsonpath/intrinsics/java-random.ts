/**
 * java.util.Random, the generator behind Step Functions' seeded random numbers: a 48-bit linear congruential
 * generator, reproduced exactly so that one seed gives the numbers it gives in Java.
 */
const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

export class JavaRandom {
  private state: bigint;

  constructor(seed: number) {
    this.state = (BigInt.asIntN(64, BigInt(seed)) ^ MULTIPLIER) & MASK;
  }

  /** A value in [0, bound), as Random.nextInt(bound). */
  nextInt(bound: number): number {
    if (!Number.isInteger(bound) || bound <= 0 || bound > 0x7fffffff)
      throw new RangeError(`bound must be a positive int, got ${bound}`);
    let result = this.next(31);
    const mask = bound - 1;
    if ((bound & mask) === 0) return Number((BigInt(bound) * BigInt(result)) >> 31n);
    // Java rejects the top values that would bias the modulo; `| 0` reproduces its int overflow test.
    for (
      let candidate = result;
      ((candidate - (result = candidate % bound) + mask) | 0) < 0;
      candidate = this.next(31)
    );
    return result;
  }

  /** A value in [0, 1), as Random.nextDouble(). */
  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) / 2 ** 53;
  }

  private next(bits: number): number {
    this.state = (this.state * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.state >> BigInt(48 - bits)));
  }
}
