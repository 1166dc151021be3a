import type { InvokeOutcome } from '../../../../lambda';
import {
  createLocalSqs,
  sqsEventSourceMappings,
  type LocalSqs,
  type Queue,
  type SqsEventRecord,
  type SqsEventSource,
} from '../../..';
import { CapturingLogger, counterIds, EDGE_URL, stackOf } from './sqs-harness';

/** A source queue with a dead-letter queue after `maxReceiveCount`, and a mapping from it to `process-orders`. */
export function mappingTemplate(mapping: Record<string, unknown> = {}, queue: Record<string, unknown> = {}) {
  return {
    Resources: {
      OrdersDlq: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders-dlq' } },
      Orders: {
        Type: 'AWS::SQS::Queue',
        Properties: {
          QueueName: 'orders',
          VisibilityTimeout: 5,
          RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['OrdersDlq', 'Arn'] }, maxReceiveCount: 3 },
          ...queue,
        },
      },
      Mapping: {
        Type: 'AWS::Lambda::EventSourceMapping',
        Properties: { FunctionName: 'process-orders', EventSourceArn: { 'Fn::GetAtt': ['Orders', 'Arn'] }, ...mapping },
      },
    },
  };
}

/** A stand-in for the Lambda runtime: records each event and answers with what the test scripts. */
export class FakeFunction {
  readonly events: { Records: SqsEventRecord[] }[] = [];
  running = 0;
  mostRunning = 0;

  constructor(
    private readonly answer: (
      event: { Records: SqsEventRecord[] },
      call: number,
    ) => InvokeOutcome | Promise<InvokeOutcome>,
  ) {}

  readonly invoke = async (payload: string): Promise<InvokeOutcome> => {
    const event = JSON.parse(payload) as { Records: SqsEventRecord[] };
    this.events.push(event);
    this.running += 1;
    this.mostRunning = Math.max(this.mostRunning, this.running);
    try {
      return await this.answer(event, this.events.length);
    } finally {
      this.running -= 1;
    }
  };

  bodies(): string[][] {
    return this.events.map((event) => event.Records.map((record) => record.body));
  }
}

export const succeeded = (payload: unknown = null): InvokeOutcome => ({
  kind: 'completed',
  requestId: 'request',
  payload: JSON.stringify(payload),
  logTail: '',
});
export const failed = (): InvokeOutcome => ({
  kind: 'completed',
  requestId: 'request',
  payload: '{"errorType":"Error","errorMessage":"boom"}',
  functionError: 'Unhandled',
  logTail: '',
});
export const throttled = (): InvokeOutcome => ({ kind: 'throttled', requestId: 'request' });

export interface MappingHarness {
  readonly sqs: LocalSqs;
  /** The mapping's source queue. */
  readonly orders: Queue;
  /** Its dead-letter queue, when it has one. */
  readonly dlq: Queue;
  readonly source: SqsEventSource;
  readonly logger: CapturingLogger;
  close(): Promise<void>;
}

/** The template's queues and mapping, running 100× faster than real time (a 5 s visibility timeout is 50 ms). */
export function startMapping(
  fn: FakeFunction,
  template: object = mappingTemplate(),
  options: { filter?: (record: SqsEventRecord) => boolean; functionConcurrency?: number } = {},
): MappingHarness {
  const logger = new CapturingLogger();
  const stack = stackOf(template);
  const sqs = createLocalSqs({ stacks: [stack], timeScale: 0.01, logger, edgeUrl: EDGE_URL, newId: counterIds('m') });
  const [mapping] = sqsEventSourceMappings([stack]);
  const orders = mapping === undefined ? undefined : sqs.queues.byArn(mapping.eventSourceArn);
  const dlq = sqs.queues.byName('orders-dlq');
  if (mapping === undefined || orders === undefined || dlq === undefined)
    throw new Error('the template needs a mapping and orders-dlq');
  const source = sqs.startEventSource({ mapping, invoke: fn.invoke, ...options });
  return { sqs, orders, dlq, source, logger, close: () => sqs.stop() };
}

/** Polls `condition` every 5 ms until it holds; fails the test after `timeoutMs`. */
export async function eventually(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
