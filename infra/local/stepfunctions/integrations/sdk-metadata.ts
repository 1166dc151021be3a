import { isJsonObject, type JsonObject } from '../../assembly/json';
import { responseMetadata, sdkOutputToJson } from './sdk-json';

/**
 * `SdkHttpMetadata` / `SdkResponseMetadata`: the older optimized integrations (Lambda, DynamoDB, SQS, StartExecution)
 * are built on the AWS SDK for Java v1 and return its response metadata next to the API's own fields. Locally the
 * headers are the ones such a response carries, derived from the response itself.
 */
export interface ResponseFacts {
  readonly requestId: string;
  readonly statusCode: number;
  readonly contentType: string;
  /** The response body the headers describe (its length goes into Content-Length). */
  readonly body: string;
  readonly date: Date;
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

export function sdkMetadata(facts: ResponseFacts): { readonly SdkHttpMetadata: JsonObject; readonly SdkResponseMetadata: JsonObject } {
  const headers: Record<string, string> = {
    Connection: 'keep-alive',
    'Content-Length': String(Buffer.byteLength(facts.body)),
    'Content-Type': facts.contentType,
    Date: facts.date.toUTCString(),
    ...facts.extraHeaders,
    'x-amzn-RequestId': facts.requestId,
  };
  const sorted = Object.keys(headers).sort((a, b) => a.localeCompare(b));
  return {
    SdkHttpMetadata: {
      AllHttpHeaders: Object.fromEntries(sorted.map((name) => [name, [headers[name] ?? '']])),
      HttpHeaders: Object.fromEntries(sorted.map((name) => [name, headers[name] ?? ''])),
      HttpStatusCode: facts.statusCode,
    },
    SdkResponseMetadata: { RequestId: facts.requestId },
  };
}

/** An SDK v3 output as an optimized integration's result: the API's fields plus the Java v1 SDK metadata. */
export function withSdkMetadata(
  output: object,
  contentType: string,
  clock: { readonly now: () => Date; readonly newRequestId: () => string },
): JsonObject {
  const result = sdkOutputToJson(output);
  const fields = isJsonObject(result) ? result : {};
  const http = responseMetadata(output);
  return {
    ...fields,
    ...sdkMetadata({
      requestId: http.requestId ?? clock.newRequestId(),
      statusCode: http.statusCode ?? 200,
      contentType,
      body: JSON.stringify(fields),
      date: clock.now(),
    }),
  };
}
