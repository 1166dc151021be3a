import type { InvokeFunction, LambdaInvokeResult } from '../../../http-api-model';
import type { PayloadV2Event } from '../../../payload-v2';

export interface Invocation {
  readonly functionArn: string;
  readonly event: PayloadV2Event;
}

export interface FakeLambda {
  readonly invoke: InvokeFunction;
  readonly invocations: Invocation[];
}

type Answer = LambdaInvokeResult | ((event: PayloadV2Event) => LambdaInvokeResult | Promise<LambdaInvokeResult>);

/** Records every event it receives and answers with `answer` (default: a 200 echoing nothing). */
export const fakeLambda = (answer: Answer = { payload: JSON.stringify({ statusCode: 200 }) }): FakeLambda => {
  const invocations: Invocation[] = [];
  return {
    invocations,
    invoke: async (functionArn, eventJson) => {
      const event = JSON.parse(eventJson) as PayloadV2Event;
      invocations.push({ functionArn, event });
      return typeof answer === 'function' ? answer(event) : answer;
    },
  };
};

export const functionArn = (name: string): string => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;

/** A result as a Lambda handler returns it, serialized as the Lambda service does. */
export const returns = (result: unknown): LambdaInvokeResult => ({ payload: JSON.stringify(result) });
