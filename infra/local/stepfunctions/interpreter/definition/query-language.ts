import type { QueryLanguage, StateDefinition } from '../asl-types';

/**
 * A state's query language: its own `QueryLanguage`, else the state machine's (default JSONPath). Nested states
 * (Parallel branches, Map processors) inherit the top-level default, not the enclosing state's.
 */
export function stateQueryLanguage(state: StateDefinition, machineDefault: QueryLanguage): QueryLanguage {
  return state.QueryLanguage ?? machineDefault;
}

/** State fields that exist only in JSONPath mode; a JSONata state that has one is invalid. */
export const JSONPATH_ONLY_FIELDS: readonly string[] = [
  'InputPath',
  'OutputPath',
  'Parameters',
  'ResultSelector',
  'ResultPath',
  'Result',
  'ItemsPath',
  'MaxConcurrencyPath',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath',
  'TimeoutSecondsPath',
  'HeartbeatSecondsPath',
  'SecondsPath',
  'TimestampPath',
  'ErrorPath',
  'CausePath',
];

/** State fields that exist only in JSONata mode; a JSONPath state that has one is invalid. */
export const JSONATA_ONLY_FIELDS: readonly string[] = ['Arguments', 'Output', 'Items'];

/** The JSONPath Choice Rule comparison operators (each also has a `…Path` form except the Is… tests). */
export const CHOICE_OPERATORS: readonly string[] = [
  'StringEquals',
  'StringLessThan',
  'StringGreaterThan',
  'StringLessThanEquals',
  'StringGreaterThanEquals',
  'StringMatches',
  'NumericEquals',
  'NumericLessThan',
  'NumericGreaterThan',
  'NumericLessThanEquals',
  'NumericGreaterThanEquals',
  'BooleanEquals',
  'TimestampEquals',
  'TimestampLessThan',
  'TimestampGreaterThan',
  'TimestampLessThanEquals',
  'TimestampGreaterThanEquals',
  'IsNull',
  'IsPresent',
  'IsNumeric',
  'IsString',
  'IsBoolean',
  'IsTimestamp',
];

/** A `{% … %}` string: the whole value is one JSONata expression. */
export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}') && value.length >= 4;
}

/** The expression inside `{% … %}`. */
export function jsonataBody(value: string): string {
  return value.slice(2, -2).trim();
}
