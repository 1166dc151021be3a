import type { EdgeRequest, EdgeResponse } from '../edge/protocol';
import { poolKeys, type CognitoContext } from './cognito-context';
import { ADMIN_SCOPE } from './tokens';

/**
 * The pool's public endpoints under its issuer URL (`${edgeUrl}/${poolId}`), as `cognito-idp.<region>.amazonaws.com`
 * serves them: `/.well-known/jwks.json` (what JWT authorizers and aws-jwt-verify/jose fetch) and a minimal
 * `/.well-known/openid-configuration` pointing at it.
 */

const WELL_KNOWN_PATH = /^\/([a-z]{2}(?:-[a-z]+)+-\d_[0-9A-Za-z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

function json(status: number, value: unknown): EdgeResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

/** An answer for `GET /<poolId>/.well-known/…`, or undefined when the request is not one (the edge routes it on). */
export function wellKnownResponse(
  context: CognitoContext,
  request: Pick<EdgeRequest, 'method' | 'path'>,
): EdgeResponse | undefined {
  const match = request.method === 'GET' ? WELL_KNOWN_PATH.exec(request.path) : null;
  const [, poolId = '', document] = match ?? [];
  if (document === undefined) return undefined;
  if (context.state.findPool(poolId) === undefined) {
    return json(404, { message: `User pool ${poolId} does not exist.` });
  }
  const keys = poolKeys(context, poolId);
  if (document === 'jwks.json') return json(200, { keys: [keys.id.jwk, keys.access.jwk] });
  const issuer = context.issuer(poolId);
  return json(200, {
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    id_token_signing_alg_values_supported: ['RS256'],
    subject_types_supported: ['public'],
    response_types_supported: ['code', 'token'],
    scopes_supported: ['openid', 'email', 'phone', 'profile', ADMIN_SCOPE],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  });
}
