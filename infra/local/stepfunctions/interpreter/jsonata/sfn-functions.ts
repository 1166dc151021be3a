import { createHash, randomUUID } from 'node:crypto';
import { HASH_ALGORITHMS } from '../../jsonpath/intrinsics/encoding-functions';

/**
 * The functions Step Functions adds to JSONata ($partition, $range, $hash, $random, $uuid, $parse), and `$eval`,
 * which it removes. They are bound per evaluation (not registered on the compiled expression) so `$random` uses the
 * engine's injected randomness. A thrown Error becomes `States.QueryEvaluationError` at the caller.
 */
export function stepFunctionsBindings(random: () => number): Record<string, unknown> {
  return {
    partition,
    range,
    hash,
    random: (seed?: unknown) => (seed === undefined ? random() : seededRandom(seed)),
    uuid: () => randomUUID(),
    parse,
    eval: () => {
      throw new Error('$eval is not supported by Step Functions; use $parse');
    },
  };
}

function partition(array: unknown, size: unknown): unknown[][] {
  if (!Array.isArray(array)) throw new Error('$partition: the first argument must be an array');
  if (!isPositiveInteger(size)) throw new Error('$partition: the chunk size must be a positive integer');
  const chunks: unknown[][] = [];
  for (let start = 0; start < array.length; start += size) chunks.push(array.slice(start, start + size));
  return chunks;
}

/** Numbers from `start` to `end` inclusive, `step` apart (like States.ArrayRange). */
function range(start: unknown, end: unknown, step: unknown = 1): number[] {
  if (typeof start !== 'number' || typeof end !== 'number' || typeof step !== 'number') {
    throw new Error('$range: start, end and step must be numbers');
  }
  if (step === 0) throw new Error('$range: step must not be 0');
  const values: number[] = [];
  for (let value = start; step > 0 ? value <= end : value >= end; value += step) values.push(value);
  return values;
}


function hash(data: unknown, algorithm: unknown): string {
  if (typeof data !== 'string') throw new Error('$hash: the value to hash must be a string');
  const nodeAlgorithm = typeof algorithm === 'string' ? HASH_ALGORITHMS[algorithm] : undefined;
  if (nodeAlgorithm === undefined) {
    throw new Error(`$hash: the algorithm must be one of ${Object.keys(HASH_ALGORITHMS).join(', ')}`);
  }
  return createHash(nodeAlgorithm).update(data, 'utf8').digest('hex');
}

function parse(text: unknown): unknown {
  if (typeof text !== 'string') throw new Error('$parse: the argument must be a string');
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('$parse: the argument is not valid JSON');
  }
}

/** A deterministic value in [0, 1) for an integer seed (mulberry32), so `$random(seed)` repeats. */
function seededRandom(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed)) throw new Error('$random: the seed must be an integer');
  let state = (seed | 0) + 0x6d2b79f5;
  state = Math.imul(state ^ (state >>> 15), state | 1);
  state ^= state + Math.imul(state ^ (state >>> 7), state | 61);
  return ((state ^ (state >>> 14)) >>> 0) / 4294967296;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
