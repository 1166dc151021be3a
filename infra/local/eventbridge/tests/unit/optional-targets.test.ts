import { PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { FakeTargetPorts } from './support/fake-target-ports';
import { startHarness, type Harness } from './support/eventbridge-harness';

const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:order-saga';
const STREAM_ARN = 'arn:aws:kinesis:us-east-1:000000000000:stream/analytics';

/** Ports with the Step Functions and Kinesis subsystems wired, as they will be once those exist. */
class AllTargetPorts extends FakeTargetPorts {
  readonly executions: { stateMachineArn: string; input: string }[] = [];
  readonly records: { streamArn: string; data: string; partitionKey: string }[] = [];

  startStepFunctionsExecution(stateMachineArn: string, input: string): Promise<void> {
    this.executions.push({ stateMachineArn, input });
    return Promise.resolve();
  }

  putKinesisRecord(streamArn: string, data: string, partitionKey: string): Promise<void> {
    this.records.push({ streamArn, data, partitionKey });
    return Promise.resolve();
  }
}

describe('Step Functions and Kinesis targets, once their ports are wired', () => {
  let harness: Harness;
  const ports = new AllTargetPorts();

  beforeEach(async () => {
    harness = await startHarness({ targets: ports });
  });

  afterEach(async () => {
    await harness.close();
  });

  it('starts an execution with the input and puts a record keyed by PartitionKeyPath', async () => {
    // Prepare
    const rule = { Rule: 'orders', EventBusName: 'ecommerce-dev' };
    await harness.sdk.send(new PutRuleCommand({ Name: 'orders', EventBusName: 'ecommerce-dev', EventPattern: '{"source":["ecommerce.orders"]}' }));
    const output = await harness.sdk.send(
      new PutTargetsCommand({
        ...rule,
        Targets: [
          { Id: 'saga', Arn: STATE_MACHINE_ARN, InputPath: '$.detail' },
          { Id: 'analytics', Arn: STREAM_ARN, KinesisParameters: { PartitionKeyPath: '$.detail.orderId' } },
        ],
      }),
    );

    // Act
    await harness.sdk.send(
      new PutEventsCommand({
        Entries: [{ EventBusName: 'ecommerce-dev', Source: 'ecommerce.orders', DetailType: 'OrderPlaced', Detail: '{"orderId":"o-7"}' }],
      }),
    );
    await harness.eventBridge.idle();

    // Assess
    expect(output.FailedEntryCount).toBe(0);
    expect(ports.executions).toEqual([{ stateMachineArn: STATE_MACHINE_ARN, input: '{"orderId":"o-7"}' }]);
    expect(ports.records).toMatchObject([{ streamArn: STREAM_ARN, partitionKey: 'o-7' }]);
    expect(JSON.parse(ports.records[0]?.data ?? '')).toMatchObject({ id: 'event-1', detail: { orderId: 'o-7' } });
  });
});
