/**
 * Read-only CloudFormation of the local cloud: DescribeStacks (with the Outputs resolved to local values),
 * ListStackResources, DescribeStackResources and DescribeStackResource over the loaded stacks.
 */
export { cloudFormationService, type LocalCloudFormationOptions } from './cloudformation-service';
