import type { Json } from '../../../assembly/json';
import type { StatesError } from '../../states-error';
import { dataDetails } from '../history/history-event';
import type { StateRun } from '../runtime/state-run';
import type { TaskProgress } from '../runtime/snapshot';
import type { TaskResource } from './task-resource';

/** The history a Task attempt writes: Task… events for integrations, LambdaFunction… for a plain Lambda ARN. */
export interface TaskEvents {
  scheduled(progress: TaskProgress): void;
  started(): void;
  submitted(output: Json): void;
  succeeded(output: Json): void;
  failed(error: StatesError): void;
  submitFailed(error: StatesError): void;
  timedOut(error: StatesError): void;
}

export function taskEvents(run: StateRun, resource: TaskResource): TaskEvents {
  return resource.kind === 'lambda-function' ? lambdaFunctionEvents(run, resource) : integrationEvents(run, resource);
}

function errorDetails(error: StatesError): { error?: string; cause?: string } {
  return { ...(error.error === '' ? {} : { error: error.error }), ...(error.cause === '' ? {} : { cause: error.cause }) };
}

function integrationEvents(run: StateRun, resource: TaskResource): TaskEvents {
  const named = { resourceType: resource.resourceType, resource: resource.resource };
  return {
    scheduled(progress) {
      run.record('TaskScheduled', {
        taskScheduledEventDetails: {
          ...named,
          region: resource.region,
          parameters: JSON.stringify(progress.arguments),
          ...(progress.timeoutSeconds === undefined ? {} : { timeoutInSeconds: progress.timeoutSeconds }),
          ...(progress.heartbeatSeconds === undefined ? {} : { heartbeatInSeconds: progress.heartbeatSeconds }),
        },
      });
    },
    started() {
      run.record('TaskStarted', { taskStartedEventDetails: named });
    },
    submitted(output) {
      run.record('TaskSubmitted', { taskSubmittedEventDetails: { ...named, output: JSON.stringify(output), outputDetails: dataDetails() } });
    },
    succeeded(output) {
      run.record('TaskSucceeded', { taskSucceededEventDetails: { ...named, output: JSON.stringify(output), outputDetails: dataDetails() } });
    },
    failed(error) {
      run.record('TaskFailed', { taskFailedEventDetails: { ...named, ...errorDetails(error) } });
    },
    submitFailed(error) {
      run.record('TaskSubmitFailed', { taskSubmitFailedEventDetails: { ...named, ...errorDetails(error) } });
    },
    timedOut(error) {
      run.record('TaskTimedOut', { taskTimedOutEventDetails: { ...named, ...errorDetails(error) } });
    },
  };
}

function lambdaFunctionEvents(run: StateRun, resource: TaskResource): TaskEvents {
  return {
    scheduled(progress) {
      run.record('LambdaFunctionScheduled', {
        lambdaFunctionScheduledEventDetails: {
          resource: resource.arn,
          input: JSON.stringify(progress.arguments),
          inputDetails: dataDetails(),
          ...(progress.timeoutSeconds === undefined ? {} : { timeoutInSeconds: progress.timeoutSeconds }),
        },
      });
    },
    started() {
      run.record('LambdaFunctionStarted');
    },
    submitted() {
      // A plain Lambda ARN has no callback pattern, so nothing is ever submitted.
    },
    succeeded(output) {
      run.record('LambdaFunctionSucceeded', { lambdaFunctionSucceededEventDetails: { output: JSON.stringify(output), outputDetails: dataDetails() } });
    },
    failed(error) {
      run.record('LambdaFunctionFailed', { lambdaFunctionFailedEventDetails: errorDetails(error) });
    },
    submitFailed(error) {
      run.record('LambdaFunctionFailed', { lambdaFunctionFailedEventDetails: errorDetails(error) });
    },
    timedOut(error) {
      run.record('LambdaFunctionTimedOut', { lambdaFunctionTimedOutEventDetails: errorDetails(error) });
    },
  };
}
