import type { TaskState } from '../asl-types';
import { runtimeError } from '../../states-error';
import { assertPayloadWithinLimit } from '../payload-limits';
import type { StateOutcome } from '../runtime/execution-services';
import { withRetryAndCatch } from '../runtime/retry-catch';
import { acceptors, resolveField } from '../runtime/state-fields';
import type { StateRun } from '../runtime/state-run';
import type { TaskProgress } from '../runtime/snapshot';
import { runTaskAttempt } from '../task/task-attempt';
import { taskEvents, type TaskEvents } from '../task/task-events';
import { parseTaskResource, type TaskResource } from '../task/task-resource';

/**
 * Task: arguments (Parameters / Arguments, with `$$.Task.Token` for `.waitForTaskToken`), one attempt through the
 * invoker, then ResultSelector → Assign → ResultPath → OutputPath (or Assign + Output), all under Retry/Catch.
 */
export async function runTaskState(run: StateRun<TaskState>): Promise<StateOutcome> {
  const resource = parseTaskResource(run.state.Resource, run.exec.region);
  const events = taskEvents(run, resource);
  return withRetryAndCatch(run, async () => {
    const progress = await prepareAttempt(run, resource, events);
    const result = await runTaskAttempt(run, resource, progress, events);
    const { state, flow } = run;
    const env = run.env(progress.taskToken === undefined ? {} : { taskToken: progress.taskToken });
    const completion = await flow.complete(
      env,
      result,
      { ResultSelector: state.ResultSelector, ResultPath: state.ResultPath, OutputPath: state.OutputPath, Output: state.Output, Assign: state.Assign },
      'result',
    );
    return run.exit(run.successor, completion);
  });
}

/** The attempt already under way (resumed), or a new one: arguments, timeouts, token, TaskScheduled/Started. */
async function prepareAttempt(run: StateRun<TaskState>, resource: TaskResource, events: TaskEvents): Promise<TaskProgress> {
  const existing = run.active.progress;
  if (existing?.kind === 'task') return existing;
  const { state, flow, exec } = run;
  const taskToken = resource.integrationPattern === 'wait-for-task-token' ? exec.newToken() : undefined;
  const env = run.env(taskToken === undefined ? {} : { taskToken });
  const effectiveInput = flow.effectiveInput(env, state.InputPath);
  const args = run.language === 'JSONata'
    ? await flow.payload(env, effectiveInput, state.Arguments, 'Arguments')
    : await flow.payload(env, effectiveInput, state.Parameters, 'Parameters');
  assertPayloadWithinLimit(args, `The arguments of the task '${run.name}'`);
  const seconds = (name: 'TimeoutSeconds' | 'HeartbeatSeconds', value: number | string | undefined, path: string | undefined) =>
    resolveField(run, env, effectiveInput, { name, value, path, accept: acceptors.positiveInteger, expectation: 'a positive integer' });
  const timeoutSeconds = await seconds('TimeoutSeconds', state.TimeoutSeconds, state.TimeoutSecondsPath);
  const heartbeatSeconds = await seconds('HeartbeatSeconds', state.HeartbeatSeconds, state.HeartbeatSecondsPath);
  if (timeoutSeconds !== undefined && heartbeatSeconds !== undefined && heartbeatSeconds >= timeoutSeconds) {
    throw runtimeError(`HeartbeatSeconds (${heartbeatSeconds}) must be smaller than TimeoutSeconds (${timeoutSeconds})`);
  }
  const progress: TaskProgress = {
    kind: 'task',
    arguments: args,
    ...(timeoutSeconds === undefined ? {} : { timeoutSeconds, deadline: exec.timers.wakeAfter(timeoutSeconds) }),
    ...(heartbeatSeconds === undefined ? {} : { heartbeatSeconds }),
    ...(taskToken === undefined ? {} : { taskToken, tokenDelivered: false }),
    ...(taskToken !== undefined && heartbeatSeconds !== undefined ? { heartbeatDeadline: exec.timers.wakeAfter(heartbeatSeconds) } : {}),
  };
  run.active.progress = progress;
  events.scheduled(progress);
  events.started();
  await run.checkpoint();
  return progress;
}
