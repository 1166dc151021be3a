import {
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type Target,
} from '@aws-sdk/client-eventbridge';
import { startHarness, type Harness } from './support/eventbridge-harness';

const RULE = { Rule: 'orders', EventBusName: 'ecommerce-dev' };
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:orders';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:fulfil';

describe('targets through the EventBridge API', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    await harness.sdk.send(
      new PutRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev', EventPattern: '{"source":["ecommerce.orders"]}' }),
    );
  });

  afterEach(async () => {
    await harness.close();
  });

  it('lists the targets it was given, as given', async () => {
    // Prepare
    const targets: Target[] = [
      { Id: 'fulfil', Arn: FUNCTION_ARN, RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 600 } },
      {
        Id: 'queue',
        Arn: QUEUE_ARN,
        InputTransformer: { InputPathsMap: { order: '$.detail.orderId' }, InputTemplate: '{"order": <order>}' },
        DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:000000000000:orders-dlq' },
      },
    ];

    // Act
    const output = await harness.sdk.send(new PutTargetsCommand({ ...RULE, Targets: targets }));
    const { Targets } = await harness.sdk.send(new ListTargetsByRuleCommand(RULE));

    // Assess
    expect(output).toMatchObject({ FailedEntryCount: 0, FailedEntries: [] });
    expect(Targets).toEqual(targets);
  });

  it('replaces a target that has the same id', async () => {
    // Prepare
    await harness.sdk.send(new PutTargetsCommand({ ...RULE, Targets: [{ Id: 't', Arn: QUEUE_ARN }] }));

    // Act
    await harness.sdk.send(new PutTargetsCommand({ ...RULE, Targets: [{ Id: 't', Arn: FUNCTION_ARN }] }));

    // Assess
    const { Targets } = await harness.sdk.send(new ListTargetsByRuleCommand(RULE));
    expect(Targets).toEqual([{ Id: 't', Arn: FUNCTION_ARN }]);
  });

  it('reports each refused target in FailedEntries and applies the others', async () => {
    // Prepare
    const targets: Target[] = [
      { Id: 'ok', Arn: QUEUE_ARN },
      { Id: 'saga', Arn: 'arn:aws:states:us-east-1:000000000000:stateMachine:order-saga' },
      { Id: 'stream', Arn: 'arn:aws:kinesis:us-east-1:000000000000:stream/analytics' },
      { Id: 'bad-input', Arn: QUEUE_ARN, Input: '{not json' },
      { Id: 'two-inputs', Arn: QUEUE_ARN, Input: '{}', InputPath: '$.detail' },
      { Id: 'fifo', Arn: 'arn:aws:sqs:us-east-1:000000000000:orders.fifo' },
    ];

    // Act
    const output = await harness.sdk.send(new PutTargetsCommand({ ...RULE, Targets: targets }));

    // Assess
    expect(output.FailedEntryCount).toBe(5);
    expect(output.FailedEntries).toEqual([
      {
        TargetId: 'saga',
        ErrorCode: 'ValidationException',
        ErrorMessage: expect.stringContaining('Step Functions targets') as unknown,
      },
      { TargetId: 'stream', ErrorCode: 'ValidationException', ErrorMessage: expect.stringContaining('Kinesis targets') as unknown },
      { TargetId: 'bad-input', ErrorCode: 'ValidationException', ErrorMessage: 'Target bad-input: Input must be valid JSON text' },
      {
        TargetId: 'two-inputs',
        ErrorCode: 'ValidationException',
        ErrorMessage: 'Target two-inputs: only one of Input, InputPath and InputTransformer may be given',
      },
      {
        TargetId: 'fifo',
        ErrorCode: 'ValidationException',
        ErrorMessage: 'Target fifo: a FIFO queue target needs SqsParameters.MessageGroupId',
      },
    ]);
    expect(output.FailedEntries?.[0]?.ErrorMessage).toMatch(/not yet supported locally/);
    const { Targets } = await harness.sdk.send(new ListTargetsByRuleCommand(RULE));
    expect(Targets?.map((target) => target.Id)).toEqual(['ok']);
  });

  it('refuses input transformers EventBridge refuses: reserved names, placeholder keys, templates that are not JSON', async () => {
    // Prepare
    const transformer = (Id: string, InputPathsMap: Record<string, string>, InputTemplate: string): Target => ({
      Id,
      Arn: QUEUE_ARN,
      InputTransformer: { InputPathsMap, InputTemplate },
    });
    const targets = [
      transformer('reserved', { 'aws.events.rule-name': '$.source' }, '"<aws.events.rule-name>"'),
      transformer('key', { key: '$.source' }, '{<key>: "value"}'),
      transformer('unknown', {}, '{"order": <unknown>}'),
      transformer('not-a-path', { order: 'detail.orderId' }, '<order>'),
    ];

    // Act
    const output = await harness.sdk.send(new PutTargetsCommand({ ...RULE, Targets: targets }));

    // Assess
    expect(output.FailedEntries?.map((entry) => entry.ErrorMessage)).toEqual([
      expect.stringMatching(/reserved/),
      expect.stringMatching(/as an object key/),
      expect.stringMatching(/InputTemplate is not valid JSON/),
      expect.stringMatching(/must start with \$/),
    ]);
  });

  it('refuses more than five targets on a rule with LimitExceededException', async () => {
    // Prepare
    const targets = Array.from({ length: 6 }, (_, index) => ({ Id: `t${String(index)}`, Arn: QUEUE_ARN }));

    // Act
    const act = harness.sdk.send(new PutTargetsCommand({ ...RULE, Targets: targets }));

    // Assess
    await expect(act).rejects.toMatchObject({ name: 'LimitExceededException' });
  });

  it('answers ResourceNotFoundException for targets on a rule that does not exist', async () => {
    // Act
    const act = harness.sdk.send(new PutTargetsCommand({ Rule: 'missing', Targets: [{ Id: 'q', Arn: QUEUE_ARN }] }));

    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Rule missing does not exist on EventBus default.',
    });
  });

  it('removes targets by id, ignoring ids the rule does not have', async () => {
    // Prepare
    await harness.sdk.send(
      new PutTargetsCommand({ ...RULE, Targets: [{ Id: 'a', Arn: QUEUE_ARN }, { Id: 'b', Arn: FUNCTION_ARN }] }),
    );

    // Act
    const output = await harness.sdk.send(new RemoveTargetsCommand({ ...RULE, Ids: ['a', 'unknown'] }));

    // Assess
    expect(output).toMatchObject({ FailedEntryCount: 0, FailedEntries: [] });
    const { Targets } = await harness.sdk.send(new ListTargetsByRuleCommand(RULE));
    expect(Targets?.map((target) => target.Id)).toEqual(['b']);
  });

  it('pages the targets of a rule', async () => {
    // Prepare
    const targets = ['c', 'a', 'b'].map((id) => ({ Id: id, Arn: QUEUE_ARN }));
    await harness.sdk.send(new PutTargetsCommand({ ...RULE, Targets: targets }));

    // Act
    const first = await harness.sdk.send(new ListTargetsByRuleCommand({ ...RULE, Limit: 2 }));
    const second = await harness.sdk.send(new ListTargetsByRuleCommand({ ...RULE, Limit: 2, NextToken: first.NextToken }));

    // Assess
    expect(first.Targets?.map((target) => target.Id)).toEqual(['a', 'b']);
    expect(second.Targets?.map((target) => target.Id)).toEqual(['c']);
  });
});
