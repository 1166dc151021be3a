import type { Json } from '../../../../../assembly/json';
import type { ExecutionEngineOptions } from '../../../engine';
import type { HistoryEvent } from '../../../history/history-event';
import type { ExecutionSnapshot } from '../../../runtime/snapshot';
import { EXECUTION_ARN, engineFor, eventually } from './harness';

export interface Persisted {
  readonly snapshot: ExecutionSnapshot;
  readonly history: HistoryEvent[];
}

/**
 * Runs `definition` with a persisting onCheckpoint until a checkpoint's snapshot satisfies `when`, then "kills the
 * process": stops the execution and keeps only what had been persisted up to that checkpoint.
 */
export async function runUntilCheckpoint(
  definition: Json,
  input: Json,
  when: (snapshot: ExecutionSnapshot) => boolean,
  options: Partial<ExecutionEngineOptions> = {},
): Promise<Persisted> {
  const history: HistoryEvent[] = [];
  let persisted: Persisted | undefined;
  const engine = engineFor(definition, {
    ...options,
    onCheckpoint: ({ snapshot, events }) => {
      if (persisted) return;
      history.push(...events);
      if (when(snapshot)) persisted = { snapshot, history: [...history] };
    },
  });
  const running = engine.start({ executionArn: EXECUTION_ARN, name: 'run-1', input });
  await eventually(() => persisted !== undefined);
  await engine.stop(EXECUTION_ARN);
  await running;
  if (!persisted) throw new Error('no checkpoint matched');
  return persisted;
}

/** Ids run 1…n without gaps or repeats, and every previousEventId points back. */
export function assertContinuous(events: readonly HistoryEvent[]): void {
  events.forEach((event, index) => {
    if (event.id !== index + 1) throw new Error(`event ${index} has id ${event.id}`);
    if (event.previousEventId >= event.id) throw new Error(`event ${event.id} points forward to ${event.previousEventId}`);
  });
}
