import { emptyAssetIndex, type AssetIndex } from './assets';
import { ConditionTable } from './conditions';
import { creationOrder, referencedNames } from './dependencies';
import type { LocalEnvironment } from './environment';
import { reportFailure } from './failures';
import { preview, type Json } from './json';
import { createLocalStack, type LocalResource, type LocalStack } from './model';
import { resolveOutputs } from './outputs';
import type { ProblemSink } from './problems';
import { stackIdOf } from './pseudo-parameters';
import { resolveResource } from './resolve-resource';
import { rewriteObject } from './rewrites';
import { StackScope, type StackState } from './stack-scope';
import { parseTemplate, type Template } from './template';
import { resourceTypes } from './types';

export interface StackSource {
  readonly stackName: string;
  /** The template as parsed JSON. */
  readonly template: Json;
  /** Directory that asset paths in the template's Metadata are relative to (the cloud assembly). */
  readonly assemblyDirectory?: string;
  readonly assets?: AssetIndex;
  /** Parameter values by name; parameters not given take their Default. */
  readonly parameters?: Readonly<Record<string, string>>;
}

/**
 * Resolves one stack template into the local model: conditions first, then resources in dependency order, then
 * local URL rewrites and outputs. Every problem goes to `report`; the returned stack holds what did resolve.
 */
export function resolveStack(source: StackSource, env: LocalEnvironment, report: ProblemSink): LocalStack {
  const template = parseTemplate(source.template, report);
  if (template.transform !== undefined) {
    report({
      code: 'UNSUPPORTED_TRANSFORM',
      location: 'Transform',
      message: `template macros (${preview(template.transform)}) are expanded by CloudFormation at deploy time`,
      hint: 'synthesize templates without transforms to run them locally',
    });
  }
  const state: StackState = {
    env,
    stack: { stackName: source.stackName, stackId: stackIdOf(source.stackName, env) },
    template,
    parameterOverrides: source.parameters ?? {},
    identities: new Map(),
    failed: new Set(),
    absent: new Map(),
  };
  const conditions = new ConditionTable(template.conditions, new StackScope(state));
  const scope = new StackScope(state, conditions);
  evaluateConditions(template, state, conditions, report);
  rejectUnknownTypes(template, state, report);

  const resolution = {
    state,
    scope,
    report,
    assets: source.assets ?? emptyAssetIndex,
    assemblyDirectory: source.assemblyDirectory ?? process.cwd(),
  };
  const resolved: LocalResource[] = [];
  for (const logicalId of orderResources(template, state, report)) {
    const declared = template.resources.get(logicalId);
    const resource = declared === undefined ? undefined : resolveResource(declared, resolution);
    if (resource !== undefined) resolved.push(resource);
  }

  const rewrites = [...state.identities.values()].flatMap((identity) => identity.rewrites ?? []);
  return createLocalStack({
    name: source.stackName,
    stackId: state.stack.stackId,
    accountId: env.accountId,
    region: env.region,
    ...(template.description === undefined ? {} : { description: template.description }),
    resources: new Map(
      resolved.map((resource) => [resource.logicalId, { ...resource, properties: rewriteObject(resource.properties, rewrites) }]),
    ),
    outputList: resolveOutputs(template.outputs, { scope, conditions, rewrites, report }),
  });
}

/** Each named condition once, so a broken condition is reported where it is defined. */
function evaluateConditions(template: Template, state: StackState, conditions: ConditionTable, report: ProblemSink): void {
  for (const name of conditions.names) {
    try {
      conditions.evaluate(name, '');
    } catch (error) {
      reportFailure(error, { location: `Conditions.${name}` }, report);
    }
  }
  for (const resource of template.resources.values()) {
    if (resource.condition === undefined) continue;
    try {
      if (!conditions.evaluate(resource.condition, 'Condition')) state.absent.set(resource.logicalId, resource.condition);
    } catch (error) {
      state.failed.add(resource.logicalId);
      reportFailure(error, { location: resource.logicalId, logicalId: resource.logicalId, resourceType: resource.type }, report);
    }
  }
}

function rejectUnknownTypes(template: Template, state: StackState, report: ProblemSink): void {
  const ignored = [...resourceTypes.values()].filter((type) => type.support === 'ignored').map((type) => type.type);
  for (const resource of template.resources.values()) {
    if (state.absent.has(resource.logicalId) || resourceTypes.has(resource.type)) continue;
    report({
      code: 'UNSUPPORTED_RESOURCE_TYPE',
      location: resource.logicalId,
      logicalId: resource.logicalId,
      resourceType: resource.type,
      message: `the local cloud cannot run ${resource.type}`,
      hint:
        'remove it from the app, or add a descriptor in infra/local/assembly/types/ plus the service that runs it ' +
        `(types knowingly ignored: ${ignored.join(', ')})`,
    });
  }
}

/** Creation order over Ref/GetAtt/Sub references and DependsOn; cycles are reported and their members skipped. */
function orderResources(template: Template, state: StackState, report: ProblemSink): readonly string[] {
  const present = (name: string): boolean => template.resources.has(name) && !state.absent.has(name);
  const graph = new Map<string, Set<string>>();
  for (const resource of template.resources.values()) {
    if (!present(resource.logicalId) || state.failed.has(resource.logicalId)) continue;
    for (const dependency of resource.dependsOn.filter((name) => !template.resources.has(name))) {
      report({
        code: 'INVALID_TEMPLATE',
        location: resource.logicalId,
        logicalId: resource.logicalId,
        resourceType: resource.type,
        property: 'DependsOn',
        message: `depends on ${dependency}, which is not a resource of this template`,
      });
    }
    const references = [...referencedNames(resource.properties), ...resource.dependsOn];
    graph.set(resource.logicalId, new Set(references.filter(present)));
  }
  const { order, cycles } = creationOrder(graph);
  for (const cycle of cycles) {
    const [first = ''] = cycle;
    for (const member of cycle) state.failed.add(member);
    report({
      code: 'CIRCULAR_DEPENDENCY',
      location: first,
      logicalId: first,
      message: `circular dependency: ${cycle.join(' → ')}`,
      hint: 'break the cycle (e.g. name one resource explicitly instead of referencing it)',
    });
  }
  return order;
}
