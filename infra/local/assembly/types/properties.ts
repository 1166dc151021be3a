import { generatedName } from '../physical-names';
import { preview, type JsonObject } from '../json';
import type { IdentityContext } from './descriptor';

/** A property holding a value the local cloud cannot use as given (e.g. a name that is not a string). */
export class PropertyValueError extends Error {
  constructor(
    readonly property: string,
    message: string,
  ) {
    super(message);
    this.name = 'PropertyValueError';
  }
}

export function optionalString(properties: JsonObject, property: string): string | undefined {
  const value = properties[property];
  if (value === undefined || typeof value === 'string') return value;
  throw new PropertyValueError(property, `must be a string, got ${preview(value)}`);
}

export function requiredString(properties: JsonObject, property: string): string {
  const value = optionalString(properties, property);
  if (value === undefined) throw new PropertyValueError(property, 'is required');
  return value;
}

/** The name the template gives in `property`, else CloudFormation's generated-name shape within `maxLength`. */
export function nameOrGenerated(context: IdentityContext, property: string, maxLength: number): string {
  return optionalString(context.properties, property) ?? generatedName(context.stackName, context.logicalId, maxLength);
}

/** The last segment of a name-or-ARN property (`arn:…:event-bus/orders` → `orders`; `orders` → `orders`). */
export function nameFromNameOrArn(value: string, separator = '/'): string {
  if (!value.startsWith('arn:')) return value;
  const resource = value.split(':').slice(5).join(':');
  return resource.slice(resource.lastIndexOf(separator) + 1);
}

/** Value checks shared by descriptors: `property` must be one of `allowed` when present. */
export function oneOf(
  properties: JsonObject,
  property: string,
  allowed: readonly string[],
  hint: string,
): { property: string; message: string; hint: string }[] {
  const value = properties[property];
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) return [];
  return [{ property, message: `${preview(value)} is not supported locally (supported: ${allowed.join(', ')})`, hint }];
}
