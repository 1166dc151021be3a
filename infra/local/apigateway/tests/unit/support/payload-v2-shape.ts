/**
 * The payload format 2.0 event shape as the API Gateway developer guide documents it, checked by hand:
 * @aws-lambda-powertools/parser (whose APIGatewayProxyEventV2Schema would do this) is not installed here.
 * Returns the problems found; an empty list means the event has the documented shape and nothing else.
 */

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringRecord: Check = (value) => isRecord(value) && Object.values(value).every(isString);
const isStringArray: Check = (value) => Array.isArray(value) && value.every(isString);
const optional = (check: Check): Check => (value) => value === undefined || check(value);

const TIME = /^\d{2}\/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/;

const EVENT: Readonly<Record<string, Check>> = {
  version: (value) => value === '2.0',
  routeKey: isString,
  rawPath: (value) => typeof value === 'string' && value.startsWith('/'),
  rawQueryString: isString,
  cookies: optional(isStringArray),
  headers: (value) => isStringRecord(value) && Object.keys(value as object).every((name) => name === name.toLowerCase()),
  queryStringParameters: optional(isStringRecord),
  requestContext: (value) => isRecord(value),
  body: optional(isString),
  pathParameters: optional(isStringRecord),
  isBase64Encoded: (value) => typeof value === 'boolean',
  stageVariables: optional(isStringRecord),
};

const REQUEST_CONTEXT: Readonly<Record<string, Check>> = {
  accountId: (value) => typeof value === 'string' && /^\d{12}$/.test(value),
  apiId: isString,
  authorizer: optional(
    (value) =>
      isRecord(value) &&
      Object.keys(value).join() === 'jwt' &&
      isRecord(value.jwt) &&
      isStringRecord(value.jwt.claims) &&
      (value.jwt.scopes === null || isStringArray(value.jwt.scopes)),
  ),
  domainName: isString,
  domainPrefix: isString,
  http: (value) => isRecord(value) && ['method', 'path', 'protocol', 'sourceIp', 'userAgent'].every((key) => isString(value[key])) && Object.keys(value).length === 5,
  requestId: isString,
  routeKey: isString,
  stage: isString,
  time: (value) => typeof value === 'string' && TIME.test(value),
  timeEpoch: (value) => typeof value === 'number' && Number.isInteger(value),
};

const problemsOf = (value: Record<string, unknown>, fields: Readonly<Record<string, Check>>, prefix: string): string[] => [
  ...Object.keys(value).filter((key) => !(key in fields)).map((key) => `${prefix}${key} is not a documented field`),
  ...Object.entries(fields).filter(([key, check]) => !check(value[key])).map(([key]) => `${prefix}${key} has the wrong shape`),
];

export const payloadV2ShapeProblems = (event: unknown): string[] => {
  if (!isRecord(event)) {
    return ['the event is not an object'];
  }
  const context = event.requestContext;
  return [...problemsOf(event, EVENT, ''), ...(isRecord(context) ? problemsOf(context, REQUEST_CONTEXT, 'requestContext.') : [])];
};
