/**
 * The cloud-assembly loader of the local cloud: reads `cdk.out`, resolves every intrinsic into the local account and
 * returns a typed model of each stack's resources and outputs. Services read their own resources from it.
 */
export { loadCloudAssembly, resolveTemplate, type LoadOptions, type ResolveTemplateOptions } from './load';
export type { LocalCloudAssembly, LocalResource, LocalStack, StackOutput } from './model';
export {
  DEFAULT_ENDPOINTS,
  LOCAL_ACCOUNT_ID,
  LOCAL_REGION,
  localEnvironment,
  type LocalEndpoints,
  type LocalEnvironment,
  type LocalEnvironmentOptions,
} from './environment';
export { AssemblyLoadError, formatProblem, type AssemblyProblem, type ProblemCode } from './problems';
export type { Json, JsonObject } from './json';
export { describeResourceTypes, resourceTypes, type ResourceTypeSupport } from './types';
export { functionSpecs, type AsyncInvokeSpec, type FunctionSpec } from './views/functions';
export { httpApiDefinitions } from './views/http-apis';
export { userPoolTopology } from './views/user-pools';
export {
  tableSpecs,
  type AttributeDefinition,
  type KeySchemaElement,
  type SecondaryIndex,
  type StreamViewType,
  type TableSpec,
} from './views/tables';
