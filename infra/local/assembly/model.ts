import type { Json, JsonObject } from './json';

/** The typed model of a synthesized stack as the local cloud runs it: every intrinsic resolved to local values. */
export interface LocalResource {
  readonly logicalId: string;
  readonly type: string;
  /** What `Ref` returns, as ListStackResources reports it on AWS (a name, an id, a queue URL or an ARN). */
  readonly physicalId: string;
  /** Properties with every intrinsic resolved. */
  readonly properties: JsonObject;
  /** `Fn::GetAtt` values by attribute name. */
  readonly attributes: Readonly<Record<string, Json>>;
  /** The template's Metadata, as written (CDK puts construct paths and asset paths there). */
  readonly metadata: JsonObject;
  /** Absolute directory of the resource's asset (a Lambda function's bundle). */
  readonly assetPath?: string;
  /** `false` for the allow-listed types that have no local behaviour (IAM, log groups…). */
  readonly emulated: boolean;
}

export interface StackOutput {
  readonly key: string;
  readonly value: string;
  readonly description?: string;
  readonly exportName?: string;
}

export interface LocalStack {
  readonly name: string;
  readonly stackId: string;
  readonly accountId: string;
  readonly region: string;
  readonly description?: string;
  /** By logical id, in creation order (every resource after the resources it references). */
  readonly resources: ReadonlyMap<string, LocalResource>;
  /** Output values by name; outputs whose Condition is false are absent, as on AWS. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The same outputs with description and export name, as DescribeStacks returns them. */
  readonly outputList: readonly StackOutput[];
  byType(type: string): readonly LocalResource[];
  /** The resource with this logical id; throws when the stack has none. */
  resource(logicalId: string): LocalResource;
}

export interface LocalCloudAssembly {
  readonly directory: string;
  readonly stacks: readonly LocalStack[];
  /** The stack with this name; throws naming the stacks there are. */
  stack(name: string): LocalStack;
}

export function createLocalStack(
  fields: Omit<LocalStack, 'byType' | 'resource' | 'outputs'>,
): LocalStack {
  const all = [...fields.resources.values()];
  return {
    ...fields,
    outputs: Object.fromEntries(fields.outputList.map((output) => [output.key, output.value])),
    byType: (type) => all.filter((resource) => resource.type === type),
    resource: (logicalId) => {
      const resource = fields.resources.get(logicalId);
      if (resource === undefined) throw new Error(`stack ${fields.name} has no resource ${logicalId}`);
      return resource;
    },
  };
}

export function createLocalCloudAssembly(directory: string, stacks: readonly LocalStack[]): LocalCloudAssembly {
  return {
    directory,
    stacks,
    stack: (name) => {
      const stack = stacks.find((candidate) => candidate.name === name);
      if (stack === undefined) {
        throw new Error(`the cloud assembly has no stack ${name} (stacks: ${stacks.map((s) => s.name).join(', ')})`);
      }
      return stack;
    },
  };
}
