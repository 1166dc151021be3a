/**
 * JSONPath-mode data flow for the Step Functions interpreter: paths (`$`, `$$`, `$variable`), Payload Templates with
 * `.$` fields, ResultPath, and the `States.*` intrinsic functions. Every failure is a StatesError: `States.Runtime`
 * for a bad path, a path that matches nothing, or a malformed definition; `States.IntrinsicFailure` for an intrinsic
 * given arguments it cannot work with.
 */
import { runtimeError } from '../states-error';
import { parsePath } from './path-syntax';

export type { PathScope } from './path-evaluation';
export { selectPath, pathExists } from './path-evaluation';
export { applyPayloadTemplate } from './payload-template';
export { applyResultPath } from './result-path';
export { evaluateIntrinsic } from './intrinsics/evaluate-intrinsic';
export { isIntrinsic } from './intrinsics/intrinsic-syntax';

/**
 * For definition checks at start: throws `States.Runtime` unless `path` is a valid Path (`kind: 'path'`, queries
 * allowed) or Reference Path (`kind: 'reference'`: only single names and indexes, so it selects one node).
 */
export function assertValidPath(path: string, kind: 'path' | 'reference'): void {
  const parsed = parsePath(path);
  if (kind === 'reference' && !parsed.definite) {
    throw runtimeError(
      `Invalid Reference Path '${path}': only names and indexes select a single node (no *, .., [a,b], [x:y], filters)`,
    );
  }
}
