import type { LocalResource, LocalStack } from '../assembly';
import { QueryError } from './query-protocol';
import { resourceSummaryMember, stackMember, stackResourceDetail, stackResourceMember } from './stack-views';
import { memberList, parentElement, type XmlFragment } from './xml';

/** The stacks the local cloud runs, all "deployed" when it started. */
export interface DeployedStacks {
  readonly stacks: readonly LocalStack[];
  readonly deployedAt: Date;
}

type Parameters = ReadonlyMap<string, string>;
export type StackAction = (deployed: DeployedStacks, parameters: Parameters) => XmlFragment[];

/**
 * The read-only actions, each returning the children of its `<{Action}Result>`. One page always: a local stack is far
 * below the 1 MB / 100-resource pages after which AWS hands out a NextToken.
 */
export const STACK_ACTIONS: ReadonlyMap<string, StackAction> = new Map<string, StackAction>([
  ['DescribeStacks', describeStacks],
  ['ListStackResources', listStackResources],
  ['DescribeStackResources', describeStackResources],
  ['DescribeStackResource', describeStackResource],
]);

function describeStacks({ stacks, deployedAt }: DeployedStacks, parameters: Parameters): XmlFragment[] {
  const nameOrId = parameters.get('StackName');
  const selected = nameOrId === undefined ? stacks : [findStack(stacks, nameOrId)];
  return [
    memberList(
      'Stacks',
      selected.map((stack) => stackMember(stack, deployedAt)),
    ),
  ];
}

function listStackResources({ stacks, deployedAt }: DeployedStacks, parameters: Parameters): XmlFragment[] {
  const stack = findStack(stacks, required(parameters, 'StackName'));
  return [
    memberList(
      'StackResourceSummaries',
      [...stack.resources.values()].map((resource) => resourceSummaryMember(resource, deployedAt)),
    ),
  ];
}

/** By stack, or by a physical id (then in whichever stack owns it); optionally narrowed to one logical id. */
function describeStackResources({ stacks, deployedAt }: DeployedStacks, parameters: Parameters): XmlFragment[] {
  const nameOrId = parameters.get('StackName');
  const physicalId = parameters.get('PhysicalResourceId');
  const logicalId = parameters.get('LogicalResourceId');
  let stack: LocalStack;
  if (nameOrId !== undefined) stack = findStack(stacks, nameOrId);
  else if (physicalId !== undefined) stack = stackOwning(stacks, physicalId);
  else throw validationError('Either StackName or PhysicalResourceId must be specified');
  const resources = [...stack.resources.values()].filter(
    (resource) =>
      (logicalId === undefined || resource.logicalId === logicalId) &&
      (physicalId === undefined || resource.physicalId === physicalId),
  );
  return [
    memberList(
      'StackResources',
      resources.map((resource) => stackResourceMember(stack, resource, deployedAt)),
    ),
  ];
}

function describeStackResource({ stacks, deployedAt }: DeployedStacks, parameters: Parameters): XmlFragment[] {
  const stack = findStack(stacks, required(parameters, 'StackName'));
  const logicalId = required(parameters, 'LogicalResourceId');
  const resource: LocalResource | undefined = stack.resources.get(logicalId);
  if (resource === undefined) throw validationError(`Resource ${logicalId} does not exist for stack ${stack.name}`);
  return [parentElement('StackResourceDetail', stackResourceDetail(stack, resource, deployedAt))];
}

/** By name or by stack id (the ARN), as CloudFormation accepts for a running stack. */
function findStack(stacks: readonly LocalStack[], nameOrId: string): LocalStack {
  const stack = stacks.find((candidate) => candidate.name === nameOrId || candidate.stackId === nameOrId);
  if (stack === undefined) throw validationError(`Stack with id ${nameOrId} does not exist`);
  return stack;
}

function stackOwning(stacks: readonly LocalStack[], physicalId: string): LocalStack {
  const stack = stacks.find((candidate) =>
    [...candidate.resources.values()].some((resource) => resource.physicalId === physicalId),
  );
  if (stack === undefined) throw validationError(`Stack for ${physicalId} does not exist`);
  return stack;
}

/** AWS's constraint message names the member in camelCase (`stackName`), as its service model does. */
function required(parameters: Parameters, name: string): string {
  const value = parameters.get(name);
  if (value !== undefined) return value;
  const member = name.charAt(0).toLowerCase() + name.slice(1);
  throw validationError(
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );
}

function validationError(message: string): QueryError {
  return new QueryError(400, 'ValidationError', message);
}
