import type { ConditionTable } from './conditions';
import type { LocalEnvironment } from './environment';
import type { IntrinsicScope } from './intrinsics';
import { isJsonObject, type Json } from './json';
import { parameterValue } from './parameters';
import { pseudoParameter, type StackIdentity } from './pseudo-parameters';
import { DependencyFailed, ResolutionError } from './resolution-error';
import type { Template } from './template';
import type { ResourceIdentity } from './types';

/** What names in one stack resolve to while the stack is being resolved. */
export interface StackState {
  readonly env: LocalEnvironment;
  readonly stack: StackIdentity;
  readonly template: Template;
  readonly parameterOverrides: Readonly<Record<string, string>>;
  /** Resources already resolved, by logical id. */
  readonly identities: Map<string, ResourceIdentity>;
  /** Resources that failed (and were reported) or are of an unknown type: references to them are skipped quietly. */
  readonly failed: Set<string>;
  /** Resources not created because their Condition is false (logical id → condition name). */
  readonly absent: Map<string, string>;
}

/**
 * The scope for resource properties and outputs, which may use everything, or — without a condition table — for the
 * operands of the Conditions section, which may only use parameters, pseudo parameters and mappings.
 */
export class StackScope implements IntrinsicScope {
  constructor(
    private readonly state: StackState,
    private readonly conditions?: ConditionTable,
  ) {}

  get region(): string {
    return this.state.env.region;
  }

  ref(name: string, path: string): Json {
    const pseudo = pseudoParameter(name, this.state.env, this.state.stack);
    if (pseudo !== undefined) return pseudo;
    const parameter = this.state.template.parameters.get(name);
    if (parameter !== undefined) return parameterValue(parameter, this.state.parameterOverrides[name], path);
    return this.resource(name, path).ref;
  }

  getAtt(logicalId: string, attribute: string, path: string): Json {
    const identity = this.resource(logicalId, path);
    const value = identity.attributes[attribute];
    if (value !== undefined) return value;
    const type = this.state.template.resources.get(logicalId)?.type ?? 'resource';
    const known = Object.keys(identity.attributes);
    throw new ResolutionError(
      'UNKNOWN_ATTRIBUTE',
      `Fn::GetAtt ${logicalId}.${attribute}: the local ${type} has no attribute ${attribute}` +
        ` (it has ${known.length === 0 ? 'none' : known.join(', ')})`,
      path,
      'use an attribute the local cloud provides, or add it to the type descriptor in infra/local/assembly/types/',
    );
  }

  condition(name: string, path: string): boolean {
    if (this.conditions === undefined) {
      throw new ResolutionError('INVALID_INTRINSIC', `Fn::If (${name}) cannot be used inside Conditions`, path);
    }
    return this.conditions.evaluate(name, path);
  }

  mapping(mapName: string, topKey: string, secondKey: string, path: string): Json {
    const map = this.state.template.mappings[mapName];
    const top = isJsonObject(map) ? map[topKey] : undefined;
    const value = isJsonObject(top) ? top[secondKey] : undefined;
    if (value !== undefined) return value;
    throw new ResolutionError(
      'UNRESOLVED_REFERENCE',
      `Fn::FindInMap: Mappings has no ${[mapName, topKey, secondKey].join(' › ')}`,
      path,
    );
  }

  private resource(logicalId: string, path: string): ResourceIdentity {
    const declared = this.state.template.resources.get(logicalId);
    if (this.conditions === undefined) {
      throw new ResolutionError(
        'INVALID_INTRINSIC',
        `${logicalId}: conditions can only refer to parameters, pseudo parameters and mappings`,
        path,
      );
    }
    if (declared === undefined) {
      throw new ResolutionError(
        'UNRESOLVED_REFERENCE',
        `${logicalId} is not a resource, parameter or pseudo parameter of this template`,
        path,
      );
    }
    const condition = this.state.absent.get(logicalId);
    if (condition !== undefined) {
      throw new ResolutionError(
        'UNRESOLVED_REFERENCE',
        `${logicalId} is not created because its condition ${condition} is false`,
        path,
        `guard the reference with Fn::If on ${condition}`,
      );
    }
    if (this.state.failed.has(logicalId)) throw new DependencyFailed(logicalId);
    const identity = this.state.identities.get(logicalId);
    if (identity === undefined) {
      // Only reachable if the dependency scan missed a reference form; fail loudly rather than guess.
      throw new ResolutionError('UNRESOLVED_REFERENCE', `${logicalId} is referenced before it is resolved`, path);
    }
    return identity;
  }
}
