import { CfnOutput, Duration, Validations } from 'aws-cdk-lib';
import { EventField, Match, Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { LambdaFunction, SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { Function as LambdaFunctionResource, type FunctionProps, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import * as path from 'node:path';
import type { EcommerceStack } from '../../infra/ecommerce-stack';
import { REPO_ROOT } from '../../infra/platform/domain-function';
import { esbuildCode } from '../../infra/platform/esbuild-code';

/** The event source every test event carries; the app's own rules never match it. */
export const E2E_SOURCE = 'test.events-e2e';

/** What the tests reach, by stack output name: discovered through DescribeStacks, as on AWS. */
export const E2E_OUTPUTS = {
  ordersRuleArn: 'EventsE2eOrdersRuleArn',
  forwardedQueueUrl: 'EventsE2eForwardedQueueUrl',
  transformedQueueUrl: 'EventsE2eTransformedQueueUrl',
  plainQueueUrl: 'EventsE2ePlainQueueUrl',
  attemptsQueueUrl: 'EventsE2eAttemptsQueueUrl',
  functionDlqUrl: 'EventsE2eFunctionDlqUrl',
  lambdaTargetDlqUrl: 'EventsE2eLambdaTargetDlqUrl',
  shipmentsRuleArn: 'EventsE2eShipmentsRuleArn',
  doomedQueueUrl: 'EventsE2eDoomedQueueUrl',
  doomedQueueArn: 'EventsE2eDoomedQueueArn',
  targetDlqUrl: 'EventsE2eTargetDlqUrl',
  disabledRuleArn: 'EventsE2eDisabledRuleArn',
  disabledQueueUrl: 'EventsE2eDisabledQueueUrl',
  probeRuleArn: 'EventsE2eProbeRuleArn',
  probeQueueUrl: 'EventsE2eProbeQueueUrl',
  visibilityQueueUrl: 'EventsE2eVisibilityQueueUrl',
  redriveQueueUrl: 'EventsE2eRedriveQueueUrl',
  redriveDlqUrl: 'EventsE2eRedriveDlqUrl',
  batchQueueUrl: 'EventsE2eBatchQueueUrl',
  batchLogQueueUrl: 'EventsE2eBatchLogQueueUrl',
  batchFunctionName: 'EventsE2eBatchFunctionName',
} as const;

export type EventsE2eResources = Readonly<Record<keyof typeof E2E_OUTPUTS, string>>;

/** The test app's resources from the stack's outputs; fails naming any output the stack lacks. */
export function eventsE2eResources(outputs: Readonly<Record<string, string>>): EventsE2eResources {
  const entries = Object.entries(E2E_OUTPUTS).map(([key, outputName]) => {
    const value = outputs[outputName];
    if (value === undefined || value === '') throw new Error(`The stack has no output ${outputName}`);
    return [key, value] as const;
  });
  return Object.fromEntries(entries) as EventsE2eResources;
}

/** The queues' visibility timeouts, in AWS seconds; the local cloud's timeScale shortens them (0.01: 30 s → 300 ms). */
export const VISIBILITY_SECONDS = {
  /** Long enough that a slow SDK round trip never sees the message come back early. */
  redelivery: 100,
  redrive: 10,
  /** Far longer than a warm batch takes (also on a loaded machine): only a reported failure makes a message come back. */
  batch: 100,
} as const;

const FIXTURES = path.join(REPO_ROOT, 'integration-tests', 'local-cloud', 'fixtures', 'events');
const ACK_REASON = 'A test-only resource of the events end-to-end test; never deployed';

/**
 * Adds to the CDK app what the EventBridge and SQS end-to-end tests exercise, on the app's own bus: rules with
 * Lambda and SQS targets (input transformers, plain events, dead-letter queues, a disabled rule, a pattern probe),
 * a failing function with its own DLQ, queues with visibility and redrive settings, and an SQS → Lambda mapping with
 * partial batch responses.
 */
export function addEventsAndQueues(stack: EcommerceStack): void {
  const scope = new Construct(stack, 'EventsE2e');
  const { bus } = stack.platform.events;
  const queue = (id: string, props: Pick<QueueProps, 'visibilityTimeout' | 'deadLetterQueue'> = {}): Queue =>
    new Queue(scope, id, props);
  // Bundled in-process like the app's own functions (NodejsFunction would start npm once per function). The SDK
  // stays external: the runtime's on AWS, the repository's node_modules locally.
  const fixture = (id: string, file: string, props: Pick<FunctionProps, 'environment' | 'deadLetterQueue'>): LambdaFunctionResource =>
    new LambdaFunctionResource(scope, id, {
      code: esbuildCode({ entry: path.join(FIXTURES, file), target: 'node20', external: ['@aws-sdk/*'] }),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      ...props,
    });
  const output = (key: keyof typeof E2E_OUTPUTS, value: string): void => {
    new CfnOutput(stack, E2E_OUTPUTS[key], { value });
  };

  // One event, three targets: a Lambda and a queue with input transformers, a queue with the plain event.
  const forwarded = queue('Forwarded');
  const forwarder = fixture('Forwarder', 'forwarder.ts', { environment: { FORWARD_QUEUE_URL: forwarded.queueUrl } });
  forwarded.grantSendMessages(forwarder);
  const transformed = queue('Transformed');
  const plain = queue('Plain');
  const ordersPattern = { source: [E2E_SOURCE], detailType: ['OrderPlaced'] };
  const orders = new Rule(scope, 'OrdersRule', { eventBus: bus, eventPattern: ordersPattern });
  orders.addTarget(
    new LambdaFunction(forwarder, {
      event: RuleTargetInput.fromObject({
        orderId: EventField.fromPath('$.detail.orderId'),
        total: EventField.fromPath('$.detail.total'),
        tier: EventField.fromPath('$.detail.customer.tier'),
        kind: EventField.detailType,
      }),
    }),
  );
  orders.addTarget(
    new SqsQueue(transformed, {
      message: RuleTargetInput.fromObject({
        order: EventField.fromPath('$.detail.orderId'),
        items: EventField.fromPath('$.detail.items'),
        from: EventField.source,
        rule: '<aws.events.rule-name>',
      }),
    }),
  );
  orders.addTarget(new SqsQueue(plain));

  // A function that always throws: Lambda retries it, then hands the event to the function's DLQ.
  const attempts = queue('Attempts');
  const functionDlq = queue('FunctionDlq');
  const failing = fixture('Failing', 'failing-target.ts', {
    environment: { ATTEMPTS_QUEUE_URL: attempts.queueUrl },
    deadLetterQueue: functionDlq,
  });
  attempts.grantSendMessages(failing);
  // EventBridge's own DLQ on the Lambda target: a function error must never reach it (the invoke itself succeeds).
  const lambdaTargetDlq = queue('LambdaTargetDlq');
  new Rule(scope, 'PaymentsRule', {
    eventBus: bus,
    eventPattern: { source: [E2E_SOURCE], detailType: ['PaymentFailed'] },
    targets: [new LambdaFunction(failing, { deadLetterQueue: lambdaTargetDlq, retryAttempts: 2 })],
  });

  // A queue target the test deletes: EventBridge cannot deliver, and the event goes to the target's DLQ.
  const doomed = queue('Doomed');
  const targetDlq = queue('TargetDlq');
  const shipments = new Rule(scope, 'ShipmentsRule', {
    eventBus: bus,
    eventPattern: { source: [E2E_SOURCE], detailType: ['ShipmentRequested'] },
    targets: [new SqsQueue(doomed, { deadLetterQueue: targetDlq, retryAttempts: 3, maxEventAge: Duration.minutes(5) })],
  });

  // A disabled rule with the orders rule's pattern.
  const disabledQueue = queue('DisabledTarget');
  const disabled = new Rule(scope, 'DisabledRule', {
    eventBus: bus,
    enabled: false,
    eventPattern: ordersPattern,
    targets: [new SqsQueue(disabledQueue)],
  });

  // A rule with content filters, to compare with TestEventPattern.
  const probeQueue = queue('Probe');
  const probe = new Rule(scope, 'ProbeRule', {
    eventBus: bus,
    eventPattern: {
      source: [E2E_SOURCE],
      detailType: ['PatternProbe'],
      detail: { amount: Match.greaterThan(100), region: Match.prefix('eu-'), coupon: Match.exists() },
    },
    targets: [new SqsQueue(probeQueue)],
  });

  // Plain SQS semantics, and an SQS → Lambda mapping reporting partial batch failures; the batching window lets the
  // messages of one SendMessageBatch meet in one invocation.
  const visibility = queue('Visibility', { visibilityTimeout: Duration.seconds(VISIBILITY_SECONDS.redelivery) });
  const redriveDlq = queue('RedriveDlq');
  const redrive = queue('Redrive', {
    visibilityTimeout: Duration.seconds(VISIBILITY_SECONDS.redrive),
    deadLetterQueue: { queue: redriveDlq, maxReceiveCount: 2 },
  });
  const batchLog = queue('BatchLog');
  const batchQueue = queue('Batch', { visibilityTimeout: Duration.seconds(VISIBILITY_SECONDS.batch) });
  const batchFunction = fixture('BatchProcessor', 'batch-processor.ts', { environment: { LOG_QUEUE_URL: batchLog.queueUrl } });
  batchLog.grantSendMessages(batchFunction);
  batchFunction.addEventSource(
    new SqsEventSource(batchQueue, { batchSize: 10, maxBatchingWindow: Duration.seconds(5), reportBatchItemFailures: true }),
  );

  Validations.of(scope).acknowledge(
    { id: 'AwsSolutions-L1', reason: ACK_REASON },
    { id: 'AwsSolutions-SQS3', reason: ACK_REASON },
    { id: 'AwsSolutions-SQS4', reason: ACK_REASON },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: ACK_REASON,
    },
  );

  output('ordersRuleArn', orders.ruleArn);
  output('forwardedQueueUrl', forwarded.queueUrl);
  output('transformedQueueUrl', transformed.queueUrl);
  output('plainQueueUrl', plain.queueUrl);
  output('attemptsQueueUrl', attempts.queueUrl);
  output('functionDlqUrl', functionDlq.queueUrl);
  output('lambdaTargetDlqUrl', lambdaTargetDlq.queueUrl);
  output('shipmentsRuleArn', shipments.ruleArn);
  output('doomedQueueUrl', doomed.queueUrl);
  output('doomedQueueArn', doomed.queueArn);
  output('targetDlqUrl', targetDlq.queueUrl);
  output('disabledRuleArn', disabled.ruleArn);
  output('disabledQueueUrl', disabledQueue.queueUrl);
  output('probeRuleArn', probe.ruleArn);
  output('probeQueueUrl', probeQueue.queueUrl);
  output('visibilityQueueUrl', visibility.queueUrl);
  output('redriveQueueUrl', redrive.queueUrl);
  output('redriveDlqUrl', redriveDlq.queueUrl);
  output('batchQueueUrl', batchQueue.queueUrl);
  output('batchLogQueueUrl', batchLog.queueUrl);
  output('batchFunctionName', batchFunction.functionName);
}
