import type { Json } from '../../assembly/json';
import type { IntegrationCall, IntegrationContext } from './integration-context';
import { pascalCase } from './resource-routes';
import { dynamoDbInput } from './sdk-json';
import { withSdkMetadata } from './sdk-metadata';
import { asServiceError, OptimizedNaming } from './service-errors';

/**
 * `arn:aws:states:::dynamodb:getItem|putItem|updateItem|deleteItem`: the arguments are the DynamoDB API request
 * (PascalCase, typed attribute values), the result the API's response plus the SDK metadata; errors are
 * `DynamoDB.<Exception>` (`DynamoDB.ConditionalCheckFailedException`…).
 */
export async function dynamoDbIntegration(action: 'getItem' | 'putItem' | 'updateItem' | 'deleteItem', call: IntegrationCall, context: IntegrationContext): Promise<Json> {
  let output: object;
  try {
    output = await context.sdk.send('dynamodb', pascalCase(action), dynamoDbInput(call.args) as object, call.request.signal);
  } catch (thrown) {
    throw asServiceError(OptimizedNaming.dynamodb, thrown);
  }
  return withSdkMetadata(output, 'application/x-amz-json-1.0', context);
}
