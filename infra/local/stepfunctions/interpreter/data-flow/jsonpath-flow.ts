import { isJsonObject, type Json, type JsonObject } from '../../../assembly/json';
import { applyPayloadTemplate, applyResultPath, selectPath, type PathScope } from '../../jsonpath';
import { runtimeError } from '../../states-error';
import type { DataFlow, StateCompletion, StateEnv } from './data-flow';

export function pathScope(env: StateEnv): PathScope {
  return { context: env.context, variables: env.variables };
}

/** JSONPath mode's data flow, built on the jsonpath module's path, payload-template and ResultPath semantics. */
export const jsonPathFlow: DataFlow = {
  language: 'JSONPath',

  effectiveInput(env, inputPath) {
    if (inputPath === null) return {};
    if (inputPath === undefined) return env.input;
    return selectPath(inputPath, env.input, pathScope(env));
  },

  payload(env, effectiveInput, template) {
    if (template === undefined) return Promise.resolve(effectiveInput);
    return Promise.resolve(applyPayloadTemplate(template, effectiveInput, pathScope(env)));
  },

  complete(env, result, fields) {
    const scope = pathScope(env);
    const selected = fields.ResultSelector === undefined ? result : applyPayloadTemplate(fields.ResultSelector, result, scope);
    const assigned = assignments(fields.Assign, selected, scope);
    const combined = applyResultPath(env.input, selected, fields.ResultPath);
    const output = outputPath(fields.OutputPath, combined, scope);
    return Promise.resolve({ output, assigned });
  },

  caught(env, catcher, errorOutput) {
    const scope = pathScope(env);
    const assigned = assignments(catcher.Assign, errorOutput, scope);
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
