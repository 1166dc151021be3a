import { randomUUID } from 'node:crypto';
import type { JsonObject } from '../../assembly/json';
import { awsJsonError, type EdgeRequest, type EdgeResponse, type EdgeService } from '../../edge/protocol';
import { EventBridgeError } from '../eventbridge-errors';
import type { EventBridgeLogger } from '../eventbridge-logger';
import { pageOf } from '../paging';
import type { RegisteredSchema, SchemaRegistry, SchemaRegistryInfo } from './schema-registry';

/**
 * The EventBridge Schemas API (signing name `schemas`, restJson) over the template's registries, read-only:
 * ListRegistries, DescribeRegistry, ListSchemas, DescribeSchema. Timestamps are ISO 8601, as this API sends them.
 */
export function schemasApiService(registry: SchemaRegistry, logger: EventBridgeLogger): EdgeService {
  return {
    signingName: 'schemas',
    targetPrefixes: [],
    handle: (request) => {
      const response = respond(registry, request);
      logger.debug('request', { service: 'schemas', operation: `${request.method} ${request.path}`, status: response.status });
      return Promise.resolve({ ...response, headers: { ...response.headers, 'x-amzn-requestid': randomUUID() } });
    },
  };
}

const REGISTRIES = /^\/v1\/registries$/;
const REGISTRY = /^\/v1\/registries\/name\/([^/]+)$/;
const SCHEMAS = /^\/v1\/registries\/name\/([^/]+)\/schemas$/;
const SCHEMA = /^\/v1\/registries\/name\/([^/]+)\/schemas\/name\/([^/]+)$/;

function respond(registry: SchemaRegistry, request: EdgeRequest): EdgeResponse {
  if (request.method !== 'GET') return unknownOperation(request);
  try {
    const { path, query } = request;
    const paging: JsonObject = {
      ...(query.limit === undefined ? {} : { Limit: Number(query.limit) }),
      ...(query.nextToken === undefined ? {} : { NextToken: query.nextToken }),
    };
    if (REGISTRIES.test(path)) return ok(listRegistries(registry, query.registryNamePrefix ?? '', paging));
    const registryName = REGISTRY.exec(path)?.[1];
    if (registryName !== undefined) return ok(registryDescription(existingRegistry(registry, decode(registryName))));
    const listed = SCHEMAS.exec(path)?.[1];
    if (listed !== undefined) return ok(listSchemas(registry, decode(listed), query.schemaNamePrefix ?? '', paging));
    const schema = SCHEMA.exec(path);
    if (schema?.[1] !== undefined && schema[2] !== undefined) {
      return ok(describeSchema(registry, decode(schema[1]), decode(schema[2]), query.schemaVersion));
    }
    return unknownOperation(request);
  } catch (error) {
    if (error instanceof EventBridgeError) return error.toResponse();
    throw error;
  }
}

function listRegistries(registry: SchemaRegistry, prefix: string, paging: JsonObject): JsonObject {
  const registries = registry.registries
    .filter((info) => info.name.startsWith(prefix))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const page = pageOf(registries, (info) => info.name, paging);
  return {
    Registries: page.items.map((info) => ({ RegistryArn: info.arn, RegistryName: info.name, Tags: {} })),
    ...(page.nextToken === undefined ? {} : { NextToken: page.nextToken }),
  };
}

function registryDescription(info: SchemaRegistryInfo): JsonObject {
  return {
    RegistryArn: info.arn,
    RegistryName: info.name,
    ...(info.description === undefined ? {} : { Description: info.description }),
    Tags: {},
  };
}

function listSchemas(registry: SchemaRegistry, registryName: string, prefix: string, paging: JsonObject): JsonObject {
  existingRegistry(registry, registryName);
  const schemas = registry.schemas
    .filter((schema) => schema.registryName === registryName && schema.name.startsWith(prefix))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const page = pageOf(schemas, (schema) => schema.name, paging);
  const lastModified = registry.createdAt.toISOString();
  return {
    Schemas: page.items.map((schema) => ({
      SchemaArn: schema.arn,
      SchemaName: schema.name,
      LastModified: lastModified,
      VersionCount: 1,
      Tags: {},
    })),
    ...(page.nextToken === undefined ? {} : { NextToken: page.nextToken }),
  };
}

function describeSchema(registry: SchemaRegistry, registryName: string, name: string, version?: string): JsonObject {
  existingRegistry(registry, registryName);
  const schema = registry.schemas.find((candidate) => candidate.registryName === registryName && candidate.name === name);
  if (schema === undefined || (version !== undefined && version !== schema.version)) {
    throw notFound(`Schema with name ${name}${version === undefined ? '' : ` and version ${version}`} does not exist.`);
  }
  return schemaDescription(schema, registry.createdAt.toISOString());
}

function schemaDescription(schema: RegisteredSchema, created: string): JsonObject {
  return {
    Content: schema.content,
    ...(schema.description === undefined ? {} : { Description: schema.description }),
    LastModified: created,
    SchemaArn: schema.arn,
    SchemaName: schema.name,
    SchemaVersion: schema.version,
    Tags: {},
    Type: schema.type,
    VersionCreatedDate: created,
  };
}

function existingRegistry(registry: SchemaRegistry, name: string): SchemaRegistryInfo {
  const info = registry.registries.find((candidate) => candidate.name === name);
  if (info === undefined) throw notFound(`Registry with name ${name} does not exist.`);
  return info;
}

function notFound(message: string): EventBridgeError {
  return new EventBridgeError('NotFoundException', message, 404);
}

function ok(body: JsonObject): EdgeResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function unknownOperation(request: EdgeRequest): EdgeResponse {
  return awsJsonError(404, 'UnknownOperationException', `The local Schemas API does not implement ${request.method} ${request.path}`);
}

function decode(segment: string): string {
  return decodeURIComponent(segment);
}
