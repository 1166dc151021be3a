/**
 * What the edge (one port for every emulated AWS service) hands to a service and expects back. Services speak their
 * real wire protocol on top of this: awsJson (X-Amz-Target), restJson (paths), query (form bodies) — the edge only
 * dispatches, it never interprets a service's payload.
 */
export interface EdgeRequest {
  readonly method: string;
  /**
   * Path without the query string, as received (still percent-encoded), e.g. `/2015-03-31/functions/my-fn/invocations`.
   * Decode per segment: an ARN arrives as `arn%3Aaws%3Alambda%3A…`, and decoding the whole path would blur `%2F` and `/`.
   */
  readonly path: string;
  /** Decoded query parameters (last value wins for repeated keys). */
  readonly query: Readonly<Record<string, string>>;
  /** Header names lower-cased; repeated headers comma-joined. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** `1.1` or `2` — h2c matters to services whose SDK client speaks HTTP/2 (Kinesis). */
  readonly httpVersion: '1.1' | '2';
}

export interface EdgeResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | string;
}

/** One emulated AWS service behind the edge. */
export interface EdgeService {
  /** SigV4 signing name, e.g. `dynamodb`, `lambda`, `events`, `cognito-idp`, `states`, `kinesis`, `sqs`. */
  readonly signingName: string;
  /** X-Amz-Target prefixes it answers, e.g. `DynamoDB_20120810` (awsJson services). */
  readonly targetPrefixes: readonly string[];
  handle(request: EdgeRequest): Promise<EdgeResponse>;
}

/**
 * A path the edge also serves, for requests no service claims by target or credential scope — e.g. Cognito's JWKS at
 * the pool's issuer URL (`GET /<poolId>/.well-known/jwks.json`, fetched unsigned by JWT verifiers). `answer` returns
 * undefined to pass; routes are tried in order.
 */
export interface EdgeRoute {
  /** Names the route in the edge's request log, e.g. `cognito-idp`. */
  readonly name: string;
  answer(request: EdgeRequest): EdgeResponse | Promise<EdgeResponse> | undefined;
}

/** AWS's JSON error shape (awsJson 1.0/1.1 and restJson): `__type` + `message`, the type also in a header. */
export function awsJsonError(status: number, type: string, message: string): EdgeResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type },
    body: JSON.stringify({ __type: type, message }),
  };
}

/** An error a service answers with in AWS's JSON shape: services throw it, their protocol layer renders it. */
export class AwsJsonServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }

  toResponse(): EdgeResponse {
    return awsJsonError(this.status, this.type, this.message);
  }
}

/** AWS's query-protocol error shape (CloudFormation, and any service whose SDK posts `Action=…` form bodies). */
export function awsQueryError(status: number, code: string, message: string): EdgeResponse {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body:
      `<ErrorResponse><Error><Type>${type}</Type>` +
      `<Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></ErrorResponse>`,
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
