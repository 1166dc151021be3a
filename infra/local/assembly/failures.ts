import type { ProblemSink } from './problems';
import { DependencyFailed, ResolutionError } from './resolution-error';
import { PropertyValueError } from './types/properties';

/** Where a failure happened, for the problem report. */
export interface ProblemLocation {
  readonly location: string;
  readonly logicalId?: string;
  readonly resourceType?: string;
}

/**
 * Turns a resolution failure into a reported problem. Failures caused by an earlier failure are dropped (that one is
 * already reported); anything that is not a template problem is a bug and is rethrown.
 */
export function reportFailure(error: unknown, where: ProblemLocation, report: ProblemSink): void {
  if (error instanceof DependencyFailed) return;
  if (error instanceof ResolutionError) {
    report({ ...where, code: error.code, property: error.path, message: error.message, hint: error.hint });
    return;
  }
  if (error instanceof PropertyValueError) {
    report({ ...where, code: 'UNSUPPORTED_PROPERTY_VALUE', property: error.property, message: error.message });
    return;
  }
  throw error;
}
