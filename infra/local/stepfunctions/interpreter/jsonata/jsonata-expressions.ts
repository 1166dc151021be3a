import jsonata from 'jsonata';
import type { Json, JsonObject } from '../../../assembly/json';
import { isJsonataExpression, jsonataBody } from '../definition/query-language';
import { QueryEvaluationError } from '../errors/interpreter-errors';
import { stepFunctionsBindings } from './sfn-functions';

/** What a JSONata expression can see: `$states` and the workflow variables visible to the state. */
export interface JsonataScope {
  readonly input: Json;
  readonly result?: Json;
  readonly errorOutput?: Json;
  readonly context: JsonObject;
  readonly variables: Readonly<Record<string, Json>>;
  readonly random: () => number;
}

// A definition holds a bounded set of expressions, evaluated on every state entry: compile each once.
const compiled = new Map<string, jsonata.Expression>();
const CACHE_LIMIT = 10_000;

function compile(body: string, location: string): jsonata.Expression {
  const cached = compiled.get(body);
  if (cached) return cached;
  let expression: jsonata.Expression;
  try {
    expression = jsonata(body);
  } catch (error) {
    throw new QueryEvaluationError(`The JSONata expression '${body}' specified for the field '${location}' is invalid: ${messageOf(error)}`, location);
  }
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(body, expression);
  return expression;
}

/** Evaluates one `{% … %}` string. Undefined results and errors are `States.QueryEvaluationError`. */
export async function evaluateExpression(source: string, scope: JsonataScope, location: string): Promise<Json> {
  const body = jsonataBody(source);
  const expression = compile(body, location);
  const states: Record<string, Json> = { input: scope.input, context: scope.context };
  if (scope.result !== undefined) states.result = scope.result;
  if (scope.errorOutput !== undefined) states.errorOutput = scope.errorOutput;
  const bindings = { ...scope.variables, ...stepFunctionsBindings(scope.random), states };
  let value: unknown;
  try {
    value = await expression.evaluate(undefined, bindings);
  } catch (error) {
    throw new QueryEvaluationError(
      `An error occurred while evaluating the JSONata expression '${body}' specified for the field '${location}': ${messageOf(error)}`,
      location,
    );
  }
  if (value === undefined) {
    throw new QueryEvaluationError(`The JSONata expression '${body}' specified for the field '${location}' returned nothing (undefined).`, location);
  }
  return toJson(value, body, location);
}

/**
 * Evaluates a value that may hold `{% … %}` strings anywhere (Arguments, Output, Assign, ItemSelector…): each such
 * string is replaced by its result; every other value is kept as written. `location` grows with the path
 * (`Arguments/order/id`) so an error names the field.
 */
export async function evaluateTemplate(template: Json, scope: JsonataScope, location: string): Promise<Json> {
  if (isJsonataExpression(template)) return evaluateExpression(template, scope, location);
  if (Array.isArray(template)) {
    const items: Json[] = [];
    for (const [index, item] of (template as readonly Json[]).entries()) items.push(await evaluateTemplate(item, scope, `${location}[${index}]`));
    return items;
  }
  if (typeof template === 'object' && template !== null) {
    const result: Record<string, Json> = {};
    for (const [key, value] of Object.entries(template)) result[key] = await evaluateTemplate(value, scope, `${location}/${key}`);
    return result;
  }
  return template;
}

/** JSONata results are JavaScript values (sequences, functions, NaN): keep what JSON can hold, reject the rest. */
function toJson(value: unknown, body: string, location: string): Json {
  const invalid = (what: string) =>
    new QueryEvaluationError(`The JSONata expression '${body}' specified for the field '${location}' returned ${what}, which is not JSON.`, location);
  const convert = (item: unknown): Json => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) throw invalid(String(item));
      return item;
    }
    if (Array.isArray(item)) return item.filter((element) => element !== undefined).map(convert);
    if (typeof item === 'function') throw invalid('a function');
    if (typeof item === 'object') {
      const result: Record<string, Json> = {};
      for (const [key, element] of Object.entries(item)) if (element !== undefined) result[key] = convert(element);
      return result;
    }
    throw invalid(typeof item);
  };
  return convert(value);
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
