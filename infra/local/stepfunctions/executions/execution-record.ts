import type { StateMachine } from '../machines/state-machine';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export const EXECUTION_STATUSES: readonly ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

/**
 * What DescribeExecution knows about one execution, plus the state machine version it runs (its definition for a
 * resume, and DescribeStateMachineForExecution's answer). Plain JSON: it is what the store persists.
 */
export interface ExecutionRecord {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  /** Epoch milliseconds. */
  readonly startDate: number;
  readonly stopDate?: number;
  /** JSON text, exactly as the caller sent it. */
  readonly input: string;
  /** JSON text; set when the execution succeeded. */
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
  readonly traceHeader?: string;
  readonly machine: StateMachine;
}

export function isExpress(record: ExecutionRecord): boolean {
  return record.machine.type === 'EXPRESS';
}
