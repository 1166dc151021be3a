import type { CognitoTopology } from '../../cognito/cognito-state';
import type { PasswordPolicy, UserPoolClientConfig, UserPoolConfig, UserPoolGroupConfig } from '../../cognito/user-pool-config';
import type { JsonObject } from '../json';
import type { LocalResource, LocalStack } from '../model';
import { PropertyReader } from './read';

const SECONDS_PER_UNIT: Readonly<Record<string, number>> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** Cognito's defaults when TokenValidityUnits is absent: access/id tokens in hours, refresh tokens in days. */
const DEFAULT_UNITS = { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' } as const;

/** The user pools, app clients and groups of a stack, as the local Cognito takes them. */
export function userPoolTopology(stack: LocalStack): CognitoTopology {
  return {
    pools: stack.byType('AWS::Cognito::UserPool').map(poolOf),
    clients: stack.byType('AWS::Cognito::UserPoolClient').map(clientOf),
    groups: stack.byType('AWS::Cognito::UserPoolGroup').map(groupOf),
  };
}

function poolOf(pool: LocalResource): UserPoolConfig {
  const read = new PropertyReader(pool);
  const policy = read.optionalObject(read.optionalObject(pool.properties, 'Policies') ?? {}, 'PasswordPolicy');
  const adminOnly = read.optionalBoolean(read.optionalObject(pool.properties, 'AdminCreateUserConfig') ?? {}, 'AllowAdminCreateUserOnly');
  return {
    id: pool.physicalId,
    name: read.optionalString(pool.properties, 'UserPoolName') ?? pool.physicalId,
    usernameAttributes: read.strings(pool.properties, 'UsernameAttributes').filter((a): a is 'email' => a === 'email'),
    autoVerifiedAttributes: read.strings(pool.properties, 'AutoVerifiedAttributes').filter((a): a is 'email' => a === 'email'),
    ...(policy ? { passwordPolicy: passwordPolicyOf(read, policy) } : {}),
    ...(adminOnly === undefined ? {} : { allowAdminCreateUserOnly: adminOnly }),
  };
}

function passwordPolicyOf(read: PropertyReader, policy: JsonObject): Partial<PasswordPolicy> {
  const entries: [keyof PasswordPolicy, number | boolean | undefined][] = [
    ['minimumLength', read.optionalNumber(policy, 'MinimumLength')],
    ['requireLowercase', read.optionalBoolean(policy, 'RequireLowercase')],
    ['requireUppercase', read.optionalBoolean(policy, 'RequireUppercase')],
    ['requireNumbers', read.optionalBoolean(policy, 'RequireNumbers')],
    ['requireSymbols', read.optionalBoolean(policy, 'RequireSymbols')],
    ['temporaryPasswordValidityDays', read.optionalNumber(policy, 'TemporaryPasswordValidityDays')],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

function clientOf(client: LocalResource): UserPoolClientConfig {
  const read = new PropertyReader(client);
  const units = read.optionalObject(client.properties, 'TokenValidityUnits') ?? {};
  const seconds = (property: string, unitKey: keyof typeof DEFAULT_UNITS): number | undefined => {
    const value = read.optionalNumber(client.properties, property);
    const unit = read.optionalString(units, unitKey) ?? DEFAULT_UNITS[unitKey];
    return value === undefined ? undefined : value * (SECONDS_PER_UNIT[unit] ?? 1);
  };
  const validities = {
    accessTokenValiditySeconds: seconds('AccessTokenValidity', 'AccessToken'),
    idTokenValiditySeconds: seconds('IdTokenValidity', 'IdToken'),
    refreshTokenValiditySeconds: seconds('RefreshTokenValidity', 'RefreshToken'),
  };
  const secret = client.attributes.ClientSecret;
  return {
    clientId: client.physicalId,
    poolId: read.string(client.properties, 'UserPoolId'),
    name: read.optionalString(client.properties, 'ClientName') ?? client.physicalId,
    explicitAuthFlows: read.strings(client.properties, 'ExplicitAuthFlows'),
    ...Object.fromEntries(Object.entries(validities).filter(([, value]) => value !== undefined)),
    preventUserExistenceErrors: read.optionalString(client.properties, 'PreventUserExistenceErrors') === 'ENABLED',
    ...(read.optionalBoolean(client.properties, 'GenerateSecret') === true && typeof secret === 'string' ? { clientSecret: secret } : {}),
  };
}

function groupOf(group: LocalResource): UserPoolGroupConfig {
  const read = new PropertyReader(group);
  const precedence = read.optionalNumber(group.properties, 'Precedence');
  const description = read.optionalString(group.properties, 'Description');
  return {
    poolId: read.string(group.properties, 'UserPoolId'),
    groupName: read.optionalString(group.properties, 'GroupName') ?? group.physicalId,
    ...(precedence === undefined ? {} : { precedence }),
    ...(description === undefined ? {} : { description }),
  };
}
