import type { Json } from '../../../assembly/json';
import { evaluateIntrinsic, isIntrinsic, selectPath } from '../../jsonpath';
import { runtimeError, type StatesError } from '../../states-error';
import { pathScope, jsonataScope, type StateEnv } from '../data-flow';
import { isJsonataExpression } from '../definition/query-language';
import { QueryEvaluationError } from '../errors/interpreter-errors';
import { evaluateExpression } from '../jsonata/jsonata-expressions';
import type { StateRun } from './state-run';

/** A field that holds a value (a JSONata expression in JSONata mode) or names a path to it (`…Path`, JSONPath mode). */
export interface FieldSpec<T> {
  readonly name: string;
  readonly value: Json | undefined;
  readonly path?: string | undefined;
  /** The value if acceptable, else undefined; `expectation` says what was wanted. */
  readonly accept: (value: Json) => T | undefined;
  readonly expectation: string;
  /** The `…Path` may also be an intrinsic function (Fail's ErrorPath and CausePath). */
  readonly intrinsics?: boolean;
}

/**
 * Resolves such a field against the state's effective input. A value of the wrong kind is `States.Runtime` in JSONPath
 * mode and `States.QueryEvaluationError` when a JSONata expression produced it.
 */
export async function resolveField<T>(run: StateRun, env: StateEnv, effectiveInput: Json, spec: FieldSpec<T>): Promise<T | undefined> {
  let value: Json;
  let error: (message: string) => StatesError = runtimeError;
  if (spec.value !== undefined) {
    if (run.language === 'JSONata' && isJsonataExpression(spec.value)) {
      value = await evaluateExpression(spec.value, jsonataScope(env), spec.name);
      error = (message) => new QueryEvaluationError(message, spec.name);
    } else {
      value = spec.value;
    }
  } else if (spec.path !== undefined) {
    value = spec.intrinsics === true && isIntrinsic(spec.path)
      ? evaluateIntrinsic(spec.path, effectiveInput, pathScope(env))
      : selectPath(spec.path, effectiveInput, pathScope(env));
  } else {
    return undefined;
  }
  const accepted = spec.accept(value);
  if (accepted === undefined) {
    const source = spec.value === undefined ? `${spec.name}Path (${String(spec.path)})` : spec.name;
    throw error(`The value of ${source} must be ${spec.expectation}, but it was ${JSON.stringify(value)}`);
  }
  return accepted;
}

export const acceptors = {
  positiveInteger: (value: Json): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined),
  nonNegativeInteger: (value: Json): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined),
  percentage: (value: Json): number | undefined => (typeof value === 'number' && value >= 0 && value <= 100 ? value : undefined),
  string: (value: Json): string | undefined => (typeof value === 'string' ? value : undefined),
};
