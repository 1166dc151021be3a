import type { Json } from '../../../assembly/json';
import { StatesError } from '../../states-error';
import type { TaskState } from '../asl-types';
import { asStatesError, BranchCancelled, ErrorNames } from '../errors/interpreter-errors';
import { assertPayloadWithinLimit } from '../payload-limits';
import type { StateRun } from '../runtime/state-run';
import type { TaskProgress } from '../runtime/snapshot';
import { cancellation, childController, type Deadline } from '../runtime/timers';
import type { TaskEvents } from './task-events';
import type { TaskRequest } from './task-invoker';
import type { TaskResource } from './task-resource';

/** A timeout the interpreter itself raised (TaskTimedOut), as opposed to a task error that happens to share the name. */
class TaskTimeout extends StatesError {}

/** A failure of the request that delivers a task token (TaskSubmitFailed). */
class SubmitFailure extends Error {
  constructor(readonly error: StatesError) {
    super(error.message);
  }
}

/**
 * Runs one attempt of a Task against the invoker and resolves with its raw result, recording the outcome event; a
 * failure is recorded and rethrown as a StatesError for Retry/Catch. TimeoutSeconds bounds the whole attempt;
 * HeartbeatSeconds bounds the silence between SendTaskHeartbeat calls of a `.waitForTaskToken` task.
 *
 * The attempt may be one resumed from a snapshot: a request that was in flight when the process stopped is sent
 * again (at-least-once, as Step Functions itself), but a token already delivered is only waited for.
 */
export async function runTaskAttempt(run: StateRun<TaskState>, resource: TaskResource, progress: TaskProgress, events: TaskEvents): Promise<Json> {
  if (progress.result !== undefined) return progress.result;
  const { timers } = run.exec;
  const invocation = childController(run.signal);
  const cancelled = cancellation(run.signal);
  const guards: Promise<never>[] = [cancelled.promise];
  let timeout: Deadline | undefined;
  let heartbeat: Deadline | undefined;
  if (progress.deadline !== undefined) {
    const seconds = progress.timeoutSeconds;
    timeout = timers.deadline(progress.deadline, () => new TaskTimeout(ErrorNames.timeout, `The task '${run.name}' did not finish within ${String(seconds)} seconds.`));
    guards.push(timeout.promise);
  }
  const request: TaskRequest = {
    resource: resource.arn,
    arguments: progress.arguments,
    integrationPattern: resource.integrationPattern,
    ...(progress.taskToken === undefined ? {} : { taskToken: progress.taskToken }),
    executionArn: run.exec.info.executionArn,
    stateName: run.name,
    signal: invocation.controller.signal,
  };
  let succeeded = false;
  try {
    let result: Json;
    if (progress.taskToken === undefined) {
      result = await Promise.race([run.exec.invoker.invoke(request), ...guards]);
    } else {
      if (progress.heartbeatDeadline !== undefined) {
        const seconds = progress.heartbeatSeconds;
        heartbeat = timers.deadline(
          progress.heartbeatDeadline,
          () => new TaskTimeout(ErrorNames.heartbeatTimeout, `The task '${run.name}' sent no heartbeat for ${String(seconds)} seconds.`),
        );
        guards.push(heartbeat.promise);
      }
      result = await waitForToken(run, progress, request, guards, events, heartbeat);
    }
    assertPayloadWithinLimit(result, `The task '${run.name}' result`);
    // The outcome event and the snapshot change go together (see snapshot.ts).
    events.succeeded(result);
    progress.result = result;
    succeeded = true;
    return result;
  } catch (thrown) {
    if (thrown instanceof BranchCancelled) throw thrown;
    const error = thrown instanceof SubmitFailure ? thrown.error : asStatesError(thrown);
    if (thrown instanceof SubmitFailure) events.submitFailed(error);
    else if (error instanceof TaskTimeout) events.timedOut(error);
    else events.failed(error);
    run.active.progress = undefined;
    throw error;
  } finally {
    timeout?.clear();
    heartbeat?.clear();
    cancelled.dispose();
    if (!succeeded) invocation.controller.abort();
    invocation.dispose();
    if (progress.taskToken !== undefined) run.exec.taskTokens.close(progress.taskToken);
  }
}

async function waitForToken(
  run: StateRun<TaskState>,
  progress: TaskProgress,
  request: TaskRequest,
  guards: Promise<never>[],
  events: TaskEvents,
  heartbeat: Deadline | undefined,
): Promise<Json> {
  const token = progress.taskToken as string;
  const { timers } = run.exec;
  // Registered before the request goes out: the callback may arrive before the request's own response does.
  const callback = new Promise<Json>((resolve, reject) => {
    run.exec.taskTokens.open(token, {
      succeed: resolve,
      fail: (error, cause) => {
        reject(new StatesError(error, cause));
      },
      heartbeat: () => {
        if (heartbeat === undefined || progress.heartbeatSeconds === undefined) return;
        progress.heartbeatDeadline = timers.wakeAfter(progress.heartbeatSeconds);
        heartbeat.reset(progress.heartbeatDeadline);
        run.checkpoint().catch(() => undefined);
      },
    });
  });
  callback.catch(() => undefined);
  if (progress.tokenDelivered !== true) {
    let submitted: Json;
    try {
      submitted = await Promise.race([run.exec.invoker.invoke(request), ...guards]);
    } catch (error) {
      if (error instanceof BranchCancelled || error instanceof TaskTimeout) throw error;
      throw new SubmitFailure(asStatesError(error));
    }
    events.submitted(submitted);
    progress.tokenDelivered = true;
    await run.checkpoint();
  }
  return Promise.race([callback, ...guards]);
}
