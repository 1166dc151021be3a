import { parseJson, type Json } from '../../../assembly/json';
import {
  argument,
  booleanArgument,
  expectArgumentCount,
  intrinsicFailure,
  objectArgument,
  stringArgument,
  type IntrinsicFunction,
} from './arguments';

/** Intrinsics for JSON data manipulation. */
export const JSON_FUNCTIONS: Readonly<Record<string, IntrinsicFunction>> = {
  /** (escaped JSON string) → its parsed value; an empty or blank string is null, as AWS returns it. */
  'States.StringToJson': (args) => {
    const name = 'States.StringToJson';
    expectArgumentCount(name, args, 1);
    const text = stringArgument(name, args, 0);
    if (text.trim() === '') return null;
    try {
      return parseJson(text);
    } catch {
      throw intrinsicFailure(name, `'${text.slice(0, 80)}' is not valid JSON`);
    }
  },

  /** (value) → its compact JSON text. */
  'States.JsonToString': (args) => {
    expectArgumentCount('States.JsonToString', args, 1);
    return JSON.stringify(argument(args, 0));
  },

  /**
   * (object, object, deep) → the first object with the second's keys laid over it. Only the shallow merge exists:
   * "deep" must be false, and a key present in both takes the second object's value whole.
   */
  'States.JsonMerge': (args) => {
    const name = 'States.JsonMerge';
    expectArgumentCount(name, args, 3);
    const base = objectArgument(name, args, 0);
    const overlay = objectArgument(name, args, 1);
    if (booleanArgument(name, args, 2))
      throw intrinsicFailure(name, 'only the shallow merge is supported; the third argument must be false');
    const merged = new Map<string, Json>(Object.entries(base));
    for (const [key, value] of Object.entries(overlay)) merged.set(key, value);
    return Object.fromEntries(merged);
  },
};
