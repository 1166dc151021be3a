import type { JsonObject } from '../../assembly/json';

export type StateMachineType = 'STANDARD' | 'EXPRESS';

/**
 * One state machine as DescribeStateMachine describes it. Immutable: an update makes a new value, and every execution
 * keeps the value it started with (Step Functions runs an execution on the definition it started on, and
 * DescribeStateMachineForExecution answers with that one). Plain JSON, so it persists with the execution.
 */
export interface StateMachine {
  readonly arn: string;
  readonly name: string;
  readonly type: StateMachineType;
  /** The ASL definition as JSON text, as the API returns it. */
  readonly definition: string;
  readonly roleArn: string;
  /** Epoch milliseconds. */
  readonly creationDate: number;
  readonly updateDate: number;
  /** Absent until the first update (AWS: "The first revision ID when you create the state machine is null"). */
  readonly revisionId?: string;
  /** Accepted and echoed; nothing is logged or traced to AWS locally. In the API's camelCase shape. */
  readonly loggingConfiguration: JsonObject;
  readonly tracingConfiguration: JsonObject;
  /** Where it came from: the template (restored on every start) or the API (persisted with a data directory). */
  readonly origin: 'template' | 'api';
}

export const DEFAULT_LOGGING_CONFIGURATION: JsonObject = { level: 'OFF', includeExecutionData: false };
export const DEFAULT_TRACING_CONFIGURATION: JsonObject = { enabled: false };
