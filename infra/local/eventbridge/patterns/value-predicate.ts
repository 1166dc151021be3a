import type { JsonPrimitive } from '../../assembly/json';

/** One compiled entry of a field's value list: does this single event value satisfy it? */
export type ValuePredicate = (value: JsonPrimitive) => boolean;
