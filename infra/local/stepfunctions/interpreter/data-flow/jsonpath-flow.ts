import { isJsonObject, type Json, type JsonObject } from '../../../assembly/json';
import { applyPayloadTemplate, applyResultPath, selectPath, type PathScope } from '../../jsonpath';
import { runtimeError } from '../../states-error';
import type { CompletionFields, DataFlow, StateCompletion, StateEnv } from './data-flow';

/** A StateEnv is a PathScope (its context and variables); the context object is only built if a path reads `$$`. */
export function pathScope(env: StateEnv): PathScope {
  return env;
}

/** JSONPath InputPath: `null` → `{}`, absent → the raw input. */
export function jsonPathEffectiveInput(env: StateEnv, inputPath: string | null | undefined): Json {
  if (inputPath === null) return {};
  if (inputPath === undefined) return env.input;
  return selectPath(inputPath, env.input, env);
}

/** JSONPath Parameters over the effective input (absent → the effective input). */
export function jsonPathPayload(env: StateEnv, effectiveInput: Json, template: Json | undefined): Json {
  if (template === undefined) return effectiveInput;
  return applyPayloadTemplate(template, effectiveInput, env);
}

/** ResultSelector → Assign → ResultPath → OutputPath over a state's result. */
export function jsonPathComplete(env: StateEnv, result: Json, fields: CompletionFields): StateCompletion {
  const selected = fields.ResultSelector === undefined ? result : applyPayloadTemplate(fields.ResultSelector, result, env);
  const assigned = assignments(fields.Assign, selected, env);
  // Without ResultPath and OutputPath the output is the (selected) result itself: a Pass or Choice passing data on.
  const combined = fields.ResultPath === undefined ? selected : applyResultPath(env.input, selected, fields.ResultPath);
  const output = fields.OutputPath === undefined ? combined : outputPath(fields.OutputPath, combined, env);
  return { output, assigned };
}

/** JSONPath mode's data flow, built on the jsonpath module's path, payload-template and ResultPath semantics. */
export const jsonPathFlow: DataFlow = {
  language: 'JSONPath',

  effectiveInput: jsonPathEffectiveInput,

  payload(env, effectiveInput, template) {
    return Promise.resolve(jsonPathPayload(env, effectiveInput, template));
  },

  complete(env, result, fields) {
    return Promise.resolve(jsonPathComplete(env, result, fields));
  },

  caught(env, catcher, errorOutput) {
    const assigned = assignments(catcher.Assign, errorOutput, env);
    return Promise.resolve({ output: applyResultPath(env.input, errorOutput, catcher.ResultPath), assigned });
  },
};

function outputPath(path: string | null | undefined, data: Json, scope: PathScope): Json {
  if (path === null) return {};
  if (path === undefined) return data;
  return selectPath(path, data, scope);
}

/** Assign in JSONPath mode is a payload template over `$` (the selected result, the input, or the error output). */
function assignments(assign: JsonObject | undefined, data: Json, scope: PathScope): StateCompletion['assigned'] {
  if (assign === undefined) return undefined;
  const values = applyPayloadTemplate(assign, data, scope);
  if (!isJsonObject(values)) throw runtimeError('Assign must evaluate to an object');
  return values;
}
