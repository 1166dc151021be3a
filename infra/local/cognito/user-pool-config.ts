/**
 * What the local Cognito is told about its pools, app clients and groups. The cloud-assembly wiring builds these from
 * `AWS::Cognito::UserPool`, `UserPoolClient` and `UserPoolGroup`; tests write them by hand. Durations are in seconds
 * here, whatever units the template used.
 */

export interface PasswordPolicy {
  readonly minimumLength: number;
  readonly requireLowercase: boolean;
  readonly requireUppercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
  /** How long an administrator-set temporary password can be used to sign in. */
  readonly temporaryPasswordValidityDays: number;
}

/** Cognito's defaults when a pool declares no policy (API reference, PasswordPolicyType). */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minimumLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 7,
};

export interface UserPoolConfig {
  /** `<region>_<9 alphanumerics>`, e.g. `us-east-1_AbCdEfGhI`. */
  readonly id: string;
  readonly name: string;
  /**
   * `['email']`: users sign in with their e-mail address and Cognito names them with a generated UUID (equal to
   * `sub`), which is what `cognito:username` then carries. Absent: the username is what the caller chose.
   */
  readonly usernameAttributes?: readonly 'email'[];
  /** Attributes marked verified when a sign-up is confirmed with its code. */
  readonly autoVerifiedAttributes?: readonly 'email'[];
  readonly passwordPolicy?: Partial<PasswordPolicy>;
  /** `AdminCreateUserConfig.AllowAdminCreateUserOnly`: self sign-up refused. */
  readonly allowAdminCreateUserOnly?: boolean;
}

export interface UserPoolClientConfig {
  readonly clientId: string;
  readonly poolId: string;
  readonly name: string;
  /**
   * `ALLOW_USER_PASSWORD_AUTH`, `ALLOW_REFRESH_TOKEN_AUTH`, … (legacy `USER_PASSWORD_AUTH` too). Absent means AWS's
   * default for a client created without the list: SRP, custom and refresh auth — so no password sign-in.
   */
  readonly explicitAuthFlows?: readonly string[];
  readonly accessTokenValiditySeconds?: number;
  readonly idTokenValiditySeconds?: number;
  readonly refreshTokenValiditySeconds?: number;
  /** `PreventUserExistenceErrors: ENABLED`: an unknown user fails sign-in exactly like a wrong password. */
  readonly preventUserExistenceErrors?: boolean;
  /** Set when the client was generated with a secret: requests must then carry a valid `SECRET_HASH`. */
  readonly clientSecret?: string;
}

export interface UserPoolGroupConfig {
  readonly poolId: string;
  readonly groupName: string;
  readonly precedence?: number;
  readonly description?: string;
}

export const DEFAULT_TOKEN_VALIDITY_SECONDS = { access: 3600, id: 3600, refresh: 30 * 24 * 3600 } as const;

/** Flows a client gets when it lists none (CreateUserPoolClient, ExplicitAuthFlows). */
export const DEFAULT_AUTH_FLOWS: readonly string[] = [
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
];

export function passwordPolicyOf(pool: UserPoolConfig): PasswordPolicy {
  return { ...DEFAULT_PASSWORD_POLICY, ...pool.passwordPolicy };
}

export function signsInWithEmail(pool: UserPoolConfig): boolean {
  return pool.usernameAttributes?.includes('email') ?? false;
}
