import { arn } from '../environment';
import { isJsonObject, preview, type JsonObject } from '../json';
import { generatedName, stableUuid } from '../physical-names';
import type { EmulatedResourceType, PropertyIssue } from './descriptor';
import { TAGS } from './descriptor';
import { nameOrGenerated, oneOf } from './properties';

/** Lambda functions run their esbuild bundle from the cloud assembly in worker threads (Node.js runtimes only). */
const FUNCTION_NAME_LIMIT = 64;

function validateFunction(properties: JsonObject): readonly PropertyIssue[] {
  const issues: PropertyIssue[] = [];
  const runtime = properties.Runtime;
  if (typeof runtime !== 'string' || !runtime.startsWith('nodejs')) {
    issues.push({
      property: 'Runtime',
      message: `${preview(runtime)} cannot run locally: functions run in Node.js worker threads`,
      hint: 'use a nodejs*.x runtime',
    });
  }
  if (typeof properties.Handler !== 'string') {
    issues.push({ property: 'Handler', message: 'is required (`file.export`)' });
  }
  const code = properties.Code;
  if (!isJsonObject(code) || typeof code.S3Key !== 'string') {
    issues.push({
      property: 'Code',
      message: 'only code from a cloud-assembly asset (S3Bucket/S3Key) runs locally; inline ZipFile and images do not',
      hint: 'use lambda.Code.fromAsset or NodejsFunction',
    });
  }
  issues.push(...oneOf(properties, 'PackageType', ['Zip'], 'container images do not run locally'));
  return issues;
}

export const lambdaTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::Lambda::Function',
    support: 'emulated',
    properties: [
      'FunctionName',
      'Code',
      'Handler',
      'Runtime',
      'Timeout',
      'MemorySize',
      'Environment',
      'ReservedConcurrentExecutions',
      'DeadLetterConfig',
      'PackageType',
    ],
    // Roles are not enforced locally; tracing, log format, architecture and VPC change nothing a caller observes.
    inertProperties: [
      ...TAGS,
      'Role',
      'Description',
      'Architectures',
      'TracingConfig',
      'LoggingConfig',
      'KmsKeyArn',
      'RuntimeManagementConfig',
      'VpcConfig',
      'EphemeralStorage',
      'SnapStart',
      'RecursiveLoop',
      'CodeSigningConfigArn',
    ],
    assetProperty: 'Code',
    validate: validateFunction,
    identify: (context) => {
      const name = nameOrGenerated(context, 'FunctionName', FUNCTION_NAME_LIMIT);
      return { ref: name, attributes: { Arn: arn(context.env, 'lambda', `function:${name}`) } };
    },
  },
  {
    // Async invocation behaviour (retries, maximum event age, destinations): the Lambda runtime applies it.
    type: 'AWS::Lambda::EventInvokeConfig',
    support: 'emulated',
    properties: ['FunctionName', 'Qualifier', 'MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig'],
    inertProperties: [],
    validate: (properties) => oneOf(properties, 'Qualifier', ['$LATEST'], 'versions and aliases are not emulated'),
    identify: (context) => ({ ref: stableUuid(`${context.stackName}/${context.logicalId}`), attributes: {} }),
  },
  {
    type: 'AWS::Lambda::EventSourceMapping',
    support: 'emulated',
    properties: [
      'FunctionName',
      'EventSourceArn',
      'Enabled',
      'BatchSize',
      'MaximumBatchingWindowInSeconds',
      'StartingPosition',
      'BisectBatchOnFunctionError',
      'FunctionResponseTypes',
      'DestinationConfig',
      'MaximumRetryAttempts',
      'MaximumRecordAgeInSeconds',
      'ParallelizationFactor',
      'FilterCriteria',
      'ScalingConfig',
    ],
    inertProperties: [...TAGS, 'KmsKeyArn', 'MetricsConfig'],
    identify: (context) => {
      const id = stableUuid(`${context.stackName}/${context.logicalId}`);
      return { ref: id, attributes: { Id: id, EventSourceMappingArn: arn(context.env, 'lambda', `event-source-mapping:${id}`) } };
    },
  },
  {
    // Invoke permissions are not enforced locally (any caller may invoke); the type is accepted so routes and rules
    // that create them load unchanged.
    type: 'AWS::Lambda::Permission',
    support: 'emulated',
    properties: [],
    inertProperties: [
      'Action',
      'FunctionName',
      'Principal',
      'SourceArn',
      'SourceAccount',
      'PrincipalOrgID',
      'EventSourceToken',
      'FunctionUrlAuthType',
      'InvokedViaFunctionUrl',
    ],
    identify: (context) => ({ ref: generatedName(context.stackName, context.logicalId, 100), attributes: {} }),
  },
];
