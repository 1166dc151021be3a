import type { EdgeService } from '../edge/protocol';
import { TargetDeliveryError, type TargetPorts } from '../eventbridge/delivery/target-ports';
import type { LocalLambda } from '../lambda';
import { SqsError, type LocalSqs } from '../sqs';
import { StepFunctionsError, type LocalStepFunctions } from '../stepfunctions';

/**
 * How EventBridge reaches its targets in the local cloud. A Lambda target is an asynchronous invoke, as on AWS: it
 * succeeds once Lambda has queued the event, and a function error is then Lambda's to retry and to send to the
 * function's own destination/DLQ — EventBridge's retries and DLQ only cover what stops the event reaching a target.
 */
export function eventBridgeTargets(lambda: LocalLambda, sqs: LocalSqs, stepFunctions: LocalStepFunctions): TargetPorts {
  return {
    async startStepFunctionsExecution(stateMachineArn, input) {
      try {
        await stepFunctions.startExecution(stateMachineArn, input);
      } catch (error) {
        // StartExecution's own refusals (no such machine, bad input) cannot succeed on a retry.
        if (error instanceof StepFunctionsError) {
          const code = error.name === 'StateMachineDoesNotExist' ? 'NO_RESOURCE' : 'INVALID_PARAMETER';
          throw new TargetDeliveryError(code, error.message, false);
        }
        throw error;
      }
    },
    invokeLambdaAsync(functionArn, payload) {
      const lookup = lambda.functions.find(functionArn);
      if (!lookup.found) return Promise.reject(new TargetDeliveryError('NO_RESOURCE', `Function not found: ${functionArn}`, false));
      lambda.events.enqueue(lookup.spec, payload);
      return Promise.resolve();
    },
    sendSqsMessage(queueArn, body, options) {
      const queue = sqs.queues.byArn(queueArn);
      if (queue === undefined) return Promise.reject(new TargetDeliveryError('NO_RESOURCE', `Queue not found: ${queueArn}`, false));
      try {
        queue.send({
          body,
          ...(options.messageGroupId === undefined ? {} : { messageGroupId: options.messageGroupId }),
          ...(options.messageAttributes === undefined ? {} : { messageAttributes: options.messageAttributes }),
        });
        return Promise.resolve();
      } catch (error) {
        // The queue refused the message (too large, bad attributes): retrying the same message cannot help.
        if (error instanceof SqsError) return Promise.reject(new TargetDeliveryError('INVALID_PARAMETER', error.message, false));
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/** An event another service puts on a bus (Lambda destinations, Step Functions status changes). */
export interface ServiceEvent {
  readonly source: string;
  readonly detailType: string;
  readonly detail: string;
  readonly resources?: readonly string[];
  readonly time?: Date;
}

/** Puts events on a bus through the EventBridge API itself, so they are matched, archived and delivered like any other. */
export async function putEventThroughApi(events: EdgeService, busArn: string, ...entries: readonly ServiceEvent[]): Promise<void> {
  const body = JSON.stringify({
    Entries: entries.map((event) => ({
      EventBusName: busArn,
      Source: event.source,
      DetailType: event.detailType,
      Detail: event.detail,
      ...(event.resources === undefined ? {} : { Resources: event.resources }),
      ...(event.time === undefined ? {} : { Time: event.time.getTime() / 1000 }),
    })),
  });
  const response = await events.handle({
    method: 'POST',
    path: '/',
    query: {},
    headers: { 'x-amz-target': 'AWSEvents.PutEvents', 'content-type': 'application/x-amz-json-1.1' },
    body: Buffer.from(body),
    httpVersion: '1.1',
  });
  const result = JSON.parse(String(response.body ?? '{}')) as { FailedEntryCount?: number; Entries?: unknown[] };
  if (response.status !== 200 || (result.FailedEntryCount ?? 0) > 0) {
    throw new Error(`The bus ${busArn} refused the event: ${String(response.body)}`);
  }
}
