import type { JsonObject } from '../../assembly/json';
import type { StepFunctionsLogger } from '../step-functions-logger';
import type { ExecutionRecord } from './execution-record';

export const STATUS_CHANGE_SOURCE = 'aws.states';
export const STATUS_CHANGE_DETAIL_TYPE = 'Step Functions Execution Status Change';

/** One PutEvents entry for the account's default bus (no EventBusName), shaped like EventBridge's request entry. */
export interface StatusChangeEntry {
  readonly source: typeof STATUS_CHANGE_SOURCE;
  readonly detailType: typeof STATUS_CHANGE_DETAIL_TYPE;
  /** The event's detail as JSON text. */
  readonly detail: string;
  readonly resources: readonly string[];
  readonly time: Date;
}

/** Where status-change events go; the wiring connects it to the local EventBridge's default bus. */
export type PutEventsPort = (entries: readonly StatusChangeEntry[]) => Promise<void>;

// "If the combined escaped input and escaped output sent to EventBridge exceeds 248 KB, then the input will be
// excluded. Similarly, if the escaped output exceeds 248 KB, then the output will be excluded."
const PAYLOAD_LIMIT = 248 * 1024;

/**
 * The event Standard workflows send when an execution starts (RUNNING) and when it ends: the detail carries what
 * DescribeExecution returns, dates in epoch milliseconds, absent values as null, as the developer guide's examples
 * show. Express workflows send none.
 */
export function statusChangeEntry(record: ExecutionRecord, time: Date): StatusChangeEntry {
  const output = record.status === 'SUCCEEDED' ? (record.output ?? null) : null;
  const outputIncluded = output !== null && escapedLength(output) <= PAYLOAD_LIMIT;
  const inputIncluded = escapedLength(record.input) + (outputIncluded ? escapedLength(output) : 0) <= PAYLOAD_LIMIT;
  const detail: JsonObject = {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: record.startDate,
    stopDate: record.stopDate ?? null,
    input: inputIncluded ? record.input : null,
    output: outputIncluded ? output : null,
    inputDetails: { included: inputIncluded },
    outputDetails: output === null ? null : { included: outputIncluded },
    error: record.error ?? null,
    cause: record.cause ?? null,
    redriveCount: 0,
    redriveDate: null,
    redriveStatus: 'NOT_REDRIVABLE',
    redriveStatusReason: redriveStatusReason(record),
    stateMachineVersionArn: null,
    stateMachineAliasArn: null,
  };
  return {
    source: STATUS_CHANGE_SOURCE,
    detailType: STATUS_CHANGE_DETAIL_TYPE,
    detail: JSON.stringify(detail),
    resources: [record.executionArn],
    time,
  };
}

/** RedriveExecution is not emulated, so no execution is ever redrivable; AWS's own reasons where it has one. */
export function redriveStatusReason(record: ExecutionRecord): string {
  if (record.status === 'RUNNING' || record.status === 'SUCCEEDED') return `Execution is ${record.status} and cannot be redriven`;
  return 'RedriveExecution is not emulated by the local cloud';
}

function escapedLength(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), 'utf8');
}

/** Status-change events on their way to the bus, best effort as on AWS: a failure is logged, never retried. */
export class StatusEvents {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly putEvents: PutEventsPort | undefined,
    private readonly now: () => Date,
    private readonly logger: StepFunctionsLogger,
  ) {}

  publish(record: ExecutionRecord): void {
    const put = this.putEvents;
    if (put === undefined || record.machine.type === 'EXPRESS') return;
    const delivery = new Promise<void>((resolve) => {
      resolve(put([statusChangeEntry(record, this.now())]));
    }).catch((error: unknown) => {
      this.logger.warn('execution status-change event not delivered', { service: 'states', executionArn: record.executionArn, error: String(error) });
    });
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
