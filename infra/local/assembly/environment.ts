/**
 * The fixed local "account" every stack is resolved into. Locally there is one account and one region, and the URLs
 * that AWS would hand out (API endpoints, Cognito issuers, queue URLs) point at our own edge and API servers instead.
 */
export interface LocalEndpoints {
  /** The one endpoint for every emulated AWS service (`AWS_ENDPOINT_URL`). */
  readonly edgeUrl: string;
  /** The storefront HTTP API (API Gateway HTTP API emulation). */
  readonly apiUrl: string;
}

export interface LocalEnvironment {
  readonly accountId: string;
  readonly region: string;
  readonly partition: string;
  readonly urlSuffix: string;
  readonly endpoints: LocalEndpoints;
}

export interface LocalEnvironmentOptions {
  readonly accountId?: string;
  readonly region?: string;
  readonly endpoints?: Partial<LocalEndpoints>;
}

export const LOCAL_ACCOUNT_ID = '000000000000';
export const LOCAL_REGION = 'us-east-1';
export const DEFAULT_ENDPOINTS: LocalEndpoints = {
  edgeUrl: 'http://127.0.0.1:4566',
  apiUrl: 'http://127.0.0.1:3000',
};

export function localEnvironment(options: LocalEnvironmentOptions = {}): LocalEnvironment {
  const region = options.region ?? LOCAL_REGION;
  return {
    accountId: options.accountId ?? LOCAL_ACCOUNT_ID,
    region,
    partition: partitionOf(region),
    urlSuffix: region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com',
    endpoints: {
      edgeUrl: withoutTrailingSlash(options.endpoints?.edgeUrl ?? DEFAULT_ENDPOINTS.edgeUrl),
      apiUrl: withoutTrailingSlash(options.endpoints?.apiUrl ?? DEFAULT_ENDPOINTS.apiUrl),
    },
  };
}

function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** `arn:<partition>:<service>:<region>:<account>:<resource>`; global services (IAM) pass `region: ''`. */
export function arn(
  env: LocalEnvironment,
  service: string,
  resource: string,
  scope: { readonly region?: string } = {},
): string {
  return `arn:${env.partition}:${service}:${scope.region ?? env.region}:${env.accountId}:${resource}`;
}
