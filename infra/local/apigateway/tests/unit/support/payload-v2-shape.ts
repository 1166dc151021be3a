import { APIGatewayProxyEventV2Schema, APIGatewayRequestContextV2Schema } from '@aws-lambda-powertools/parser/schemas';

/**
 * Checks an event against Powertools' APIGatewayProxyEventV2Schema — what a function parsing its input with
 * @aws-lambda-powertools/parser accepts — and, stricter than that schema, that it carries no field the schema does not
 * name and that `requestContext.time` has API Gateway's CLF format. An empty list means the event has AWS's shape.
 */
const TIME = /^\d{2}\/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const undocumented = (value: unknown, documented: readonly string[], prefix: string): string[] =>
  isRecord(value) ? Object.keys(value).filter((key) => !documented.includes(key)).map((key) => `${prefix}${key} is not a documented field`) : [];

export const payloadV2ShapeProblems = (event: unknown): string[] => {
  const parsed = APIGatewayProxyEventV2Schema.safeParse(event);
  const schemaProblems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const context = isRecord(event) ? event.requestContext : undefined;
  const time = isRecord(context) ? context.time : undefined;
  return [
    ...schemaProblems,
    ...undocumented(event, Object.keys(APIGatewayProxyEventV2Schema.shape), ''),
    ...undocumented(context, Object.keys(APIGatewayRequestContextV2Schema.shape), 'requestContext.'),
    ...(typeof time === 'string' && !TIME.test(time) ? [`requestContext.time ${time} is not in API Gateway's format`] : []),
  ];
};
