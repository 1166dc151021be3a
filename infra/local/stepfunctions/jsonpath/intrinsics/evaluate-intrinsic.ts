import type { Json } from '../../../assembly/json';
import { runtimeError } from '../../states-error';
import { selectPath, type PathScope } from '../path-evaluation';
import type { IntrinsicFunction } from './arguments';
import { ARRAY_FUNCTIONS } from './array-functions';
import { ENCODING_FUNCTIONS } from './encoding-functions';
import { parseIntrinsic, type IntrinsicArgument } from './intrinsic-syntax';
import { JSON_FUNCTIONS } from './json-functions';
import { MATH_FUNCTIONS } from './math-functions';
import { STRING_FUNCTIONS } from './string-functions';

/** Every intrinsic of the developer guide, by its full name. */
const FUNCTIONS = new Map<string, IntrinsicFunction>(
  Object.entries({
    ...ARRAY_FUNCTIONS,
    ...ENCODING_FUNCTIONS,
    ...JSON_FUNCTIONS,
    ...MATH_FUNCTIONS,
    ...STRING_FUNCTIONS,
  }),
);

/** The names of the supported intrinsics, for definition checks and documentation. */
export const INTRINSIC_NAMES: readonly string[] = [...FUNCTIONS.keys()];

/**
 * Evaluates a `States.*` call: arguments first, left to right (paths select from the data, `$$` and variables, and a
 * path that matches nothing fails with `States.Runtime`), then the function, whose own failures are
 * `States.IntrinsicFailure`. A malformed call or an unknown function is a definition error, `States.Runtime`.
 */
export function evaluateIntrinsic(expression: string, data: Json, scope: PathScope): Json {
  return evaluateArgument(parseIntrinsic(expression), data, scope);
}

function evaluateArgument(argument: IntrinsicArgument, data: Json, scope: PathScope): Json {
  switch (argument.kind) {
    case 'literal':
    case 'string':
      return argument.value;
    case 'path':
      return selectPath(argument.path, data, scope);
    case 'call': {
      const intrinsic = FUNCTIONS.get(argument.name);
      if (intrinsic === undefined) throw runtimeError(`The intrinsic function '${argument.name}' does not exist`);
      return intrinsic(
        argument.args.map((each) => evaluateArgument(each, data, scope)),
        argument,
      );
    }
  }
}
