import { missingMember, validationError } from './cognito-errors';

/** A parsed awsJson request body. Readers below type its members and fail with Cognito's validation wording. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** AWS reports members in lower camel case (`userPoolId`), whatever the wire name (`UserPoolId`). */
const memberName = (field: string): string => field.charAt(0).toLowerCase() + field.slice(1);

function wrongType(field: string, value: unknown, expected: string): Error {
  return validationError(memberName(field), JSON.stringify(value), `Member must be ${expected}`);
}

export function optionalString(input: JsonObject, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(field, value, 'a string');
  return value;
}

export function requiredString(input: JsonObject, field: string): string {
  const value = optionalString(input, field);
  if (value === undefined || value === '') throw missingMember(memberName(field));
  return value;
}

export function optionalBoolean(input: JsonObject, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw wrongType(field, value, 'a boolean');
  return value;
}

export function optionalInteger(input: JsonObject, field: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(field, value, 'an integer');
  return value;
}

/** A `{ "KEY": "value" }` map such as AuthParameters or ChallengeResponses. */
export function stringMap(input: JsonObject, field: string): Record<string, string> {
  const value = input[field];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw wrongType(field, value, 'a map');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([, entry]) => typeof entry !== 'string')) throw wrongType(field, value, 'a map of strings');
  return Object.fromEntries(entries) as Record<string, string>;
}

/** A `[{ "Name": …, "Value": … }]` list (UserAttributes) as a name → value record. */
export function attributeList(input: JsonObject, field: string): Record<string, string> {
  const value = input[field];
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value)) throw wrongType(field, value, 'a list');
  const attributes: Record<string, string> = {};
  for (const item of value as unknown[]) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof entry.Name !== 'string' || entry.Name === '') throw missingMember(`${memberName(field)}.member.name`);
    if (entry.Value !== undefined && typeof entry.Value !== 'string') {
      throw wrongType(`${field}.member.value`, entry.Value, 'a string');
    }
    attributes[entry.Name] = entry.Value ?? '';
  }
  return attributes;
}
