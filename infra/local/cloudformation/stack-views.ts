import type { LocalResource, LocalStack } from '../assembly';
import { memberList, optionalTextElement, parentElement, textElement, type XmlFragment } from './xml';

/**
 * The stack and resource shapes of the CloudFormation API reference (Stack, StackResourceSummary, StackResource,
 * StackResourceDetail), as a deployed stack that nobody has touched since: every status CREATE_COMPLETE, drift never
 * checked, every timestamp the moment the local cloud "deployed" it (its start).
 */
const COMPLETE = textElement('ResourceStatus', 'CREATE_COMPLETE');
const RESOURCE_DRIFT = parentElement('DriftInformation', [textElement('StackResourceDriftStatus', 'NOT_CHECKED')]);

export function stackMember(stack: LocalStack, deployedAt: Date): XmlFragment[] {
  return [
    textElement('StackId', stack.stackId),
    textElement('StackName', stack.name),
    optionalTextElement('Description', stack.description),
    textElement('CreationTime', deployedAt.toISOString()),
    textElement('StackStatus', 'CREATE_COMPLETE'),
    textElement('DisableRollback', false),
    memberList(
      'Outputs',
      stack.outputList.map((output) => [
        textElement('OutputKey', output.key),
        textElement('OutputValue', output.value),
        optionalTextElement('Description', output.description),
        optionalTextElement('ExportName', output.exportName),
      ]),
    ),
    textElement('EnableTerminationProtection', false),
    parentElement('DriftInformation', [textElement('StackDriftStatus', 'NOT_CHECKED')]),
  ];
}

/** A member of ListStackResources' StackResourceSummaries. */
export function resourceSummaryMember(resource: LocalResource, deployedAt: Date): XmlFragment[] {
  return [
    ...identity(resource),
    textElement('LastUpdatedTimestamp', deployedAt.toISOString()),
    COMPLETE,
    RESOURCE_DRIFT,
  ];
}

/** A member of DescribeStackResources' StackResources. */
export function stackResourceMember(stack: LocalStack, resource: LocalResource, deployedAt: Date): XmlFragment[] {
  return [
    ...ownership(stack),
    ...identity(resource),
    textElement('Timestamp', deployedAt.toISOString()),
    COMPLETE,
    RESOURCE_DRIFT,
  ];
}

/** DescribeStackResource's StackResourceDetail: the one shape with the template Metadata (as a JSON string). */
export function stackResourceDetail(stack: LocalStack, resource: LocalResource, deployedAt: Date): XmlFragment[] {
  const hasMetadata = Object.keys(resource.metadata).length > 0;
  return [
    ...ownership(stack),
    ...identity(resource),
    textElement('LastUpdatedTimestamp', deployedAt.toISOString()),
    COMPLETE,
    optionalTextElement('Metadata', hasMetadata ? JSON.stringify(resource.metadata) : undefined),
    RESOURCE_DRIFT,
  ];
}

function ownership(stack: LocalStack): XmlFragment[] {
  return [textElement('StackName', stack.name), textElement('StackId', stack.stackId)];
}

function identity(resource: LocalResource): XmlFragment[] {
  return [
    textElement('LogicalResourceId', resource.logicalId),
    textElement('PhysicalResourceId', resource.physicalId),
    textElement('ResourceType', resource.type),
  ];
}
