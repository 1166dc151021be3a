import type { Json } from '../../../assembly/json';
import type { WaitState } from '../asl-types';
import type { StateEnv } from '../data-flow';
import type { StateOutcome } from '../runtime/execution-services';
import { acceptors, resolveField } from '../runtime/state-fields';
import type { StateRun } from '../runtime/state-run';
import type { WaitProgress } from '../runtime/snapshot';
import { parseTimestamp } from '../timestamps';

/**
 * Wait: Seconds / SecondsPath (a non-negative integer), or Timestamp / TimestampPath (an RFC 3339 timestamp; one in
 * the past does not wait). The wake-up instant is in the snapshot, so a restart sleeps only the rest.
 */
export async function runWaitState(run: StateRun<WaitState>): Promise<StateOutcome> {
  const { state, flow } = run;
  const env = run.env();
  const effectiveInput = flow.effectiveInput(env, state.InputPath);
  let progress = run.active.progress as WaitProgress | undefined;
  if (progress === undefined) {
    progress = { kind: 'wait', wakeAt: await wakeUpInstant(run, env, effectiveInput) };
    run.active.progress = progress;
    await run.checkpoint();
  }
  await run.exec.timers.sleepUntil(progress.wakeAt, run.signal);
  const completion = await flow.complete(env, effectiveInput, { OutputPath: state.OutputPath, Output: state.Output, Assign: state.Assign }, 'input');
  return run.exit(run.successor, completion);
}

async function wakeUpInstant(run: StateRun<WaitState>, env: StateEnv, effectiveInput: Json): Promise<number> {
  const { state } = run;
  const timers = run.exec.timers;
  const seconds = await resolveField(run, env, effectiveInput, {
    name: 'Seconds',
    value: state.Seconds,
    path: state.SecondsPath,
    accept: acceptors.nonNegativeInteger,
    expectation: 'a non-negative integer',
  });
  if (seconds !== undefined) return timers.wakeAfter(seconds);
  const timestamp = await resolveField(run, env, effectiveInput, {
    name: 'Timestamp',
    value: state.Timestamp,
    path: state.TimestampPath,
    accept: (value) => (parseTimestamp(value) === undefined ? undefined : parseTimestamp(value)),
    expectation: 'an RFC 3339 timestamp such as 2016-03-14T01:59:00Z',
  });
  if (timestamp === undefined) return timers.nowMs();
  return timers.wakeAfter(Math.max(0, (timestamp - timers.nowMs()) / 1000));
}
