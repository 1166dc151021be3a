import { parseJson } from '../../assembly/json';
import type { HistoryEvent } from '../interpreter';
import type { DirectoryStore, RecoveredExecution } from '../store/directory-store';
import type { Executions } from './executions';
import type { ResumedTokens } from './resumed-tokens';

/**
 * Takes over what a previous process left on disk: ended executions are listed again; a running one whose last
 * checkpoint holds its end is finished; every other running one continues from its last checkpoint (Waits end at
 * their instants, a delivered task token is waited for again) or, if it never reached one, starts from the top.
 * Returns the ARNs of the executions that run again.
 */
export function recoverExecutions(
  recovered: readonly RecoveredExecution[],
  deps: { readonly executions: Executions; readonly store: DirectoryStore; readonly resumedTokens: ResumedTokens; readonly now: () => Date },
): string[] {
  const running: string[] = [];
  for (const { record, snapshot, history } of recovered) {
    if (record.status !== 'RUNNING') {
      deps.executions.adoptEnded(record);
      continue;
    }
    const { executionArn } = record;
    if (snapshot !== undefined && snapshot.status !== 'RUNNING') {
      deps.executions.adoptFinished(record, {
        status: snapshot.status,
        ...(snapshot.output === undefined ? {} : { output: snapshot.output }),
        ...(snapshot.error === undefined ? {} : { error: snapshot.error }),
        ...(snapshot.cause === undefined ? {} : { cause: snapshot.cause }),
        stopDate: lastEventTime(history) ?? deps.now().getTime(),
        events: history,
      });
      continue;
    }
    if (snapshot === undefined) {
      deps.store.discardJournal(executionArn);
      const input = parseJson(record.input);
      deps.executions.adoptRunning(record, [], (engine) =>
        engine.start({ executionArn, name: record.name, input, roleArn: record.machine.roleArn }),
      );
    } else {
      deps.resumedTokens.add(executionArn, snapshot);
      deps.executions.adoptRunning(record, history, (engine) => engine.resume(snapshot, history));
    }
    running.push(executionArn);
  }
  return running;
}

function lastEventTime(history: readonly HistoryEvent[]): number | undefined {
  const last = history.at(-1);
  return last === undefined ? undefined : Math.round(last.timestamp * 1000);
}
