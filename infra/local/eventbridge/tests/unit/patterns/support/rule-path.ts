import { PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { resolveTemplate } from '../../../../../assembly';
import { startHarness, type Harness } from '../../support/eventbridge-harness';
import type { PutEventsForm } from './api-forms';

export interface RuleCase {
  readonly name: string;
  readonly form: PutEventsForm;
}

/** PutEvents takes at most 10 entries per call. */
const BATCH = 10;

/**
 * Runs every case through a real rule, in one batch per envelope (account and region): one local EventBridge with, on
 * its default bus, one rule per distinct pattern, each with its own SQS queue as target (recorded by the fake ports);
 * then every case's event is put, and once delivery has settled each case's queue is read for the case's event.
 * Every event meets every rule, as on a busy bus; event ids (handed out in put order) tell the cases apart.
 *
 * Answers, per case name, how many times the queue of its pattern's rule received its event.
 */
export async function deliveriesThroughRules(cases: readonly RuleCase[]): Promise<ReadonlyMap<string, number>> {
  const byEnvelope = new Map<string, RuleCase[]>();
  for (const one of cases) {
    const key = `${one.form.envelope.accountId} ${one.form.envelope.region}`;
    byEnvelope.set(key, [...(byEnvelope.get(key) ?? []), one]);
  }
  const deliveries = new Map<string, number>();
  for (const group of byEnvelope.values()) {
    for (const [name, count] of await deliverInOneEventBridge(group)) deliveries.set(name, count);
  }
  return deliveries;
}

async function deliverInOneEventBridge(cases: readonly RuleCase[]): Promise<Map<string, number>> {
  const envelope = cases[0]?.form.envelope;
  if (envelope === undefined) return new Map();
  const ids = eventIds(cases);
  const pendingIds = [...ids];
  const patterns = [...new Set(cases.map(({ form }) => form.eventPattern))];
  const queueOf = (eventPattern: string): string =>
    `arn:aws:sqs:${envelope.region}:${envelope.accountId}:rule-${String(patterns.indexOf(eventPattern))}`;
  const harness = await startHarness({
    stacks: [resolveTemplate({ Resources: {} }, { stackName: 'Conformance', ...envelope })],
    newEventId: () => pendingIds.shift() ?? 'unexpected-event',
  });
  try {
    await Promise.all(
      patterns.map((eventPattern, index) =>
        putRuleWithQueue(harness, `rule-${String(index)}`, eventPattern, queueOf(eventPattern)),
      ),
    );
    // One batch after the other, so that ids are handed out in put order.
    for (let start = 0; start < cases.length; start += BATCH) {
      await putEntries(harness, cases.slice(start, start + BATCH));
    }
    await harness.eventBridge.idle();
    return new Map(
      cases.map(({ name, form }, index) => {
        const received = harness.ports
          .sentTo(queueOf(form.eventPattern))
          .filter(({ body }) => eventIdOf(body) === ids[index]);
        return [name, received.length];
      }),
    );
  } finally {
    await harness.close();
  }
}

/** The case's own id when its pattern tests `id`, a unique one otherwise; no two events of a batch may share one. */
function eventIds(cases: readonly RuleCase[]): string[] {
  const ids = cases.map(({ form }, index) => form.envelope.id ?? `conformance-${String(index)}`);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) throw new Error(`two cases of one batch need the same event id: ${repeated.join(', ')}`);
  return ids;
}

async function putRuleWithQueue(harness: Harness, rule: string, eventPattern: string, queueArn: string): Promise<void> {
  await harness.sdk.send(new PutRuleCommand({ Name: rule, EventPattern: eventPattern }));
  await harness.sdk.send(new PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'queue', Arn: queueArn }] }));
}

async function putEntries(harness: Harness, cases: readonly RuleCase[]): Promise<void> {
  const { FailedEntryCount, Entries } = await harness.sdk.send(
    new PutEventsCommand({ Entries: cases.map(({ form }) => form.entry) }),
  );
  if (FailedEntryCount !== 0) throw new Error(`PutEvents refused entries: ${JSON.stringify(Entries)}`);
}

function eventIdOf(body: string): unknown {
  const event: unknown = JSON.parse(body);
  return typeof event === 'object' && event !== null && 'id' in event ? event.id : undefined;
}
