import AjvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { LocalResource, LocalStack } from '../../assembly';
import { isJsonArray, isJsonObject, parseJson, type Json } from '../../assembly/json';
import type { StartProblems } from '../start-problems';

export interface SchemaRegistryInfo {
  readonly name: string;
  readonly arn: string;
  readonly description?: string;
}

/** One `AWS::EventSchemas::Schema` of the template (templates only ever hold version 1). */
export interface RegisteredSchema {
  readonly registryName: string;
  readonly name: string;
  readonly arn: string;
  readonly type: string;
  readonly content: string;
  readonly description?: string;
  readonly version: string;
  /** The events it describes, as `source` + `detail-type` pairs. */
  readonly covers: readonly EventKind[];
  /** Draft-04 schemas only; an OpenAPI 3 schema is listed but not checked locally. */
  readonly validate?: ValidateFunction;
}

export interface EventKind {
  readonly source: string;
  readonly detailType: string;
}

/**
 * The template's schema registries and schemas, for the Schemas API and for checking events as a dev aid. Which
 * events a schema describes is read from its content (`properties.source` / `properties["detail-type"]` pinned by
 * `enum`), else from its name in schema discovery's `<source>@<detail-type>` form.
 */
export class SchemaRegistry {
  private readonly byKind = new Map<string, RegisteredSchema[]>();

  private constructor(
    readonly registries: readonly SchemaRegistryInfo[],
    readonly schemas: readonly RegisteredSchema[],
    readonly createdAt: Date,
  ) {
    for (const schema of schemas) {
      for (const kind of schema.covers) {
        const key = kindKey(kind.source, kind.detailType);
        this.byKind.set(key, [...(this.byKind.get(key) ?? []), schema]);
      }
    }
  }

  static fromStacks(stacks: readonly LocalStack[], createdAt: Date, problems: StartProblems): SchemaRegistry {
    const registries = stacks.flatMap((stack) => stack.byType('AWS::EventSchemas::Registry')).map(registryOf);
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    const schemas = stacks
      .flatMap((stack) => stack.byType('AWS::EventSchemas::Schema'))
      .flatMap((resource) => problems.attempt(`schema ${resource.logicalId}`, () => schemaOf(resource, ajv)) ?? []);
    return new SchemaRegistry(registries, schemas, createdAt);
  }

  /** The schemas registered for events of this source and detail-type (in any registry). */
  schemasFor(source: string, detailType: string): readonly RegisteredSchema[] {
    return this.byKind.get(kindKey(source, detailType)) ?? [];
  }
}

function registryOf(resource: LocalResource): SchemaRegistryInfo {
  const { RegistryName: name, RegistryArn: arn } = resource.attributes;
  const description = resource.properties.Description;
  return {
    name: typeof name === 'string' ? name : resource.physicalId,
    arn: typeof arn === 'string' ? arn : resource.physicalId,
    ...(typeof description === 'string' ? { description } : {}),
  };
}

function schemaOf(resource: LocalResource, ajv: AjvDraft04): RegisteredSchema {
  const { properties, attributes } = resource;
  const { RegistryName: registryName, Type: type, Content: content, Description: description } = properties;
  const { SchemaName: name, SchemaArn: arn, SchemaVersion: version } = attributes;
  if (typeof registryName !== 'string' || typeof type !== 'string' || typeof content !== 'string') {
    throw new Error('RegistryName, Type and Content must be strings');
  }
  if (typeof name !== 'string' || typeof arn !== 'string') throw new Error('the loader gave it no SchemaName/SchemaArn');
  let parsed: Json;
  try {
    parsed = parseJson(content);
  } catch {
    throw new Error('Content is not valid JSON');
  }
  return {
    registryName,
    name,
    arn,
    type,
    content,
    version: typeof version === 'string' ? version : '1',
    covers: coveredKinds(name, parsed),
    ...(typeof description === 'string' ? { description } : {}),
    ...(type === 'JSONSchemaDraft4' ? { validate: compile(ajv, parsed) } : {}),
  };
}

function compile(ajv: AjvDraft04, schema: Json): ValidateFunction {
  if (!isJsonObject(schema)) throw new Error('Content must be a JSON Schema object');
  try {
    // The schema is the template's own JSON; ajv takes any schema object.
    return ajv.compile(schema as object);
  } catch (error) {
    throw new Error(`Content is not a valid JSON Schema draft 4: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

function coveredKinds(name: string, schema: Json): EventKind[] {
  const properties = isJsonObject(schema) ? schema.properties : undefined;
  const sources = isJsonObject(properties) ? pinned(properties.source) : [];
  const detailTypes = isJsonObject(properties) ? pinned(properties['detail-type']) : [];
  if (sources.length > 0 && detailTypes.length > 0) {
    return sources.flatMap((source) => detailTypes.map((detailType) => ({ source, detailType })));
  }
  const at = name.indexOf('@');
  return at > 0 && at < name.length - 1 ? [{ source: name.slice(0, at), detailType: name.slice(at + 1) }] : [];
}

/** The strings a property schema allows, when it pins them with `enum` (or draft-06's `const`). */
function pinned(property: Json | undefined): string[] {
  if (!isJsonObject(property)) return [];
  if (typeof property.const === 'string') return [property.const];
  const values = property.enum;
  return isJsonArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

function kindKey(source: string, detailType: string): string {
  return `${source}\u0000${detailType}`;
}
