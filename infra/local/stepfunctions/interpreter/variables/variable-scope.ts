import type { Json } from '../../../assembly/json';
import { StatesError } from '../../states-error';
import { ErrorNames } from '../errors/interpreter-errors';
import { ASSIGN_LIMIT_BYTES, jsonBytes, TOTAL_VARIABLES_LIMIT_BYTES, VARIABLE_LIMIT_BYTES } from '../payload-limits';

/**
 * Workflow variables of one scope: the top-level states share one; each Parallel branch and each Map iteration gets
 * its own, which reads the enclosing scopes but never writes them (the definition check rejects inner states that
 * assign an outer name). `own` is the plain object stored in the execution snapshot, so assignments persist with it.
 */
export class VariableScope {
  constructor(
    private readonly own: Record<string, Json>,
    private readonly parent?: VariableScope,
  ) {}

  /** Every variable the scope can read, inner names over outer ones. */
  visible(): Readonly<Record<string, Json>> {
    if (!this.parent) return this.own;
    return { ...this.parent.visible(), ...this.own };
  }

  /**
   * Stores one state's assignments, all at once (they were evaluated against the values from before the state).
   * Enforces the documented quotas: 256 KiB per variable and per Assign, 10 MiB for all variables.
   */
  assign(values: Readonly<Record<string, Json>>): void {
    const names = Object.keys(values);
    if (names.length === 0) return;
    let assignBytes = 0;
    for (const name of names) {
      const bytes = jsonBytes(values[name] ?? null);
      if (bytes > VARIABLE_LIMIT_BYTES) {
        throw new StatesError(ErrorNames.dataLimitExceeded, `The variable '${name}' has a size of ${bytes} bytes, exceeding the maximum of ${VARIABLE_LIMIT_BYTES} bytes.`);
      }
      assignBytes += bytes;
    }
    if (assignBytes > ASSIGN_LIMIT_BYTES) {
      throw new StatesError(ErrorNames.dataLimitExceeded, `The assigned variables have a combined size of ${assignBytes} bytes, exceeding the maximum of ${ASSIGN_LIMIT_BYTES} bytes.`);
    }
    const total = jsonBytes({ ...this.visible(), ...values });
    if (total > TOTAL_VARIABLES_LIMIT_BYTES) {
      throw new StatesError(ErrorNames.dataLimitExceeded, `The stored variables would have a size of ${total} bytes, exceeding the maximum of ${TOTAL_VARIABLES_LIMIT_BYTES} bytes.`);
    }
    Object.assign(this.own, values);
  }
}
