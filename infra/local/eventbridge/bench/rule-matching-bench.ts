/**
 * Rule matching cost per event with 10 vs 300 rules on a bus (target: 300 rules ≤ 2 × 10 rules), plus the in-process
 * PutEvents → target latency. Not a test: run with `npx tsx infra/local/eventbridge/bench/rule-matching-bench.ts`.
 *
 * The rules look like the shop's: each pins a source (10 domains) and a detail-type, half also a detail field; two
 * rules on every bus pin neither (a prefix, an anything-but) and are candidates for every event. Two traffic mixes:
 * - "same traffic": only the event types the 10-rule bus has rules for; the 300-rule bus adds 290 rules for other
 *   types. Same matches on both buses, so the ratio is what the extra rules cost (a linear scan pays for all 300).
 * - "all types": events spread over all 300 types. On the 300-rule bus most events now match a rule the 10-rule bus
 *   does not have, so it does more real work (more matches); the cost per event still must not follow rule count.
 */
import { performance } from 'node:perf_hooks';
import type { JsonObject } from '../../assembly/json';
import { compileEventPattern } from '../patterns';
import { createLocalEventBridge, type TargetPorts } from '..';
import { RuleRegistry } from '../rules/rule-registry';
import { resolveTemplate } from '../../assembly';

const BUS = 'ecommerce-bench';
const DOMAINS = 10;
const TYPES = 30;
const EVENTS = 200_000;

function patternOf(index: number): JsonObject {
  return {
    source: [`ecommerce.domain${String(index % DOMAINS)}`],
    'detail-type': [`Event${String(Math.floor(index / DOMAINS) % TYPES)}`],
    ...(index % 2 === 0 ? { detail: { data: { status: ['PAID', 'CONFIRMED'] } } } : {}),
  };
}

const UNINDEXED: readonly JsonObject[] = [
  { source: [{ prefix: 'ecommerce.' }], detail: { data: { total: [{ numeric: ['>', 1000] }] } } },
  { 'detail-type': [{ 'anything-but': ['Heartbeat'] }], detail: { metadata: { replay: [{ exists: true }] } } },
];

function rulesFor(count: number): JsonObject[] {
  return [...UNINDEXED, ...Array.from({ length: count - UNINDEXED.length }, (_, index) => patternOf(index))];
}

/** `types`: how many of the 30 detail-types (times the 10 domains) the traffic spans. */
function events(count: number, types: number, domains = DOMAINS): JsonObject[] {
  let seed = 42;
  const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => ({
    version: '0',
    id: 'e',
    source: `ecommerce.domain${String(Math.floor(random() * domains))}`,
    'detail-type': `Event${String(Math.floor(random() * types))}`,
    account: '000000000000',
    time: '2026-11-24T10:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: { metadata: { eventId: 'x' }, data: { status: random() < 0.5 ? 'PAID' : 'PENDING', total: Math.floor(random() * 2000) } },
  }));
}

function registryWith(patterns: readonly JsonObject[]): RuleRegistry {
  const registry = new RuleRegistry();
  patterns.forEach((pattern, index) => {
    const text = JSON.stringify(pattern);
    registry.put({
      name: `rule-${String(index)}`,
      busName: BUS,
      arn: `arn:aws:events:us-east-1:000000000000:rule/${BUS}/rule-${String(index)}`,
      eventPattern: text,
      pattern: compileEventPattern(text),
      state: 'ENABLED',
      createdBy: '000000000000',
    });
  });
  return registry;
}

/** Nanoseconds per event, best of 5 runs; `matched` checks both configurations did real work. */
function measure(match: (event: JsonObject) => number, sample: readonly JsonObject[]): { nsPerEvent: number; matched: number } {
  let best = Number.POSITIVE_INFINITY;
  let matched = 0;
  for (let run = 0; run < 5; run++) {
    matched = 0;
    const started = performance.now();
    for (const event of sample) matched += match(event);
    best = Math.min(best, performance.now() - started);
  }
  return { nsPerEvent: (best * 1e6) / sample.length, matched };
}

function matchingBench(label: string, sample: readonly JsonObject[]): string[] {
  const lines = [`${label}:`];
  const results = [10, 300].map((count) => {
    const patterns = rulesFor(count);
    const registry = registryWith(patterns);
    const compiled = patterns.map((pattern) => compileEventPattern(pattern));
    const indexed = measure((event) => registry.matching(BUS, event).length, sample);
    const scan = measure((event) => compiled.filter((pattern) => pattern.matches(event)).length, sample);
    lines.push(
      `  ${String(count).padStart(3)} rules: indexed ${indexed.nsPerEvent.toFixed(0).padStart(5)} ns/event ` +
        `(${(1e9 / indexed.nsPerEvent / 1000).toFixed(0)}k events/s, ${(indexed.matched / sample.length).toFixed(2)} matches/event)` +
        `  | linear scan ${scan.nsPerEvent.toFixed(0).padStart(6)} ns/event`,
    );
    return indexed.nsPerEvent;
  });
  const [ten = 1, threeHundred = 1] = results;
  lines.push(`  ratio 300/10 (indexed): ${(threeHundred / ten).toFixed(2)}  (target ≤ 2.00)`);
  return lines;
}

/**
 * PutEvents handled in-process (no HTTP), delivering to a fake SQS port: throughput with 10-entry requests sent back
 * to back, then the latency from PutEvents to the target port for single events sent one at a time.
 */
async function putEventsBench(ruleCount: number): Promise<string> {
  const stack = resolveTemplate({ Resources: { Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: BUS } } } }, { stackName: 'Bench' });
  let sentAt = 0;
  const latencies: number[] = [];
  const ports: TargetPorts = {
    invokeLambdaAsync: () => Promise.resolve(),
    sendSqsMessage: () => {
      latencies.push(performance.now() - sentAt);
      return Promise.resolve();
    },
  };
  const eventBridge = createLocalEventBridge({ stacks: [stack], targets: ports });
  const call = (target: string, body: object): Promise<unknown> =>
    eventBridge.service.handle({
      method: 'POST',
      path: '/',
      query: {},
      headers: { 'x-amz-target': `AWSEvents.${target}` },
      body: Buffer.from(JSON.stringify(body)),
      httpVersion: '1.1',
    });
  const entryOf = (event: JsonObject): object => ({
    EventBusName: BUS,
    Source: event.source,
    DetailType: event['detail-type'],
    Detail: JSON.stringify(event.detail),
  });
  for (const [index, pattern] of rulesFor(ruleCount).entries()) {
    await call('PutRule', { Name: `rule-${String(index)}`, EventBusName: BUS, EventPattern: JSON.stringify(pattern) });
    const target = { Id: 'q', Arn: 'arn:aws:sqs:us-east-1:000000000000:bench' };
    await call('PutTargets', { Rule: `rule-${String(index)}`, EventBusName: BUS, Targets: [target] });
  }

  const burst = events(20_000, TYPES);
  const started = performance.now();
  for (let offset = 0; offset < burst.length; offset += 10) {
    await call('PutEvents', { Entries: burst.slice(offset, offset + 10).map(entryOf) });
  }
  await eventBridge.idle();
  const throughput = burst.length / ((performance.now() - started) / 1000);

  // Events matching exactly one rule (rule-0: domain0 / Event0 / PAID), one at a time.
  latencies.length = 0;
  const single = {
    EventBusName: BUS,
    Source: 'ecommerce.domain0',
    DetailType: 'Event0',
    Detail: JSON.stringify({ metadata: { eventId: 'x' }, data: { status: 'PAID', total: 10 } }),
  };
  for (const entry of Array.from({ length: 2_000 }, () => single)) {
    sentAt = performance.now();
    await call('PutEvents', { Entries: [entry] });
    await eventBridge.idle();
  }
  await eventBridge.stop();
  latencies.sort((a, b) => a - b);
  const at = (p: number): string => (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN).toFixed(3);
  return (
    `  ${String(ruleCount).padStart(3)} rules: ${(throughput / 1000).toFixed(1)}k events/s (10-entry PutEvents, all types); ` +
    `PutEvents → target port p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (${String(latencies.length)} single events)`
  );
}

async function main(): Promise<void> {
  const lines = [
    'Rule matching per event (RuleRegistry.matching, in-process, best of 5 × 200k events):',
    // The 10-rule bus has rules for Event0 of domains 0–7: the same traffic is those 8 source/detail-type pairs.
    ...matchingBench('same traffic', events(EVENTS, 1, 8)),
    ...matchingBench('all types', events(EVENTS, TYPES)),
    '',
    'PutEvents in-process (no HTTP; fake SQS port; delivery after PutEvents answers):',
  ];
  for (const count of [10, 300]) lines.push(await putEventsBench(count));
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
