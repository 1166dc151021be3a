import type { AsyncDelivery, LocalLambda } from '../lambda';
import type { LocalSqs } from '../sqs';

/** The services an async invocation's outcome can be delivered to, besides SQS and Lambda. */
export interface DestinationPorts {
  readonly sqs: LocalSqs;
  readonly lambda: () => LocalLambda;
  /** An event on a bus (`arn:aws:events:…:event-bus/<name>`); rejects when the bus does not accept it. */
  readonly putEvent?: (busArn: string, event: { source: string; detailType: string; detail: string }) => Promise<void>;
}

const serviceOf = (arn: string): string => arn.split(':')[2] ?? '';

/**
 * Delivers what Lambda's asynchronous invocation hands on — an on-success/on-failure invocation record, or a failed
 * event for a dead-letter queue — to the emulated service its ARN names, in the shape AWS delivers it there.
 */
export function lambdaDestinations(ports: DestinationPorts): (delivery: AsyncDelivery) => Promise<void> {
  return async (delivery) => {
    const service = serviceOf(delivery.targetArn);
    if (service === 'sqs') {
      const queue = ports.sqs.queues.byArn(delivery.targetArn);
      if (queue === undefined) throw new Error(`No queue ${delivery.targetArn}`);
      if (delivery.kind === 'dead-letter') {
        // Lambda's DLQ message: the event as sent, the request id and the error as message attributes.
        queue.send({
          body: delivery.body,
          messageAttributes: {
            RequestID: { dataType: 'String', stringValue: delivery.attributes.RequestID },
            ErrorCode: { dataType: 'Number', stringValue: delivery.attributes.ErrorCode },
            ErrorMessage: { dataType: 'String', stringValue: delivery.attributes.ErrorMessage },
          },
        });
      } else {
        queue.send({ body: JSON.stringify(delivery.record) });
      }
      return;
    }
    if (delivery.kind === 'dead-letter') throw new Error(`A dead-letter target must be an SQS queue: ${delivery.targetArn}`);
    if (service === 'lambda') {
      const lambda = ports.lambda();
      const lookup = lambda.functions.find(delivery.targetArn);
      if (!lookup.found) throw new Error(`No function ${delivery.targetArn}`);
      lambda.events.enqueue(lookup.spec, JSON.stringify(delivery.record));
      return;
    }
    if (service === 'events' && ports.putEvent) {
      const outcome = delivery.kind === 'on-success' ? 'Success' : 'Failure';
      await ports.putEvent(delivery.targetArn, {
        source: 'lambda',
        detailType: `Lambda Function Invocation Result - ${outcome}`,
        detail: JSON.stringify(delivery.record),
      });
      return;
    }
    throw new Error(`Destinations of service '${service}' are not emulated locally: ${delivery.targetArn}`);
  };
}
