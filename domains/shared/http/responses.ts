/**
 * What a domain handler returns. The shared httpHandler serialises `body` as JSON and adds the
 * content-type and correlation headers, so handlers never build API Gateway responses by hand.
 */
export interface HttpResult {
  readonly statusCode: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

type HeaderMap = Readonly<Record<string, string>>;

const withHeaders = (headers: HeaderMap | undefined): { headers?: HeaderMap } => (headers === undefined ? {} : { headers });

export const ok = (body: unknown, headers?: HeaderMap): HttpResult => ({ statusCode: 200, body, ...withHeaders(headers) });

/** 201; pass the new resource's path as `location`. */
export const created = (body: unknown, location: string, headers?: HeaderMap): HttpResult => ({
  statusCode: 201,
  body,
  headers: { ...headers, location },
});

export const accepted = (body: unknown, headers?: HeaderMap): HttpResult => ({ statusCode: 202, body, ...withHeaders(headers) });

export const noContent = (headers?: HeaderMap): HttpResult => ({ statusCode: 204, ...withHeaders(headers) });

/** A strong ETag for a versioned resource: version 3 → `"3"`, what `ifMatchVersion` accepts back. */
export const versionETag = (version: number): HeaderMap => ({ etag: `"${version}"` });
