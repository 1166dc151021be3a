import { arn } from '../environment';
import type { Json } from '../json';
import { alphabets, stableToken } from '../physical-names';
import type { EmulatedResourceType, IdentityContext } from './descriptor';
import { nameOrGenerated, requiredString } from './properties';

/**
 * Cognito user pools, served by the local Cognito behind the edge. Pool ids keep AWS's `<region>_<9 chars>` shape;
 * the issuer (ProviderURL) is the edge URL plus the pool id, where the local Cognito serves the pool's JWKS.
 */
function seed(context: IdentityContext): string {
  return `${context.stackName}/${context.logicalId}`;
}

/** Message texts, MFA and recovery settings, e-mail/SMS delivery: nothing is delivered offline. */
const INERT_POOL_SETTINGS = [
  'AccountRecoverySetting',
  'DeletionProtection',
  'DeviceConfiguration',
  'EmailAuthenticationMessage',
  'EmailAuthenticationSubject',
  'EmailConfiguration',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'EnabledMfas',
  'MfaConfiguration',
  'SmsAuthenticationMessage',
  'SmsConfiguration',
  'SmsVerificationMessage',
  'UserAttributeUpdateSettings',
  'UserPoolAddOns',
  'UserPoolTags',
  'UserPoolTier',
  'VerificationMessageTemplate',
  'WebAuthnRelyingPartyID',
  'WebAuthnUserVerification',
];

/** Hosted-UI and OAuth settings: the local Cognito speaks the user-pool API, not the hosted UI. */
const INERT_CLIENT_SETTINGS = [
  'AllowedOAuthFlows',
  'AllowedOAuthFlowsUserPoolClient',
  'AllowedOAuthScopes',
  'AnalyticsConfiguration',
  'AuthSessionValidity',
  'CallbackURLs',
  'DefaultRedirectURI',
  'EnablePropagateAdditionalUserContextData',
  'EnableTokenRevocation',
  'LogoutURLs',
  'SupportedIdentityProviders',
];

export const cognitoTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::Cognito::UserPool',
    support: 'emulated',
    properties: [
      'UserPoolName',
      'Policies',
      'UsernameAttributes',
      'AliasAttributes',
      'UsernameConfiguration',
      'AutoVerifiedAttributes',
      'Schema',
      'AdminCreateUserConfig',
    ],
    inertProperties: INERT_POOL_SETTINGS,
    identify: (context) => {
      const poolId = `${context.env.region}_${stableToken(seed(context), 9, alphabets.mixed)}`;
      const { edgeUrl } = context.env.endpoints;
      const awsIssuer = `https://cognito-idp.${context.env.region}.${context.env.urlSuffix}/${poolId}`;
      return {
        ref: poolId,
        attributes: {
          UserPoolId: poolId,
          Arn: arn(context.env, 'cognito-idp', `userpool/${poolId}`),
          ProviderName: `${new URL(edgeUrl).host}/${poolId}`,
          ProviderURL: `${edgeUrl}/${poolId}`,
        },
        rewrites: [{ from: awsIssuer, to: `${edgeUrl}/${poolId}` }],
      };
    },
  },
  {
    type: 'AWS::Cognito::UserPoolClient',
    support: 'emulated',
    properties: [
      'UserPoolId',
      'ClientName',
      'ExplicitAuthFlows',
      'GenerateSecret',
      'AccessTokenValidity',
      'IdTokenValidity',
      'RefreshTokenValidity',
      'TokenValidityUnits',
      'PreventUserExistenceErrors',
      'ReadAttributes',
      'WriteAttributes',
    ],
    inertProperties: INERT_CLIENT_SETTINGS,
    identify: (context) => {
      const clientId = stableToken(seed(context), 26, alphabets.lower);
      const attributes: Record<string, Json> = { ClientId: clientId };
      if (typeof context.properties.ClientName === 'string') attributes.Name = context.properties.ClientName;
      if (context.properties.GenerateSecret === true) {
        attributes.ClientSecret = stableToken(`${seed(context)}/secret`, 51, alphabets.lower);
      }
      return { ref: clientId, attributes };
    },
  },
  {
    type: 'AWS::Cognito::UserPoolGroup',
    support: 'emulated',
    properties: ['UserPoolId', 'GroupName', 'Precedence'],
    inertProperties: ['Description', 'RoleArn'],
    identify: (context) => {
      requiredString(context.properties, 'UserPoolId');
      return { ref: nameOrGenerated(context, 'GroupName', 128), attributes: {} };
    },
  },
];
