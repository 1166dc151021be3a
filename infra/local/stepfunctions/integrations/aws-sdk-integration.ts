import type { Json, JsonObject } from '../../assembly/json';
import type { IntegrationCall, IntegrationContext } from './integration-context';
import type { SdkService } from './integration-ports';
import { pascalCase } from './resource-routes';
import { blobInput, camelCaseKey, dynamoDbInput, pascalCaseKey, renameKeys, sdkOutputToJson, type SdkInput } from './sdk-json';
import { asServiceError, SdkNaming } from './service-errors';

/**
 * `arn:aws:states:::aws-sdk:<service>:<action>` (and `.waitForTaskToken`): the action (camelCase) runs as the SDK
 * command of the same name with the arguments as its input — PascalCase, as Step Functions writes every parameter —
 * and its output is the result, without SDK metadata. Errors are `<Service>.<Exception>` with the service's
 * PascalCase name (`DynamoDb.ConditionalCheckFailedException`, `Sfn.ExecutionAlreadyExistsException`).
 */
export async function awsSdkIntegration(service: SdkService, action: string, call: IntegrationCall, context: IntegrationContext): Promise<Json> {
  let output: object;
  try {
    output = await context.sdk.send(service, pascalCase(action), sdkInput(service, call.args) as object, call.request.signal);
  } catch (thrown) {
    throw asServiceError(SdkNaming[service], thrown);
  }
  const result = sdkOutputToJson(output);
  return service === 'sfn' ? renameKeys(result, pascalCaseKey) : result;
}

const KINESIS_BLOBS: ReadonlySet<string> = new Set(['Data']);
const SQS_BLOBS: ReadonlySet<string> = new Set(['BinaryValue']);

/** The arguments in the SDK's own terms: base64 blobs as bytes, and Step Functions' API members in its camelCase. */
function sdkInput(service: SdkService, args: JsonObject): SdkInput {
  switch (service) {
    case 'dynamodb':
      return dynamoDbInput(args);
    case 'kinesis':
      return blobInput(args, KINESIS_BLOBS);
    case 'sqs':
      return blobInput(args, SQS_BLOBS);
    case 'sfn':
      return renameKeys(args, camelCaseKey);
    case 'eventbridge':
      return args;
  }
}
