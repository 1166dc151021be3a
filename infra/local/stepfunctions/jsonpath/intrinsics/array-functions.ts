import type { Json } from '../../../assembly/json';
import {
  argument,
  arrayArgument,
  expectArgumentCount,
  integerArgument,
  intrinsicFailure,
  jsonByteSize,
  jsonEquals,
  PAYLOAD_LIMIT_BYTES,
  type IntrinsicFunction,
} from './arguments';

/** "The newly generated array can't contain more than 1000 items." */
export const ARRAY_RANGE_LIMIT = 1000;

function withinPayloadLimit(name: string, array: readonly Json[]): readonly Json[] {
  if (jsonByteSize(array) > PAYLOAD_LIMIT_BYTES)
    throw intrinsicFailure(name, 'the input array exceeds the 256 KB payload limit');
  return array;
}

/** Intrinsics for arrays, as the developer guide describes them. */
export const ARRAY_FUNCTIONS: Readonly<Record<string, IntrinsicFunction>> = {
  /** Zero or more arguments → an array of their values, in order. */
  'States.Array': (args) => [...args],

  /** (array, chunk size) → chunks of that size; the last may be shorter. */
  'States.ArrayPartition': (args) => {
    const name = 'States.ArrayPartition';
    expectArgumentCount(name, args, 2);
    const array = withinPayloadLimit(name, arrayArgument(name, args, 0));
    const size = integerArgument(name, args, 1);
    if (size <= 0) throw intrinsicFailure(name, `the chunk size must be a positive integer, got ${size}`);
    const chunks: Json[] = [];
    for (let start = 0; start < array.length; start += size) chunks.push(array.slice(start, start + size));
    return chunks;
  },

  /** (array, value) → whether the array holds that value (deep equality). */
  'States.ArrayContains': (args) => {
    const name = 'States.ArrayContains';
    expectArgumentCount(name, args, 2);
    const array = withinPayloadLimit(name, arrayArgument(name, args, 0));
    const wanted = argument(args, 1);
    return array.some((each) => jsonEquals(each, wanted));
  },

  /** (first, last, step) → first, first+step, … up to and including last when a step lands on it. */
  'States.ArrayRange': (args) => {
    const name = 'States.ArrayRange';
    expectArgumentCount(name, args, 3);
    const first = integerArgument(name, args, 0);
    const last = integerArgument(name, args, 1);
    const step = integerArgument(name, args, 2);
    if (step === 0) throw intrinsicFailure(name, 'the step must not be 0');
    const count = Math.max(0, Math.floor((last - first) / step) + 1);
    if (count > ARRAY_RANGE_LIMIT)
      throw intrinsicFailure(name, `the range would hold ${count} items, more than ${ARRAY_RANGE_LIMIT}`);
    return Array.from({ length: count }, (_, at) => first + at * step);
  },

  /** (array, index) → the element at that zero-based index. */
  'States.ArrayGetItem': (args) => {
    const name = 'States.ArrayGetItem';
    expectArgumentCount(name, args, 2);
    const array = arrayArgument(name, args, 0);
    const index = integerArgument(name, args, 1);
    const item = index >= 0 ? array[index] : undefined;
    if (item === undefined)
      throw intrinsicFailure(name, `index ${index} is out of bounds for an array of ${array.length} items`);
    return item;
  },

  /** (array) → its length. */
  'States.ArrayLength': (args) => {
    const name = 'States.ArrayLength';
    expectArgumentCount(name, args, 1);
    return arrayArgument(name, args, 0).length;
  },

  /** (array) → its distinct values, first occurrences in order. */
  'States.ArrayUnique': (args) => {
    const name = 'States.ArrayUnique';
    expectArgumentCount(name, args, 1);
    const unique: Json[] = [];
    for (const each of arrayArgument(name, args, 0)) {
      if (!unique.some((kept) => jsonEquals(kept, each))) unique.push(each);
    }
    return unique;
  },
};
