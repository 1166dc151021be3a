/** An event pattern EventBridge would refuse (PutRule, TestEventPattern, a template rule at start). */
export class InvalidEventPatternError extends Error {
  readonly code = 'InvalidEventPatternException';

  constructor(reason: string) {
    super(`Event pattern is not valid. Reason: ${reason}`);
    this.name = 'InvalidEventPatternError';
  }
}

/** The field names leading to a part of the pattern, e.g. `["detail", "price"]`. */
export type PatternPath = readonly string[];

function describePath(path: PatternPath): string {
  return path.length === 0 ? 'the top level' : `"${path.join('.')}"`;
}

/** Throws the error for a problem at `path`, naming the field so the author can find it. */
export function invalidAt(path: PatternPath, reason: string): never {
  throw new InvalidEventPatternError(`${reason} (at ${describePath(path)})`);
}
