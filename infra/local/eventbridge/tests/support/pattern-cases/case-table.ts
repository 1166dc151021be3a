import type { Json, JsonObject } from '../../../../assembly/json';

/**
 * The event-pattern case tables, as data: written once from the EventBridge user guide and run by the engine's own
 * tests (against `compileEventPattern`) and by the API conformance test (TestEventPattern, PutRule, a rule → SQS).
 */

/** A pattern and an event, and whether EventBridge matches them. A pattern may be JSON text (repeated keys, `3.0e2`). */
export interface MatchCase {
  readonly name: string;
  readonly pattern: Json | string;
  readonly event: JsonObject;
  readonly matches: boolean;
}

/** A pattern EventBridge accepts. */
export interface ValidCase {
  readonly name: string;
  readonly pattern: Json | string;
}

/** A pattern EventBridge refuses (InvalidEventPatternException), and words its reason must contain. */
export interface InvalidCase {
  readonly name: string;
  readonly pattern: Json | string;
  readonly reason: RegExp;
}

/** Cases under one heading (the engine tests' `describe`). */
export type CaseGroup =
  | { readonly heading: string; readonly kind: 'matching'; readonly cases: readonly MatchCase[] }
  | { readonly heading: string; readonly kind: 'valid'; readonly cases: readonly ValidCase[] }
  | { readonly heading: string; readonly kind: 'invalid'; readonly cases: readonly InvalidCase[] };

export function matching(heading: string, cases: readonly MatchCase[]): CaseGroup {
  return { heading, kind: 'matching', cases };
}

export function valid(heading: string, cases: readonly ValidCase[]): CaseGroup {
  return { heading, kind: 'valid', cases };
}

export function invalid(heading: string, cases: readonly InvalidCase[]): CaseGroup {
  return { heading, kind: 'invalid', cases };
}

/** Shorthand for the many cases that only look at `detail`: `detailWith({ state: 'running' })`. */
export function detailWith(detail: JsonObject): JsonObject {
  return { source: 'ecommerce.test', 'detail-type': 'Test', detail };
}
