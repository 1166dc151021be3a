import type { HttpApiDefinition, HttpApiRoute, InvokeFunction, RouteAuthorization } from '../../../http-api-model';
import { type StartHttpApiOptions, startHttpApi } from '../../../http-api-server';
import { functionArn } from './fake-lambda';

export interface LogLine {
  readonly level: 'info' | 'warn';
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface TestApi {
  readonly url: string;
  readonly logs: LogLine[];
  close(): Promise<void>;
}

/** A route whose function is named after the route key, so tests can tell which integration ran. */
export const route = (routeKey: string, authorization: RouteAuthorization = 'NONE', timeoutMs?: number): HttpApiRoute => ({
  routeKey,
  integration: {
    functionArn: functionArn(routeKey.replace(/[^A-Za-z0-9]+/g, '-')),
    payloadFormatVersion: '2.0',
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  },
  authorization,
});

export const apiWith = (routes: readonly HttpApiRoute[], extra: Partial<HttpApiDefinition> = {}): HttpApiDefinition => ({
  apiId: 'localapi01',
  stageName: '$default',
  routes,
  ...extra,
});

/** Starts the API on a free port with a recording logger and request ids `req-1`, `req-2`, … */
export const startTestApi = async (
  api: HttpApiDefinition,
  invoke: InvokeFunction,
  options: Partial<StartHttpApiOptions> = {},
): Promise<TestApi> => {
  const logs: LogLine[] = [];
  let requests = 0;
  const running = await startHttpApi({
    port: 0,
    api,
    invoke,
    logger: {
      info: (message, fields = {}) => logs.push({ level: 'info', message, fields }),
      warn: (message, fields = {}) => logs.push({ level: 'warn', message, fields }),
    },
    newRequestId: () => `req-${++requests}`,
    ...options,
  });
  return { url: running.url, logs, close: () => running.close() };
};
