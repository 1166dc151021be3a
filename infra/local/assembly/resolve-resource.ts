import { locateAsset, type AssetIndex } from './assets';
import { reportFailure } from './failures';
import { resolveObject } from './intrinsics';
import { preview, type JsonObject } from './json';
import type { LocalResource } from './model';
import type { ProblemSink } from './problems';
import type { StackScope, StackState } from './stack-scope';
import type { TemplateResource } from './template';
import { resourceTypes, type EmulatedResourceType, type ResourceTypeDescriptor } from './types';

export interface ResourceResolution {
  readonly state: StackState;
  readonly scope: StackScope;
  readonly report: ProblemSink;
  readonly assets: AssetIndex;
  readonly assemblyDirectory: string;
}

/**
 * Resolves one resource (its references are already resolved): properties, support checks, physical id and
 * attributes, asset directory. Returns undefined when it failed; the failure is reported, and resources that
 * reference it are skipped quietly.
 */
export function resolveResource(declared: TemplateResource, resolution: ResourceResolution): LocalResource | undefined {
  const { state, report } = resolution;
  const where = { location: declared.logicalId, logicalId: declared.logicalId, resourceType: declared.type };
  const descriptor = resourceTypes.get(declared.type);
  const reportHere: ProblemSink = (problem) => {
    report({ ...problem, ...where });
  };
  // Property names are checked as written, so they are reported even when a value fails to resolve.
  if (descriptor?.support === 'emulated') checkPropertyNames(descriptor, declared.properties, reportHere);
  try {
    const properties = resolveObject(declared.properties, resolution.scope, '');
    if (descriptor === undefined) {
      state.failed.add(declared.logicalId);
      return undefined;
    }
    if (descriptor.support === 'emulated') {
      for (const issue of descriptor.validate?.(properties) ?? []) {
        reportHere({ code: 'UNSUPPORTED_PROPERTY_VALUE', location: '', ...issue });
      }
    }
    const identity = descriptor.identify({
      stackName: state.stack.stackName,
      logicalId: declared.logicalId,
      properties,
      env: state.env,
    });
    state.identities.set(declared.logicalId, identity);
    return {
      logicalId: declared.logicalId,
      type: declared.type,
      physicalId: identity.ref,
      properties,
      attributes: identity.attributes,
      metadata: declared.metadata,
      emulated: descriptor.support === 'emulated',
      ...assetOf(declared, descriptor, properties, resolution),
    };
  } catch (error) {
    state.failed.add(declared.logicalId);
    reportFailure(error, where, report);
    return undefined;
  }
}

/** Properties the type does not accept (the resource still resolves, so its dependents do too). */
function checkPropertyNames(descriptor: EmulatedResourceType, properties: JsonObject, report: ProblemSink): void {
  const accepted = new Set([...descriptor.properties, ...descriptor.inertProperties]);
  for (const property of Object.keys(properties).filter((name) => !accepted.has(name))) {
    report({
      code: 'UNSUPPORTED_PROPERTY',
      location: '',
      property,
      message: `the local ${descriptor.type} does not support ${property} (value ${preview(properties[property], 60)})`,
      hint: `remove it, or teach the local cloud: the ${descriptor.type} descriptor in infra/local/assembly/types/ and its service`,
    });
  }
}

function assetOf(
  declared: TemplateResource,
  descriptor: ResourceTypeDescriptor,
  properties: JsonObject,
  resolution: ResourceResolution,
): { assetPath?: string } {
  if (descriptor.support !== 'emulated' || descriptor.assetProperty === undefined) return {};
  const { assetProperty } = descriptor;
  const lookup = locateAsset(declared, assetProperty, properties[assetProperty], resolution.assets, resolution.assemblyDirectory);
  if (lookup === undefined) return {};
  if (lookup.found) return { assetPath: lookup.path };
  resolution.report({
    code: 'MISSING_ASSET',
    location: declared.logicalId,
    logicalId: declared.logicalId,
    resourceType: declared.type,
    property: assetProperty,
    message: lookup.message,
    hint: lookup.hint,
  });
  return {};
}
