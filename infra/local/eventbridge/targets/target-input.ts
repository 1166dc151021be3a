import type { JsonObject } from '../../assembly/json';
import { renderInputTemplate, type TransformContext } from './input-transformer';
import { evaluateJsonPath } from './json-path';
import type { Target } from './target';

/**
 * The text a target receives for one event: the event itself as JSON, the constant `Input`, what `InputPath` selects
 * (as JSON; `null` when it selects nothing), or the transformed template. Throws InvalidTransformedJsonError when a
 * JSON template renders to invalid JSON.
 */
export function targetPayload(target: Target, context: TransformContext): string {
  const { input } = target;
  switch (input.kind) {
    case 'event':
      return JSON.stringify(context.event);
    case 'constant':
      return input.text;
    case 'path':
      return JSON.stringify(evaluateJsonPath(input.path, context.event) ?? null);
    case 'transformer':
      return renderInputTemplate(input.transformer, context);
  }
}

/** A Kinesis record's partition key: the value at PartitionKeyPath (strings as they are), else the event id. */
export function partitionKey(target: Target, event: JsonObject): string {
  const value = target.partitionKeyPath === undefined ? undefined : evaluateJsonPath(target.partitionKeyPath, event);
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) return JSON.stringify(value);
  return typeof event.id === 'string' ? event.id : '';
}
