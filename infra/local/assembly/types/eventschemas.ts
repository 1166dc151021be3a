import { arn } from '../environment';
import type { EmulatedResourceType } from './descriptor';
import { TAGS } from './descriptor';
import { nameOrGenerated, oneOf, requiredString } from './properties';

/** The EventBridge schema registry: registries and the schemas declared in the template. */
const REGISTRY_NAME_LIMIT = 64;

export const eventSchemasTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::EventSchemas::Registry',
    support: 'emulated',
    properties: ['RegistryName'],
    inertProperties: [...TAGS, 'Description'],
    identify: (context) => {
      const name = nameOrGenerated(context, 'RegistryName', REGISTRY_NAME_LIMIT);
      const registryArn = arn(context.env, 'schemas', `registry/${name}`);
      // Ref returns the registry's ARN, not its name.
      return { ref: registryArn, attributes: { RegistryArn: registryArn, RegistryName: name } };
    },
  },
  {
    type: 'AWS::EventSchemas::Schema',
    support: 'emulated',
    properties: ['RegistryName', 'SchemaName', 'Type', 'Content'],
    inertProperties: [...TAGS, 'Description'],
    validate: (properties) =>
      oneOf(properties, 'Type', ['JSONSchemaDraft4', 'OpenApi3'], 'the registry stores JSON Schema draft 4 or OpenAPI 3'),
    identify: (context) => {
      const registry = requiredString(context.properties, 'RegistryName');
      const name = nameOrGenerated(context, 'SchemaName', 385);
      const schemaArn = arn(context.env, 'schemas', `schema/${registry}/${name}`);
      // Every schema starts at version 1 and templates never publish a second one.
      return { ref: schemaArn, attributes: { SchemaArn: schemaArn, SchemaName: name, SchemaVersion: '1' } };
    },
  },
];
