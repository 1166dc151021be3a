import type { EdgeRequest, EdgeResponse } from '../edge/protocol';
import { escapeXml, parentElement, textElement, type XmlFragment } from './xml';

/** CloudFormation's only API version; every SDK sends it as `Version=2010-05-15`. */
export const CLOUDFORMATION_API_VERSION = '2010-05-15';
const NAMESPACE = `http://cloudformation.amazonaws.com/doc/${CLOUDFORMATION_API_VERSION}/`;
const XML_HEADERS = { 'content-type': 'text/xml' } as const;

/** The request's parameters: SDKs POST them form-encoded, while hand-made calls may put them in the query string. */
export function queryParameters(request: EdgeRequest): ReadonlyMap<string, string> {
  const parameters = new Map(Object.entries(request.query));
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(request.body.toString('utf8'))) parameters.set(name, value);
  }
  return parameters;
}

/** `<{Action}Response xmlns=…><{Action}Result>…</{Action}Result><ResponseMetadata>…</ResponseMetadata></…>`. */
export function queryResult(action: string, result: readonly XmlFragment[], requestId: string): EdgeResponse {
  const body = parentElement(
    `${action}Response`,
    [
      parentElement(`${action}Result`, result),
      parentElement('ResponseMetadata', [textElement('RequestId', requestId)]),
    ],
    ` xmlns="${NAMESPACE}"`,
  );
  return { status: 200, headers: { ...XML_HEADERS, 'x-amzn-requestid': requestId }, body };
}

/** A failure as CloudFormation reports it: HTTP status, `Sender`/`Receiver`, a code clients match on, a message. */
export class QueryError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

/** CloudFormation's error document, byte for byte in shape: the RequestId sits beside `<Error>`, not in metadata. */
export function queryErrorResponse(error: QueryError, requestId: string): EdgeResponse {
  const type = error.status >= 500 ? 'Receiver' : 'Sender';
  const body =
    `<ErrorResponse xmlns="${NAMESPACE}"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`;
  return { status: error.status, headers: { ...XML_HEADERS, 'x-amzn-requestid': requestId }, body };
}
