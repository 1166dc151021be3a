import { resolveValue, type IntrinsicScope, type Resolved } from './intrinsics';
import { isJsonArray, isJsonObject, preview, type Json, type JsonObject } from './json';
import { DependencyFailed, ResolutionError } from './resolution-error';

/**
 * The template's Conditions section: each named condition evaluated once (Fn::Equals, Fn::And, Fn::Or, Fn::Not and
 * `{ "Condition": name }`), with cycles between conditions reported instead of recursing forever.
 */
export class ConditionTable {
  private readonly values = new Map<string, boolean>();
  private readonly failed = new Set<string>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly definitions: JsonObject,
    /** Resolves operands of Fn::Equals: parameters, pseudo parameters and mappings only. */
    private readonly operandScope: IntrinsicScope,
  ) {}

  get names(): readonly string[] {
    return Object.keys(this.definitions);
  }

  evaluate(name: string, path: string): boolean {
    const known = this.values.get(name);
    if (known !== undefined) return known;
    if (this.failed.has(name)) throw new DependencyFailed(name);
    const definition = this.definitions[name];
    if (definition === undefined) {
      throw new ResolutionError('UNRESOLVED_REFERENCE', `condition ${name} is not defined in Conditions`, path);
    }
    if (this.evaluating.has(name)) {
      throw new ResolutionError('CIRCULAR_DEPENDENCY', `condition ${name} depends on itself`, path);
    }
    this.evaluating.add(name);
    try {
      const value = evaluateCondition(definition, this.operandScope, (other) => this.evaluate(other, path), path);
      this.values.set(name, value);
      return value;
    } catch (error) {
      this.failed.add(name);
      throw error;
    } finally {
      this.evaluating.delete(name);
    }
  }
}

const MIN_OPERANDS = 2;
const MAX_OPERANDS = 10;

function evaluateCondition(
  expression: Json,
  scope: IntrinsicScope,
  named: (name: string) => boolean,
  path: string,
): boolean {
  const entries = isJsonObject(expression) ? Object.entries(expression) : [];
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined) throw notACondition(expression, path);
  const [name, argument] = entry;
  const operands = (count: { min: number; max: number }): readonly Json[] => {
    if (isJsonArray(argument) && argument.length >= count.min && argument.length <= count.max) return argument;
    const expected = count.min === count.max ? `${count.min}` : `${count.min} to ${count.max}`;
    throw new ResolutionError('INVALID_INTRINSIC', `${name} takes ${expected} conditions, got ${preview(argument)}`, path);
  };
  const evaluate = (operand: Json): boolean => evaluateCondition(operand, scope, named, path);
  switch (name) {
    case 'Condition':
      if (typeof argument !== 'string') throw notACondition(expression, path);
      return named(argument);
    case 'Fn::Equals': {
      const values = operands({ min: 2, max: 2 }).map((value) => resolveValue(value, scope, path));
      return comparable(values[0]) === comparable(values[1]);
    }
    case 'Fn::And':
      return operands({ min: MIN_OPERANDS, max: MAX_OPERANDS }).every(evaluate);
    case 'Fn::Or':
      return operands({ min: MIN_OPERANDS, max: MAX_OPERANDS }).some(evaluate);
    case 'Fn::Not':
      return !operands({ min: 1, max: 1 }).every(evaluate);
    default:
      throw notACondition(expression, path);
  }
}

/** Fn::Equals compares values, and a template may write `"3"` on one side and `3` on the other. */
function comparable(value: Resolved | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') return 'AWS::NoValue';
  return JSON.stringify(value ?? null);
}

function notACondition(expression: Json, path: string): ResolutionError {
  return new ResolutionError(
    'INVALID_INTRINSIC',
    `expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition), got ${preview(expression)}`,
    path,
  );
}
