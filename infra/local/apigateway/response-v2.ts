import type { GatewayResponse, LambdaInvokeResult } from './http-api-model';

/**
 * Payload format 2.0 response rules ("Lambda function response for format 2.0"): a result with `statusCode` is
 * used as given (`headers`, `cookies` → one `set-cookie` each, `body`, `isBase64Encoded`); any other valid JSON is
 * the body of a 200 `application/json` response. Anything API Gateway cannot use — a function error, a throttled or
 * failed invocation, a malformed result — is a failure the gateway answers with 500.
 */
export type IntegrationResult =
  | { readonly kind: 'response'; readonly response: GatewayResponse }
  | { readonly kind: 'failure'; /** For the log line, as `$context.integrationErrorMessage` on AWS. */ readonly reason: string };

const failure = (reason: string): IntegrationResult => ({ kind: 'failure', reason });

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const headerText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

const functionErrorReason = (result: LambdaInvokeResult): string => {
  try {
    const error: unknown = JSON.parse(result.payload);
    if (isRecord(error) && typeof error.errorType === 'string') {
      return `function error (${result.functionError ?? 'Unhandled'}): ${error.errorType}`;
    }
  } catch {
    // The payload of a failed invocation is not always JSON; the error kind alone is enough to log.
  }
  return `function error (${result.functionError ?? 'Unhandled'})`;
};

const headerLines = (headers: unknown): [string, string][] | string => {
  if (headers === undefined || headers === null) {
    return [];
  }
  if (!isRecord(headers)) {
    return 'headers must be an object';
  }
  const lines: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const text = headerText(value);
    if (text === undefined || !HEADER_NAME.test(name) || !HEADER_VALUE.test(text)) {
      return `header ${JSON.stringify(name)} is not a valid header`;
    }
    lines.push([name.toLowerCase(), text]);
  }
  return lines;
};

const cookieLines = (cookies: unknown): [string, string][] | string => {
  if (cookies === undefined || cookies === null) {
    return [];
  }
  if (!Array.isArray(cookies) || !cookies.every((cookie) => typeof cookie === 'string' && HEADER_VALUE.test(cookie))) {
    return 'cookies must be an array of strings';
  }
  return cookies.map((cookie: string): [string, string] => ['set-cookie', cookie]);
};

const structuredResponse = (result: Record<string, unknown>): IntegrationResult => {
  const { statusCode, body, isBase64Encoded } = result;
  if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
    return failure('malformed Lambda proxy response: statusCode must be an integer from 100 to 599');
  }
  if (body !== undefined && body !== null && typeof body !== 'string') {
    return failure('malformed Lambda proxy response: body must be a string');
  }
  if (isBase64Encoded !== undefined && typeof isBase64Encoded !== 'boolean') {
    return failure('malformed Lambda proxy response: isBase64Encoded must be a boolean');
  }
  const headers = headerLines(result.headers);
  const cookies = cookieLines(result.cookies);
  if (typeof headers === 'string' || typeof cookies === 'string') {
    return failure(`malformed Lambda proxy response: ${typeof headers === 'string' ? headers : String(cookies)}`);
  }
  const text = body ?? '';
  return {
    kind: 'response',
    response: {
      status: statusCode,
      headers: [...headers, ...cookies],
      body: isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text),
    },
  };
};

export const mapLambdaResult = (result: LambdaInvokeResult): IntegrationResult => {
  if (result.statusCode !== undefined && result.statusCode !== 200) {
    return failure(result.statusCode === 429 ? 'Rate Exceeded. (the function is throttled)' : `Lambda answered HTTP ${result.statusCode}`);
  }
  if (result.functionError !== undefined) {
    return failure(functionErrorReason(result));
  }
  let value: unknown;
  try {
    value = JSON.parse(result.payload);
  } catch {
    return failure('malformed Lambda proxy response: the result is not JSON');
  }
  if (isRecord(value) && 'statusCode' in value) {
    return structuredResponse(value);
  }
  // A JSON string is the body itself ("Hello" → Hello); anything else is sent as the function serialized it.
  const body = typeof value === 'string' ? value : result.payload;
  return { kind: 'response', response: { status: 200, headers: [['content-type', 'application/json']], body: Buffer.from(body) } };
};
