import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS } from '../../infra/local/dynamodb/dynamodb-local-process';

/** Unmodified SDK v3 clients pointed at one local cloud's edge, as an application configures them. */
export interface EdgeClients {
  readonly sfn: SFNClient;
  readonly sqs: SQSClient;
  readonly events: EventBridgeClient;
  destroy(): void;
}

const clientConfig = (endpoint: string) => ({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });

export function edgeClients(edgeUrl: string): EdgeClients {
  const sfn = new SFNClient(clientConfig(edgeUrl));
  const sqs = new SQSClient(clientConfig(edgeUrl));
  const events = new EventBridgeClient(clientConfig(edgeUrl));
  return {
    sfn,
    sqs,
    events,
    destroy: () => {
      sfn.destroy();
      sqs.destroy();
      events.destroy();
    },
  };
}

/** A stack's outputs as DescribeStacks answers them at this edge — never hard-coded ids. */
export async function stackOutputsAt(edgeUrl: string, stackName: string): Promise<Readonly<Record<string, string>>> {
  const client = new CloudFormationClient(clientConfig(edgeUrl));
  try {
    const { Stacks } = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    return Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']));
  } finally {
    client.destroy();
  }
}
