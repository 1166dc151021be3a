import { awsJsonError, awsQueryError, type EdgeRequest, type EdgeResponse } from './protocol';

/**
 * Errors the edge answers itself, in the shape the caller's SDK parses: XML for query-protocol requests (form bodies
 * without a target, e.g. CloudFormation), JSON with `__type` and `x-amzn-errortype` for everything else.
 */
export function edgeError(
  request: Pick<EdgeRequest, 'headers'>,
  status: number,
  code: string,
  message: string,
): EdgeResponse {
  return speaksQuery(request) ? awsQueryError(status, code, message) : awsJsonError(status, code, message);
}

function speaksQuery(request: Pick<EdgeRequest, 'headers'>): boolean {
  const contentType = request.headers['content-type'] ?? '';
  return request.headers['x-amz-target'] === undefined && contentType.startsWith('application/x-www-form-urlencoded');
}
