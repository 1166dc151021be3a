import type { Json, JsonObject } from '../../../../assembly/json';
import { StatesError } from '../../../states-error';
import type { ExecutionSnapshot } from '../../runtime/snapshot';
import type { TaskRequest } from '../../task/task-invoker';
import { EXECUTION_ARN, engineFor, eventTypes, eventually, execute, FakeInvoker } from './support/harness';
import { assertContinuous, runUntilCheckpoint } from './support/interrupt';

const INVOKE = 'arn:aws:states:::lambda:invoke';
const INVOKE_WITH_TOKEN = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

const call = (functionName: string, payload: Json, fields: Record<string, Json>): JsonObject => ({
  Type: 'Task',
  Resource: INVOKE,
  Arguments: { FunctionName: functionName, Payload: payload },
  ...fields,
});

/** An order saga in JSONata: reserve, authorize, capture; every failure compensates what was done, in reverse. */
function orderSaga(authorize: JsonObject): Json {
  return {
    Comment: 'Order saga (test double of the project workflow)',
    QueryLanguage: 'JSONata',
    StartAt: 'ReserveStock',
    States: {
      ReserveStock: call('reserve', { orderId: '{% $states.input.orderId %}' }, {
        Assign: { orderId: '{% $states.input.orderId %}', reservationId: '{% $states.result.Payload.reservationId %}' },
        Catch: [{ ErrorEquals: ['Stock.Unavailable'], Assign: { reason: 'OUT_OF_STOCK', orderId: '{% $states.input.orderId %}' }, Next: 'Cancelled' }],
        Next: 'AuthorizePayment',
      }),
      AuthorizePayment: {
        ...authorize,
        Assign: { paymentId: '{% $states.result.Payload.paymentId %}' },
        Retry: [{ ErrorEquals: ['Payment.Transient'], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 3, JitterStrategy: 'FULL' }],
        Catch: [
          { ErrorEquals: ['Payment.Declined'], Assign: { reason: 'PAYMENT_DECLINED' }, Next: 'ReleaseStock' },
          { ErrorEquals: ['States.HeartbeatTimeout', 'States.Timeout'], Assign: { reason: 'PAYMENT_TIMEOUT' }, Next: 'ReleaseStock' },
        ],
        Next: 'CapturePayment',
      },
      CapturePayment: call('capture', { paymentId: '{% $paymentId %}' }, {
        Catch: [{ ErrorEquals: ['States.ALL'], Assign: { reason: 'ERROR', failure: '{% $states.errorOutput %}' }, Next: 'VoidPayment' }],
        Next: 'Confirmed',
      }),
      VoidPayment: call('void', { paymentId: '{% $paymentId %}' }, { Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 2 }], Next: 'ReleaseStock' }),
      ReleaseStock: call('release', { reservationId: '{% $reservationId %}' }, { Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 2 }], Next: 'Cancelled' }),
      Confirmed: { Type: 'Succeed', Output: { orderId: '{% $orderId %}', status: 'CONFIRMED', paymentId: '{% $paymentId %}' } },
      Cancelled: { Type: 'Succeed', Output: { orderId: '{% $orderId %}', status: 'CANCELLED', reason: '{% $reason %}' } },
    },
  };
}

const plainAuthorize = call('authorize', { orderId: '{% $orderId %}' }, {});
const threeDsAuthorize: JsonObject = {
  Type: 'Task',
  Resource: INVOKE_WITH_TOKEN,
  Arguments: { FunctionName: 'authorize-3ds', Payload: { orderId: '{% $orderId %}', taskToken: '{% $states.context.Task.Token %}' } },
  HeartbeatSeconds: 60,
  TimeoutSeconds: 600,
};

type Behaviour = (payload: JsonObject, attempt: number) => Json;

/** A Lambda fake that dispatches on FunctionName and remembers the order of calls. */
function lambdas(behaviours: Record<string, Behaviour>) {
  const calls: string[] = [];
  const attempts = new Map<string, number>();
  const respond = (request: TaskRequest): Json => {
    const args = request.arguments as JsonObject;
    const name = typeof args.FunctionName === 'string' ? args.FunctionName : '';
    calls.push(name);
    const attempt = (attempts.get(name) ?? 0) + 1;
    attempts.set(name, attempt);
    const behaviour = behaviours[name] ?? (() => ({}));
    return { StatusCode: 200, Payload: behaviour(args.Payload as JsonObject, attempt) };
  };
  return { calls, invoker: new FakeInvoker({ [INVOKE]: respond, [INVOKE_WITH_TOKEN]: respond }) };
}

const happy: Record<string, Behaviour> = {
  reserve: () => ({ reservationId: 'r-1' }),
  authorize: () => ({ paymentId: 'p-1' }),
  capture: () => ({ captured: true }),
};

function fail(error: string): Behaviour {
  return () => {
    throw new StatesError(error, `${error} raised by the test`);
  };
}

describe('an order saga (JSONata, variables, Retry, a Catch chain of compensations)', () => {
  it.each<[string, Record<string, Behaviour>, Json, string[]]>([
    ['confirms an order when every step succeeds', happy, { orderId: 'o-1', status: 'CONFIRMED', paymentId: 'p-1' }, ['reserve', 'authorize', 'capture']],
    ['cancels OUT_OF_STOCK without compensating anything', { ...happy, reserve: fail('Stock.Unavailable') }, { orderId: 'o-1', status: 'CANCELLED', reason: 'OUT_OF_STOCK' }, ['reserve']],
    [
      'cancels PAYMENT_DECLINED and releases the stock',
      { ...happy, authorize: fail('Payment.Declined') },
      { orderId: 'o-1', status: 'CANCELLED', reason: 'PAYMENT_DECLINED' },
      ['reserve', 'authorize', 'release'],
    ],
    [
      'retries a transient payment error and then confirms',
      { ...happy, authorize: (_payload, attempt) => (attempt < 3 ? fail('Payment.Transient')(_payload, attempt) : { paymentId: 'p-3' }) },
      { orderId: 'o-1', status: 'CONFIRMED', paymentId: 'p-3' },
      ['reserve', 'authorize', 'authorize', 'authorize', 'capture'],
    ],
    [
      'compensates in reverse order when the capture fails',
      { ...happy, capture: fail('Lambda.ServiceException') },
      { orderId: 'o-1', status: 'CANCELLED', reason: 'ERROR' },
      ['reserve', 'authorize', 'capture', 'void', 'release'],
    ],
    [
      'retries a compensation that fails once',
      { ...happy, authorize: fail('Payment.Declined'), release: (_payload, attempt) => (attempt === 1 ? fail('Lambda.TooManyRequestsException')(_payload, attempt) : {}) },
      { orderId: 'o-1', status: 'CANCELLED', reason: 'PAYMENT_DECLINED' },
      ['reserve', 'authorize', 'release', 'release'],
    ],
  ])('%s', async (_name, behaviours, expected, expectedCalls) => {
    // Prepare
    const { calls, invoker } = lambdas(behaviours);
    // Act
    const result = await execute(orderSaga(plainAuthorize), { orderId: 'o-1' }, { invoker });
    // Assess
    expect(result.output).toEqual(expected);
    expect(calls).toEqual(expectedCalls);
  });

  it('fails the execution when a compensation exhausts its retries', async () => {
    // Prepare
    const { invoker } = lambdas({ ...happy, authorize: fail('Payment.Declined'), release: fail('Inventory.Unavailable') });
    // Act
    const result = await execute(orderSaga(plainAuthorize), { orderId: 'o-1' }, { invoker });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'Inventory.Unavailable' });
  });

  it('waits for a 3-D Secure confirmation delivered by SendTaskSuccess', async () => {
    // Prepare
    const { calls, invoker } = lambdas(happy);
    const engine = engineFor(orderSaga(threeDsAuthorize), { invoker, newToken: () => 'tok-3ds' });
    const running = engine.start({ executionArn: EXECUTION_ARN, name: 'o-1', input: { orderId: 'o-1' } });
    await eventually(() => engine.taskTokens.isOpen('tok-3ds') && calls.includes('authorize-3ds'));
    // Act
    engine.sendTaskSuccess('tok-3ds', JSON.stringify({ Payload: { paymentId: 'p-3ds' } }));
    // Assess
    const result = await running;
    expect(result.output).toEqual({ orderId: 'o-1', status: 'CONFIRMED', paymentId: 'p-3ds' });
    expect(invoker.requestsFor(INVOKE_WITH_TOKEN)[0]?.arguments).toMatchObject({ Payload: { taskToken: 'tok-3ds' } });
  });

  it('cancels PAYMENT_TIMEOUT when the customer never confirms (HeartbeatSeconds passes)', async () => {
    // Act
    const { calls, invoker } = lambdas(happy);
    const result = await execute(orderSaga(threeDsAuthorize), { orderId: 'o-1' }, { invoker });
    // Assess
    expect(result.output).toEqual({ orderId: 'o-1', status: 'CANCELLED', reason: 'PAYMENT_TIMEOUT' });
    expect(calls).toEqual(['reserve', 'authorize-3ds', 'release']);
    expect(eventTypes(result)).toContain('TaskTimedOut');
  });

  it('survives a restart while waiting for the confirmation: same output, continuous history', async () => {
    // Prepare
    const definition = orderSaga(threeDsAuthorize);
    const uninterruptedLambdas = lambdas(happy);
    const uninterruptedEngine = engineFor(definition, { invoker: uninterruptedLambdas.invoker, newToken: () => 'tok-1' });
    const uninterruptedRun = uninterruptedEngine.start({ executionArn: EXECUTION_ARN, name: 'o-1', input: { orderId: 'o-1' } });
    await eventually(() => uninterruptedEngine.taskTokens.isOpen('tok-1') && uninterruptedLambdas.calls.includes('authorize-3ds'));
    uninterruptedEngine.sendTaskSuccess('tok-1', JSON.stringify({ Payload: { paymentId: 'p-1' } }));
    const uninterrupted = await uninterruptedRun;

    const waitingForCallback = (snapshot: ExecutionSnapshot) => {
      const progress = snapshot.root?.active.progress;
      return progress?.kind === 'task' && progress.tokenDelivered === true;
    };
    const beforeRestart = lambdas(happy);
    const persisted = await runUntilCheckpoint(definition, { orderId: 'o-1' }, waitingForCallback, { invoker: beforeRestart.invoker, newToken: () => 'tok-1' });
    const afterRestart = lambdas(happy);
    const engine = engineFor(definition, { invoker: afterRestart.invoker });
    // Act
    const resumed = engine.resume(persisted.snapshot, persisted.history);
    await eventually(() => engine.taskTokens.isOpen('tok-1'));
    engine.sendTaskSuccess('tok-1', JSON.stringify({ Payload: { paymentId: 'p-1' } }));
    const result = await resumed;
    // Assess
    expect(result.output).toEqual(uninterrupted.output);
    expect(eventTypes(result)).toEqual(eventTypes(uninterrupted));
    assertContinuous(result.events);
    expect([...beforeRestart.calls, ...afterRestart.calls]).toEqual(['reserve', 'authorize-3ds', 'capture']);
  });
});

describe('a Map with tolerated failures (JSONata)', () => {
  it('notifies every line, tolerates one failure in four, and reports which failed', async () => {
    // Prepare
    const invoker = new FakeInvoker({
      [INVOKE]: (request) => {
        const { sku } = request.arguments as { sku: string };
        if (sku === 'broken') throw new StatesError('Notify.Failed', `cannot notify ${sku}`);
        return { notified: sku };
      },
    });
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'NotifyEach',
      States: {
        NotifyEach: {
          Type: 'Map',
          Items: '{% $states.input.lines %}',
          ItemSelector: { sku: '{% $states.context.Map.Item.Value.sku %}', position: '{% $states.context.Map.Item.Index %}' },
          MaxConcurrency: 2,
          ToleratedFailurePercentage: '{% $states.input.tolerance %}',
          ItemProcessor: { StartAt: 'Notify', States: { Notify: { Type: 'Task', Resource: INVOKE, Output: '{% $states.result.notified %}', End: true } } },
          Output: { notified: '{% $states.result[$type($) = "string"] %}', failed: '{% $count($states.result[$type($) = "object"]) %}' },
          End: true,
        },
      },
    };
    const lines = [{ sku: 'a' }, { sku: 'broken' }, { sku: 'c' }, { sku: 'd' }];
    // Act
    const tolerated = await execute(definition, { lines, tolerance: 25 }, { invoker });
    const exceeded = await execute(definition, { lines, tolerance: 10 }, { invoker });
    // Assess
    expect(tolerated.output).toEqual({ notified: ['a', 'c', 'd'], failed: 1 });
    expect(exceeded).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
  });
});

describe('a Parallel with a failing branch', () => {
  it('stops the sibling, catches the branch error and runs the compensation', async () => {
    // Prepare
    const SHIP = 'arn:aws:states:::sqs:sendMessage';
    const INVOICE = 'arn:aws:states:::dynamodb:putItem';
    const invoker = new FakeInvoker({
      [SHIP]: (request) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => { resolve({ shipped: true }); }, 500);
          request.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new StatesError('Test.Aborted', 'stopped'));
          });
        }),
      [INVOICE]: () => {
        throw new StatesError('DynamoDB.ConditionalCheckFailedException', 'invoice exists');
      },
    });
    const definition: Json = {
      StartAt: 'Fulfil',
      States: {
        Fulfil: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Ship', States: { Ship: { Type: 'Task', Resource: SHIP, End: true } } },
            { StartAt: 'Invoice', States: { Invoice: { Type: 'Task', Resource: INVOICE, End: true } } },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Compensate' }],
          End: true,
        },
        Compensate: { Type: 'Pass', Parameters: { 'compensated.$': '$.failure.Error', 'orderId.$': '$.orderId' }, End: true },
      },
    };
    // Act
    const result = await execute(definition, { orderId: 'o-1' }, { invoker });
    // Assess
    expect(result.output).toEqual({ compensated: 'DynamoDB.ConditionalCheckFailedException', orderId: 'o-1' });
    expect(eventTypes(result)).toEqual(expect.arrayContaining(['TaskStateAborted', 'ParallelStateFailed', 'ParallelStateExited']));
    expect(invoker.requestsFor(SHIP)[0]?.signal.aborted).toBe(true);
  });
});
