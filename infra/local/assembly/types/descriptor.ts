import type { LocalEnvironment } from '../environment';
import type { Json, JsonObject } from '../json';

/**
 * What the local cloud knows about one CloudFormation resource type: how its physical id is derived, what `Ref` and
 * `Fn::GetAtt` return, and which properties it understands. Every supported type has one descriptor, kept with the
 * other types of its service family (`types/<service>.ts`).
 */
export interface IdentityContext {
  readonly stackName: string;
  readonly logicalId: string;
  /** The resource's Properties with every intrinsic resolved. */
  readonly properties: JsonObject;
  readonly env: LocalEnvironment;
}

/** An AWS URL of a resource that means a local URL here (e.g. the execute-api URL → the local API server). */
export interface UrlRewrite {
  readonly from: string;
  readonly to: string;
}

export interface ResourceIdentity {
  /** What `Ref` returns; also the physical id that ListStackResources reports, as on AWS. */
  readonly ref: string;
  /** `Fn::GetAtt` attributes by name. An attribute AWS has but this map lacks fails loudly when used. */
  readonly attributes: Readonly<Record<string, Json>>;
  readonly rewrites?: readonly UrlRewrite[];
}

export interface PropertyIssue {
  readonly property: string;
  readonly message: string;
  readonly hint?: string;
}

interface DescriptorBase {
  readonly type: string;
  identify(context: IdentityContext): ResourceIdentity;
}

/** A type the local cloud runs. Properties not listed in either list fail the load, naming resource and property. */
export interface EmulatedResourceType extends DescriptorBase {
  readonly support: 'emulated';
  /** Properties a local service reads and acts on. */
  readonly properties: readonly string[];
  /** Properties accepted because they have no observable effect offline (tags, encryption, tracing…). */
  readonly inertProperties: readonly string[];
  /** The property whose code or files come from a cloud-assembly asset (Lambda's `Code`). */
  readonly assetProperty?: string;
  /** Value-level checks for settings the local service cannot honour (e.g. a non-Node.js Lambda runtime). */
  validate?(properties: JsonObject): readonly PropertyIssue[];
}

/** A type with no behaviour locally (permissions, log groups, alarms): resolved so Ref/GetAtt to it still work. */
export interface IgnoredResourceType extends DescriptorBase {
  readonly support: 'ignored';
  /** Why ignoring it is safe; shown in the docs and by `describeResourceTypes()`. */
  readonly reason: string;
}

export type ResourceTypeDescriptor = EmulatedResourceType | IgnoredResourceType;

/** Properties every taggable type accepts without a local effect. */
export const TAGS = ['Tags'] as const;
