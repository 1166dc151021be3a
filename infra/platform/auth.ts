import { Duration, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  Mfa,
  UserPool,
  UserPoolClient,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ADMIN_GROUP } from '../../domains/shared/http/route-spec';
import type { StageConfig } from './stage-config';

/** Storefront identities: customers sign up themselves; the `admin` group gates catalog/inventory administration. */
export class StorefrontAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, config: StageConfig) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `ecommerce-${config.stage}-customers`,
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      removalPolicy: config.removalPolicy,
    });
    this.client = this.userPool.addClient('StorefrontClient', {
      userPoolClientName: 'storefront',
      // USER_PASSWORD_AUTH lets scripts, CLIs and the local cloud sign in without SRP maths; SRP stays for browsers.
      authFlows: { userPassword: true, userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
    new UserPoolGroup(this, 'AdminGroup', {
      userPool: this.userPool,
      groupName: ADMIN_GROUP,
      description: 'Shop administrators: catalog, inventory and analytics routes',
    });

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason: 'MFA is offered (TOTP, optional) to storefront customers; requiring it would block guest-like checkout flows',
      },
      {
        id: 'AwsSolutions-COG3',
        reason: 'Threat protection needs the Cognito Plus feature plan (paid per MAU); a deployer opts in per stage',
      },
      {
        id: 'AwsSolutions-COG8',
        reason: 'The Plus feature plan is a per-MAU cost decision for the deployer; Essentials covers the storefront',
      },
    );
  }

  /** The issuer URL HTTP API JWT authorizers verify tokens against. */
  get issuerUrl(): string {
    return this.userPool.userPoolProviderUrl;
  }
}
