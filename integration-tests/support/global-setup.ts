import { type RunningDynamoDbLocal, startDynamoDbLocal } from '../../infra/local/dynamodb/dynamodb-local-process';

declare global {
  var dynamoDbLocal: RunningDynamoDbLocal | undefined;
}

/** Boots the backing services once per integration run; workers inherit the endpoints through the environment. */
export default async function globalSetup(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  globalThis.dynamoDbLocal = dynamo;
  process.env.DYNAMODB_LOCAL_ENDPOINT = dynamo.endpoint;
}
