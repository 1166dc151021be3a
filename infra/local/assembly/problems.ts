/**
 * Everything that keeps a cloud assembly from running locally. The loader collects all of them before failing, so one
 * start shows every unsupported type, property or reference at once instead of one per attempt.
 */
export type ProblemCode =
  | 'INVALID_ASSEMBLY'
  | 'INVALID_TEMPLATE'
  | 'UNSUPPORTED_RESOURCE_TYPE'
  | 'UNSUPPORTED_PROPERTY'
  | 'UNSUPPORTED_PROPERTY_VALUE'
  | 'UNSUPPORTED_INTRINSIC'
  | 'UNSUPPORTED_TRANSFORM'
  | 'UNRESOLVED_REFERENCE'
  | 'UNKNOWN_ATTRIBUTE'
  | 'INVALID_INTRINSIC'
  | 'CIRCULAR_DEPENDENCY'
  | 'MISSING_PARAMETER'
  | 'MISSING_ASSET';

export interface AssemblyProblem {
  readonly code: ProblemCode;
  readonly stack: string;
  /** Where in the template: a resource's logical id, or `Outputs.<name>`, `Conditions.<name>`, `Parameters.<name>`. */
  readonly location: string;
  /** Set when the problem belongs to a resource. */
  readonly logicalId?: string;
  readonly resourceType?: string;
  /** Path inside the resource's Properties (or the output's Value), e.g. `Environment.Variables.TABLE_NAME`. */
  readonly property?: string;
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
}

export function formatProblem(problem: AssemblyProblem): string {
  const type = problem.resourceType === undefined ? '' : ` (${problem.resourceType})`;
  const property = problem.property === undefined || problem.property === '' ? '' : ` › ${problem.property}`;
  const hint = problem.hint === undefined ? '' : ` — ${problem.hint}`;
  return `${problem.stack} › ${problem.location}${type}${property}: [${problem.code}] ${problem.message}${hint}`;
}

/** Thrown by the loader with every problem it found; `code` is stable for callers and tests to match on. */
export class AssemblyLoadError extends Error {
  readonly code = 'CLOUD_ASSEMBLY_NOT_RUNNABLE';

  constructor(
    readonly source: string,
    readonly problems: readonly AssemblyProblem[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `The cloud assembly ${source} cannot run in the local cloud (${count}):\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'AssemblyLoadError';
  }
}

/** Collects problems, dropping exact duplicates (a missing parameter referenced ten times is one problem). */
export class ProblemList {
  private readonly seen = new Set<string>();
  private readonly list: AssemblyProblem[] = [];

  add(problem: AssemblyProblem): void {
    const key = formatProblem(problem);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(problem);
  }

  get all(): readonly AssemblyProblem[] {
    return this.list;
  }
}

/** Reports a problem of the stack being resolved (the stack name is filled in by whoever owns the sink). */
export type ProblemSink = (problem: Omit<AssemblyProblem, 'stack'>) => void;
