import { invalidArn } from '../step-functions-errors';

/** The account and region every local state machine lives in (the loader resolves all stacks into one). */
export interface ServiceLocation {
  readonly accountId: string;
  readonly region: string;
}

const STATE_MACHINE_ARN = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:([^:]+)(:[^:]+)?$/;
const EXECUTION_ARN = /^(arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}):(execution|express):([^:]+):([^:]+)(:[^:]+)?$/;

export function stateMachineArn(location: ServiceLocation, name: string): string {
  return `arn:aws:states:${location.region}:${location.accountId}:stateMachine:${name}`;
}

/**
 * A state machine ARN as StartExecution and friends accept it: InvalidArn when it is not one (an execution ARN, a
 * typo). `qualified` is set for version and alias ARNs (`…:stateMachine:name:1`), which the local cloud does not have.
 */
export function parseStateMachineArn(arn: string): { readonly name: string; readonly qualified: boolean } {
  const match = STATE_MACHINE_ARN.exec(arn);
  if (match === null) throw invalidArn(arn);
  return { name: match[1] ?? '', qualified: match[2] !== undefined };
}

export interface ParsedExecutionArn {
  /** `express` for Express executions, whose ARNs Describe/Stop/GetExecutionHistory refuse. */
  readonly kind: 'execution' | 'express';
  readonly stateMachineArn: string;
  readonly name: string;
}

export function parseExecutionArn(arn: string): ParsedExecutionArn {
  const match = EXECUTION_ARN.exec(arn);
  if (match === null) throw invalidArn(arn);
  const [, prefix = '', kind, machineName = '', name = '', expressId] = match;
  // A Standard execution ARN has exactly one segment after the machine name; an Express one has its run id too.
  if ((kind === 'express') !== (expressId !== undefined)) throw invalidArn(arn);
  return { kind: kind === 'express' ? 'express' : 'execution', stateMachineArn: `${prefix}:stateMachine:${machineName}`, name };
}

/** `arn:…:stateMachine:orders` + `run-1` → `arn:…:execution:orders:run-1`. */
export function standardExecutionArn(machineArn: string, name: string): string {
  return `${machineArn.replace(':stateMachine:', ':execution:')}:${name}`;
}

/** Express execution ARNs carry a run id after the name, as names may repeat: `arn:…:express:orders:run-1:<uuid>`. */
export function expressExecutionArn(machineArn: string, name: string, runId: string): string {
  return `${machineArn.replace(':stateMachine:', ':express:')}:${name}:${runId}`;
}
