import type { Json } from '../../../../../assembly/json';
import { compileEventPattern, InvalidEventPatternError } from '../../../../patterns';
import type { CaseGroup, InvalidCase, MatchCase, ValidCase } from '../../../support/pattern-cases';

/** One `describe` per group of a case table, each case an `it` against `compileEventPattern`. */
export function describeCaseGroups(groups: readonly CaseGroup[]): void {
  for (const group of groups) {
    describe(group.heading, () => {
      switch (group.kind) {
        case 'matching':
          itMatchesAsDocumented(group.cases);
          return;
        case 'valid':
          itAccepts(group.cases);
          return;
        case 'invalid':
          itRejects(group.cases);
      }
    });
  }
}

export function itMatchesAsDocumented(cases: readonly MatchCase[]): void {
  it.each(cases)('$name', ({ pattern, event, matches }) => {
    // Prepare
    const compiled = compileEventPattern(pattern);

    // Act
    const result = compiled.matches(event);

    // Assess
    expect(result).toBe(matches);
  });
}

export function itRejects(cases: readonly InvalidCase[]): void {
  it.each(cases)('$name', ({ pattern, reason }) => {
    // Act
    const error = compileError(pattern);

    // Assess
    expect(error).toBeInstanceOf(InvalidEventPatternError);
    expect(error?.message).toMatch(reason);
  });
}

export function itAccepts(cases: readonly ValidCase[]): void {
  it.each(cases)('$name', ({ pattern }) => {
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
