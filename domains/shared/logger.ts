import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * The one observability entry module every Lambda imports. Both instances configure themselves from the
 * standard Powertools environment variables: POWERTOOLS_SERVICE_NAME, POWERTOOLS_LOG_LEVEL,
 * POWERTOOLS_METRICS_NAMESPACE (and POWERTOOLS_METRICS_DISABLED / POWERTOOLS_DEV where useful).
 *
 * The tracer is deliberately NOT exported from here: Powertools Tracer bundles aws-xray-sdk-core
 * (~110 KB minified) and esbuild cannot tree-shake it away, which would push every HTTP Lambda towards the
 * 250 KB budget. Functions that want SDK subsegments import `./tracer` explicitly; the rest rely on Lambda's
 * active tracing (configured in infra), which needs no code.
 */
export const logger = new Logger();

export const metrics = new Metrics();

export { MetricUnit };
