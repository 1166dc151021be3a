import type { LocalLambda } from '../lambda';
import type { IntegrationPorts, SdkService } from '../stepfunctions/integrations/integration-ports';

/** What Task states reach: functions through the Lambda runtime, every other service through its SDK endpoint. */
export function stepFunctionsIntegrations(options: {
  readonly lambda: LocalLambda;
  readonly edgeUrl: string;
  readonly dynamoEndpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
}): Omit<IntegrationPorts, 'executions'> {
  const { lambda } = options;
  return {
    async invokeLambda(request) {
      const lookup = lambda.functions.find(request.functionName, request.qualifier);
      if (!lookup.found) {
        return { kind: 'rejected', exception: 'ResourceNotFoundException', message: `Function not found: ${request.functionName}`, statusCode: 404 };
      }
      if (request.invocationType === 'Event') {
        lambda.events.enqueue(lookup.spec, request.payload);
        return { kind: 'completed', statusCode: 202, payload: '' };
      }
      const outcome = await lambda.runtime.invoke(lookup.spec, { payload: request.payload });
      if (outcome.kind === 'throttled') {
        return { kind: 'rejected', exception: 'TooManyRequestsException', message: 'Rate Exceeded.', statusCode: 429 };
      }
      return {
        kind: 'completed',
        statusCode: 200,
        payload: outcome.payload,
        executedVersion: '$LATEST',
        requestId: outcome.requestId,
        ...(outcome.functionError === undefined ? {} : { functionError: outcome.functionError }),
      };
    },
    // DynamoDB is the hot path (direct integrations in the saga): straight to DynamoDB Local, like functions reach it.
    clientConfig: (service: SdkService) => ({
      endpoint: service === 'dynamodb' ? options.dynamoEndpoint : options.edgeUrl,
      region: options.region,
      credentials: options.credentials,
    }),
  };
}
