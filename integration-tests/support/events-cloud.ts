import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LOCAL_CREDENTIALS } from '../../infra/local/dynamodb/dynamodb-local-process';
import { startDynamoFor, startLocalCloud, type LocalCloud } from '../../infra/local/local-cloud';
import { synthesizeApp } from '../../infra/synthesize';
import { addEventsAndQueues, eventsE2eResources, type EventsE2eResources } from './events-test-app';
import { quietLogger } from './quiet-logger';

/**
 * How much faster than AWS the test cloud runs every wait it prescribes: Lambda's async retry delays, EventBridge's
 * backoff, SQS visibility timeouts, delays and long polls. 0.01: Lambda's one-minute first retry takes 600 ms.
 */
export const TIME_SCALE = 0.01;

/** An AWS duration in seconds → real milliseconds in the test cloud. */
export const scaledMs = (awsSeconds: number): number => awsSeconds * 1000 * TIME_SCALE;

/** The local cloud of the app extended for the events tests, with SDK clients on its edge. */
export interface EventsTestCloud {
  /** Where the cloud keeps its durable state (archives among it). */
  readonly dataDir: string;
  readonly resources: EventsE2eResources;
  /** The app's own outputs, e.g. EventBusName and ArchiveName. */
  readonly outputs: Readonly<Record<string, string>>;
  readonly events: EventBridgeClient;
  readonly sqs: SQSClient;
  readonly lambda: LambdaClient;
  stop(): Promise<void>;
}

/**
 * Synthesizes the real CDK app plus the events test resources, and boots its own local cloud from it: free ports,
 * quiet, state under a fresh temporary directory, time scaled by TIME_SCALE.
 */
export async function bootEventsTestCloud(): Promise<EventsTestCloud> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'ecommerce-events-'));
  const dataDir = path.join(workDir, '.local');
  // DynamoDB Local's JVM needs no template: it boots while the app synthesizes.
  const dynamo = startDynamoFor({ dataDir });
  let stackName: string;
  try {
    ({ stackName } = synthesizeApp(path.join(workDir, 'cdk.out'), {}, { extend: addEventsAndQueues }));
  } catch (error) {
    await (await dynamo).stop();
    throw error;
  }
  const cloud: LocalCloud = await startLocalCloud({
    assemblyDir: path.join(workDir, 'cdk.out'),
    stackName,
    edgePort: 0,
    apiPort: 0,
    dataDir,
    logDir: path.join(workDir, 'logs'),
    logger: quietLogger,
    timeScale: TIME_SCALE,
    dynamo,
  });
  const config = { endpoint: cloud.edgeUrl, region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
  const clients = {
    events: new EventBridgeClient(config),
    sqs: new SQSClient(config),
    lambda: new LambdaClient(config),
  };
  try {
    const outputs = await stackOutputs(new CloudFormationClient(config), stackName);
    return {
      dataDir,
      resources: eventsE2eResources(outputs),
      outputs,
      ...clients,
      stop: async () => {
        for (const client of Object.values(clients)) client.destroy();
        await cloud.stop();
      },
    };
  } catch (error) {
    for (const client of Object.values(clients)) client.destroy();
    await cloud.stop();
    throw error;
  }
}

/** The stack's outputs through DescribeStacks, as a client discovers them on AWS. */
async function stackOutputs(cloudFormation: CloudFormationClient, stackName: string): Promise<Record<string, string>> {
  try {
    const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
    return Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']));
  } finally {
    cloudFormation.destroy();
  }
}
