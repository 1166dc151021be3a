import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { LOCAL_CREDENTIALS } from '../../infra/local/dynamodb/dynamodb-local-process';

export interface ClientConfig {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** SDK settings for the local cloud's edge, booted by the integration globalSetup. */
export function edgeClientConfig(): ClientConfig {
  const endpoint = process.env.LOCAL_EDGE_URL;
  if (!endpoint) throw new Error('LOCAL_EDGE_URL is not set: run through `npm run test:integration`');
  return { endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
}

/** The stack's outputs, discovered as on AWS (DescribeStacks) — never hard-coded ids. */
export async function stackOutputs(): Promise<Readonly<Record<string, string>>> {
  const client = new CloudFormationClient(edgeClientConfig());
  try {
    const { Stacks } = await client.send(new DescribeStacksCommand({ StackName: process.env.ECOMMERCE_STACK_NAME ?? 'Ecommerce-dev' }));
    return Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']));
  } finally {
    client.destroy();
  }
}
