import type { Json, JsonObject } from '../../../../../assembly/json';
import { compileEventPattern, InvalidEventPatternError } from '../../../../patterns';

/** One row of a matching table: a sentence, a pattern (object or JSON text), an event and the expected outcome. */
export interface MatchCase {
  readonly says: string;
  readonly pattern: Json | string;
  readonly event: JsonObject;
  readonly matches: boolean;
}

/** One row of a rejection table: the pattern EventBridge refuses and words the reason must contain. */
export interface InvalidCase {
  readonly says: string;
  readonly pattern: Json | string;
  readonly reason: RegExp;
}

export function itMatchesAsDocumented(cases: readonly MatchCase[]): void {
  it.each(cases)('$says', ({ pattern, event, matches }) => {
    // Prepare
    const compiled = compileEventPattern(pattern);

    // Act
    const result = compiled.matches(event);

    // Assess
    expect(result).toBe(matches);
  });
}

export function itRejects(cases: readonly InvalidCase[]): void {
  it.each(cases)('$says', ({ pattern, reason }) => {
    // Act
    const error = compileError(pattern);

    // Assess
    expect(error).toBeInstanceOf(InvalidEventPatternError);
    expect(error?.message).toMatch(reason);
  });
}

export function itAccepts(cases: readonly { readonly says: string; readonly pattern: Json | string }[]): void {
  it.each(cases)('$says', ({ pattern }) => {
    // Act
    const error = compileError(pattern);

    // Assess
    expect(error).toBeUndefined();
  });
}

export function compileError(pattern: Json | string): InvalidEventPatternError | undefined {
  try {
    compileEventPattern(pattern);
    return undefined;
  } catch (error) {
    if (error instanceof InvalidEventPatternError) return error;
    throw error;
  }
}

/** Shorthand for the many cases that only look at `detail`: `detailWith({ state: 'running' })`. */
export function detailWith(detail: JsonObject): JsonObject {
  return { source: 'ecommerce.test', 'detail-type': 'Test', detail };
}
