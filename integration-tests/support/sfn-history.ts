import {
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  type SFNClient,
} from '@aws-sdk/client-sfn';

const POLL_MS = 50;

/** Polls `probe` until it returns a value; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${String(timeoutMs)} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The whole history, oldest first, following nextToken as a client must. */
export async function fullHistory(sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 100, nextToken }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return events;
}

/** The history once it holds an event of `type`. */
export function historyOnceItHas(sfn: SFNClient, executionArn: string, type: string): Promise<HistoryEvent[]> {
  return eventually(`${type} in ${executionArn}`, async () => {
    const events = await fullHistory(sfn, executionArn);
    return events.some((event) => event.type === type) ? events : undefined;
  });
}

/** DescribeExecution once the execution is no longer RUNNING. */
export function descriptionOnceEnded(sfn: SFNClient, executionArn: string, timeoutMs = 20_000): Promise<DescribeExecutionCommandOutput> {
  return eventually(
    `the end of ${executionArn}`,
    async () => {
      const description = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return description.status === 'RUNNING' ? undefined : description;
    },
    timeoutMs,
  );
}

/** The states entered, in order, by name (`…StateEntered` events). */
export function statesEntered(events: readonly HistoryEvent[]): string[] {
  return events
    .filter((event) => event.type?.endsWith('StateEntered') === true)
    .map((event) => event.stateEnteredEventDetails?.name ?? '');
}

/** The ids met walking previousEventId back from the last event, until 0 or an id that is not in the history. */
export function causalChain(events: readonly HistoryEvent[]): number[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const chain: number[] = [];
  let current = events.at(-1);
  while (current?.id !== undefined && !chain.includes(current.id)) {
    chain.push(current.id);
    current = byId.get(current.previousEventId);
  }
  return chain;
}
