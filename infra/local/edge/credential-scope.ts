import type { EdgeRequest } from './protocol';

/**
 * Who signed a request and for which service, read from its SigV4 credential scope
 * (`Credential=<key>/<date>/<region>/<service>/aws4_request`). The edge accepts any credentials, so nothing is verified:
 * the scope only names the service for requests without `X-Amz-Target` (restJson like Lambda, query like CloudFormation).
 */
export interface CredentialScope {
  readonly accessKeyId: string;
  readonly date: string;
  /** Absent for SigV4a, whose scope is `<key>/<date>/<service>/aws4_request` (signed for a region set instead). */
  readonly region?: string;
  readonly service: string;
}

const CREDENTIAL_IN_AUTHORIZATION = /Credential=([^,\s]+)/;

/** From the `Authorization` header, else from a presigned URL's `X-Amz-Credential`; undefined when unsigned. */
export function credentialScope(request: Pick<EdgeRequest, 'headers' | 'query'>): CredentialScope | undefined {
  const fromHeader = CREDENTIAL_IN_AUTHORIZATION.exec(request.headers.authorization ?? '')?.[1];
  const credential = fromHeader ?? request.query['X-Amz-Credential'];
  return credential === undefined ? undefined : parseCredential(credential);
}

function parseCredential(credential: string): CredentialScope | undefined {
  const parts = credential.split('/');
  if (parts.at(-1) !== 'aws4_request' || parts.some((part) => part === '')) return undefined;
  const [accessKeyId, date, regionOrService, service] = parts;
  if (accessKeyId === undefined || date === undefined || regionOrService === undefined) return undefined;
  if (parts.length === 4) return { accessKeyId, date, service: regionOrService };
  if (parts.length === 5 && service !== undefined) return { accessKeyId, date, region: regionOrService, service };
  return undefined;
}
