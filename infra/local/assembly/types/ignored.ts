import { arn } from '../environment';
import { alphabets, generatedName, stableToken } from '../physical-names';
import type { IdentityContext, IgnoredResourceType } from './descriptor';
import { nameOrGenerated, optionalString } from './properties';

/**
 * The allow-list of types the local cloud knowingly ignores: they carry no behaviour a local client can observe.
 * They are still resolved, so Ref/GetAtt to them (a role ARN in a function, a log group in an API stage) work.
 */
function generated(context: IdentityContext, maxLength: number): string {
  return generatedName(context.stackName, context.logicalId, maxLength);
}

const PERMISSIONS_NOT_ENFORCED = 'IAM is not enforced locally: every local caller may call every local service';

export const ignoredTypes: readonly IgnoredResourceType[] = [
  {
    type: 'AWS::IAM::Role',
    support: 'ignored',
    reason: PERMISSIONS_NOT_ENFORCED,
    identify: (context) => {
      const name = nameOrGenerated(context, 'RoleName', 64);
      const path = optionalString(context.properties, 'Path') ?? '/';
      return {
        ref: name,
        attributes: {
          Arn: arn(context.env, 'iam', `role${path}${name}`, { region: '' }),
          RoleId: `AROA${stableToken(`${context.stackName}/${context.logicalId}`, 17, alphabets.upper)}`,
        },
      };
    },
  },
  {
    type: 'AWS::IAM::Policy',
    support: 'ignored',
    reason: PERMISSIONS_NOT_ENFORCED,
    identify: (context) => ({ ref: generated(context, 128), attributes: {} }),
  },
  {
    type: 'AWS::IAM::ManagedPolicy',
    support: 'ignored',
    reason: PERMISSIONS_NOT_ENFORCED,
    identify: (context) => {
      const name = nameOrGenerated(context, 'ManagedPolicyName', 128);
      const policyArn = arn(context.env, 'iam', `policy/${name}`, { region: '' });
      return { ref: policyArn, attributes: { PolicyArn: policyArn } };
    },
  },
  {
    type: 'AWS::SQS::QueuePolicy',
    support: 'ignored',
    reason: PERMISSIONS_NOT_ENFORCED,
    identify: (context) => ({ ref: generated(context, 128), attributes: {} }),
  },
  {
    type: 'AWS::Events::EventBusPolicy',
    support: 'ignored',
    reason: PERMISSIONS_NOT_ENFORCED,
    identify: (context) => ({ ref: generated(context, 64), attributes: {} }),
  },
  {
    type: 'AWS::Logs::LogGroup',
    support: 'ignored',
    reason: 'logs are written to per-function files under .local/ and the console, not to CloudWatch Logs',
    identify: (context) => {
      const name = nameOrGenerated(context, 'LogGroupName', 512);
      return { ref: name, attributes: { Arn: arn(context.env, 'logs', `log-group:${name}:*`) } };
    },
  },
  {
    type: 'AWS::CloudWatch::Alarm',
    support: 'ignored',
    reason: 'there are no CloudWatch metrics locally, so alarms never change state',
    identify: (context) => {
      const name = nameOrGenerated(context, 'AlarmName', 255);
      return { ref: name, attributes: { Arn: arn(context.env, 'cloudwatch', `alarm:${name}`) } };
    },
  },
  {
    type: 'AWS::CDK::Metadata',
    support: 'ignored',
    reason: 'CDK usage analytics for CloudFormation; nothing to run',
    identify: (context) => ({ ref: context.logicalId, attributes: {} }),
  },
];
