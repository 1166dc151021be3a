import type { ProblemCode } from './problems';

/** A value in the template that cannot be resolved; `path` locates it inside the resource's Properties or an output. */
export class ResolutionError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly path: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ResolutionError';
  }
}

/**
 * A reference to a resource or condition that already failed and was reported there. The referencing value is skipped
 * quietly: reporting it again would bury the one problem to fix under its consequences.
 */
export class DependencyFailed extends Error {
  constructor(readonly dependency: string) {
    super(`${dependency} could not be resolved`);
    this.name = 'DependencyFailed';
  }
}
