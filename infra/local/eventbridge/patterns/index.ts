import { parseJson, type Json, type JsonObject } from '../../assembly/json';
import { InvalidEventPatternError } from './errors';
import { nodeMatches } from './evaluate';
import { compileRoot } from './pattern-tree';

export { InvalidEventPatternError } from './errors';

/** A validated event pattern, ready to test events without parsing it again. */
export interface CompiledEventPattern {
  /** Whether the pattern matches `event`; nothing in it is specific to EventBridge's envelope fields. */
  matches(event: JsonObject): boolean;
  /** The pattern as given (parsed). */
  readonly source: Json;
}

/**
 * Parses (JSON text or an already-parsed value) and validates an EventBridge event pattern, or throws
 * InvalidEventPatternError with a reason naming the offending field or operator.
 */
export function compileEventPattern(pattern: string | Json): CompiledEventPattern {
  const source = typeof pattern === 'string' ? parsePatternText(pattern) : pattern;
  const root = compileRoot(source);
  return { source, matches: (event) => nodeMatches(root, event) };
}

function parsePatternText(text: string): Json {
  try {
    return parseJson(text);
  } catch (error) {
    throw new InvalidEventPatternError(`the event pattern is not valid JSON: ${(error as Error).message}`);
  }
}
