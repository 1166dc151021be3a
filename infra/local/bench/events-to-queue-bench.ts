import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { synthesizeApp } from '../../synthesize';
import { LOCAL_CREDENTIALS } from '../dynamodb/dynamodb-local-process';
import { startLocalCloud } from '../local-cloud';

/**
 * `npm run bench:events`: end-to-end latency from PutEvents to the message arriving in an SQS target queue, through
 * the local cloud booted in this process (in memory), at BENCH_EVENTS_RATE events/s (default 100) for 10 s. The rule
 * and queue are created through the APIs, on the app's own bus; a receiver long-polls the queue meanwhile.
 */
const RATE = Number(process.env.BENCH_EVENTS_RATE ?? 100);
const SECONDS = 10;
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'bench-events-'));
  process.env.CDK_VALIDATION = 'false';
  const { stackName } = synthesizeApp(path.join(workDir, 'cdk.out'), {}, { nagChecks: false });
  const cloud = await startLocalCloud({ assemblyDir: path.join(workDir, 'cdk.out'), stackName, edgePort: 0, apiPort: 0, logDir: path.join(workDir, 'logs'), logger: silent });
  const config = { endpoint: cloud.edgeUrl, region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
  const events = new EventBridgeClient(config);
  const sqs = new SQSClient(config);
  try {
    const busName = cloud.stack.outputs.EventBusName ?? '';
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'bench-target' }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    await events.send(new PutRuleCommand({ Name: 'bench', EventBusName: busName, EventPattern: JSON.stringify({ source: ['bench'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 'bench', EventBusName: busName, Targets: [{ Id: 'queue', Arn: Attributes?.QueueArn ?? '' }] }));

    const sentAt = new Map<number, number>();
    const latencies: number[] = [];
    const total = RATE * SECONDS;
    const phase = { sending: true };
    const receiver = (async () => {
      while (phase.sending || latencies.length < total) {
        const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
        const arrived = performance.now();
        for (const message of Messages) {
          const { seq } = (JSON.parse(message.Body ?? '{}') as { detail: { seq: number } }).detail;
          const sent = sentAt.get(seq);
          if (sent !== undefined) latencies.push(arrived - sent);
        }
        if (Messages.length > 0) {
          await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })) }));
        }
        if (!phase.sending && Messages.length === 0) break;
      }
    })();
    const started = performance.now();
    const puts: Promise<unknown>[] = [];
    for (let seq = 0; seq < total; seq += 1) {
      const due = started + (seq * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sentAt.set(seq, performance.now());
      puts.push(events.send(new PutEventsCommand({ Entries: [{ EventBusName: busName, Source: 'bench', DetailType: 'Tick', Detail: JSON.stringify({ seq }) }] })));
    }
    await Promise.all(puts);
    const deadline = performance.now() + 15_000;
    while (latencies.length < total && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    phase.sending = false;
    await receiver;
    latencies.sort((a, b) => a - b);
    process.stdout.write(
      `PutEvents → SQS target at ${RATE}/s for ${SECONDS} s: delivered ${latencies.length}/${total}, ` +
        `p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${(latencies.at(-1) ?? Number.NaN).toFixed(2)} ms\n`,
    );
  } finally {
    events.destroy();
    sqs.destroy();
    await cloud.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
