import { isJsonObject, type Json } from '../../../assembly/json';
import { evaluateTemplate, type JsonataScope } from '../jsonata/jsonata-expressions';
import { QueryEvaluationError } from '../errors/interpreter-errors';
import type { DataFlow, StateCompletion, StateEnv } from './data-flow';

export function jsonataScope(env: StateEnv, extra: Partial<Pick<JsonataScope, 'result' | 'errorOutput'>> = {}): JsonataScope {
  return { input: env.input, context: env.context, variables: env.variables, random: env.random, ...extra };
}

/** JSONata mode's data flow: Arguments, then Assign and Output, all reading `$states` and the old variables. */
export const jsonataFlow: DataFlow = {
  language: 'JSONata',

  effectiveInput(env) {
    return env.input;
  },

  async payload(env, effectiveInput, template, location) {
    if (template === undefined) return effectiveInput;
    return evaluateTemplate(template, jsonataScope(env), location);
  },

  async complete(env, result, fields, defaultOutput) {
    const scope = jsonataScope(env, defaultOutput === 'result' ? { result } : {});
    const assigned = await assignments(fields.Assign, scope, 'Assign');
    const output = fields.Output === undefined ? (defaultOutput === 'result' ? result : env.input) : await evaluateTemplate(fields.Output, scope, 'Output');
    return { output, assigned };
  },

  async caught(env, catcher, errorOutput) {
    const scope = jsonataScope(env, { errorOutput });
    const assigned = await assignments(catcher.Assign, scope, 'Catch/Assign');
    const output = catcher.Output === undefined ? errorOutput : await evaluateTemplate(catcher.Output, scope, 'Catch/Output');
    return { output, assigned };
  },
};

async function assignments(assign: Json | undefined, scope: JsonataScope, location: string): Promise<StateCompletion['assigned']> {
  if (assign === undefined) return undefined;
  const values = await evaluateTemplate(assign, scope, location);
  if (!isJsonObject(values)) throw new QueryEvaluationError('Assign must evaluate to an object', location);
  return values;
}
