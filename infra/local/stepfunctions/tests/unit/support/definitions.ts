import type { Json } from '../../../../assembly';
import { CALLBACK, LAMBDA } from './sfn-harness';

/** Output = input. */
export const echo: Json = { StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } };

/** Waits for SendTaskSuccess/Failure on the task token it delivers; its output is the callback's output. */
export const approval: Json = {
  StartAt: 'Approve',
  States: { Approve: { Type: 'Task', Resource: CALLBACK, Parameters: { 'token.$': '$$.Task.Token' }, HeartbeatSeconds: 3600, End: true } },
};

/** Fails with `Order.Invalid` / `no items`. */
export const rejecting: Json = { StartAt: 'Reject', States: { Reject: { Type: 'Fail', Error: 'Order.Invalid', Cause: 'no items' } } };

/** Waits `seconds` (scaled by the harness), then passes its input on. */
export function waiting(seconds: number): Json {
  return { StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: seconds, Next: 'Done' }, Done: { Type: 'Pass', End: true } } };
}

/** Remembers the order id, waits, asks for approval by task token, then answers with both. */
export const saga: Json = {
  QueryLanguage: 'JSONata',
  StartAt: 'Remember',
  States: {
    Remember: { Type: 'Pass', Assign: { orderId: '{% $states.input.orderId %}' }, Next: 'Cool off' },
    'Cool off': { Type: 'Wait', Seconds: 60, Next: 'Approve' },
    Approve: {
      Type: 'Task',
      Resource: CALLBACK,
      Arguments: { token: '{% $states.context.Task.Token %}', orderId: '{% $orderId %}' },
      Next: 'Charge',
    },
    Charge: { Type: 'Task', Resource: LAMBDA, Arguments: { Payload: { charged: '{% $orderId %}' } }, Output: '{% $states.result.Payload %}', End: true },
  },
};
