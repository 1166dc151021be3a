import { isJsonArray, isJsonObject, preview, type Json, type JsonObject } from '../json';
import type { LocalResource } from '../model';

/**
 * Typed reads of resolved properties for the views. The loader has already checked which properties exist; these
 * check shapes, and a wrong shape names the resource and property instead of surfacing later as `undefined`.
 */
export class PropertyReader {
  constructor(private readonly resource: LocalResource) {}

  private fail(property: string, expected: string, value: Json | undefined): never {
    const where = `${this.resource.logicalId} (${this.resource.type}) ${property}`;
    throw new Error(`${where} must be ${expected}, got ${preview(value)}`);
  }

  string(properties: JsonObject, property: string): string {
    const value = properties[property];
    return typeof value === 'string' ? value : this.fail(property, 'a string', value);
  }

  optionalString(properties: JsonObject, property: string): string | undefined {
    return properties[property] === undefined ? undefined : this.string(properties, property);
  }

  /** Numbers may be written as strings in templates (`"Timeout": "30"`). */
  optionalNumber(properties: JsonObject, property: string): number | undefined {
    const value = properties[property];
    if (value === undefined) return undefined;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : this.fail(property, 'a number', value);
  }

  optionalBoolean(properties: JsonObject, property: string): boolean | undefined {
    const value = properties[property];
    if (value === undefined || typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return this.fail(property, 'a boolean', value);
  }

  optionalObject(properties: JsonObject, property: string): JsonObject | undefined {
    const value = properties[property];
    if (value === undefined) return undefined;
    return isJsonObject(value) ? value : this.fail(property, 'an object', value);
  }

  objects(properties: JsonObject, property: string): readonly JsonObject[] {
    const value = properties[property] ?? [];
    if (isJsonArray(value) && value.every(isJsonObject)) return value.filter(isJsonObject);
    return this.fail(property, 'a list of objects', value);
  }

  strings(properties: JsonObject, property: string): readonly string[] {
    const value = properties[property] ?? [];
    if (isJsonArray(value) && value.every((item) => typeof item === 'string')) return value.filter((item) => typeof item === 'string');
    return this.fail(property, 'a list of strings', value);
  }

  /** A map of string values; numbers and booleans are written as strings, as CloudFormation does. */
  stringMap(properties: JsonObject, property: string): Readonly<Record<string, string>> {
    const value = this.optionalObject(properties, property) ?? {};
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') return [key, String(item)];
        return this.fail(`${property}.${key}`, 'a string', item);
      }),
    );
  }
}
