import type { EdgeRequest, EdgeResponse, EdgeService } from '../../../protocol';

/** A stand-in for an emulated service: answers with a canned response and remembers what reached it. */
export interface RecordingService extends EdgeService {
  readonly received: EdgeRequest[];
}

export function recordingService(
  signingName: string,
  targetPrefixes: readonly string[],
  answer: (request: EdgeRequest) => EdgeResponse,
): RecordingService {
  const received: EdgeRequest[] = [];
  return {
    signingName,
    targetPrefixes,
    received,
    handle: (request) => {
      received.push(request);
      return Promise.resolve(answer(request));
    },
  };
}

export function json(body: unknown, contentType = 'application/x-amz-json-1.1'): EdgeResponse {
  return { status: 200, headers: { 'content-type': contentType }, body: JSON.stringify(body) };
}

/** What an SDK client needs to talk to the edge and nothing more: no retries tuned, no handler swapped. */
export function sdkConfig(url: string): {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
} {
  return { endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
}

/** The request as a service sees it, for assertions (the body as text). */
export function seen(request: EdgeRequest | undefined): (Omit<EdgeRequest, 'body'> & { body: string }) | undefined {
  return request === undefined ? undefined : { ...request, body: request.body.toString('utf8') };
}
