import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Opt-in Powertools Tracer (configured by POWERTOOLS_SERVICE_NAME / POWERTOOLS_TRACE_ENABLED /
 * POWERTOOLS_TRACER_CAPTURE_*). Importing this module adds ~110 KB (aws-xray-sdk-core) to a bundle, so the
 * shared HTTP runtime does not import it; use it only in functions whose bundle can afford it.
 */
export const tracer = new Tracer();
