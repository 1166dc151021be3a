import { LambdaClient } from '@aws-sdk/client-lambda';
import { REGION } from './fixtures';

/** An unmodified SDK v3 client pointed at the local endpoint; one attempt, so a 429 is seen rather than retried. */
export function localLambdaClient(endpoint: string): LambdaClient {
  return new LambdaClient({
    endpoint,
    region: REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}
