import { MisconfiguredError } from './http/errors';

/**
 * Reads a required environment variable. A missing value is a deployment mistake, so it surfaces as
 * 500 `MISCONFIGURED` (with the variable's name in the logs only) rather than as a crash during init,
 * which API Gateway would turn into an opaque 500 without our error envelope.
 */
export const requireEnv = (name: string, env: NodeJS.ProcessEnv = process.env): string => {
  const value = env[name]?.trim();
  if (value === undefined || value === '') {
    throw new MisconfiguredError(`environment variable ${name} is not set`);
  }
  return value;
};

/** Where a function finds its domain's idempotency table (set by infra/platform/idempotency-table.ts). */
export const IDEMPOTENCY_TABLE_ENV = 'IDEMPOTENCY_TABLE_NAME';
