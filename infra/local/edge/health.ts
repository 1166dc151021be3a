import type { EdgeResponse } from './protocol';

export type ServiceStatus = 'starting' | 'ready' | 'failed';

export interface ServiceReadiness {
  readonly status: ServiceStatus;
  /** Why a service is not ready, e.g. `DynamoDB Local exited with code 1`. */
  readonly detail?: string;
}

/**
 * What the caller (the local cloud's boot sequence) knows about each service, keyed by name — the edge services'
 * signing names, plus anything else that must be up before the cloud is usable (e.g. `http-api`).
 */
export type ReadinessReport = Readonly<Record<string, ServiceReadiness>>;

export interface HealthReport {
  readonly status: 'ready' | 'starting' | 'degraded';
  readonly services: ReadinessReport;
}

/**
 * Ready only when every registered service and every reported one is ready. A registered service missing from the
 * report counts as starting: silence is not readiness. Any failure makes the whole cloud degraded.
 */
export function assessHealth(registered: readonly string[], readiness: () => ReadinessReport): HealthReport {
  const services = { ...startingFor(registered), ...reportOrFailure(readiness) };
  const statuses = Object.values(services).map((service) => service.status);
  if (statuses.includes('failed')) return { status: 'degraded', services };
  if (statuses.includes('starting')) return { status: 'starting', services };
  return { status: 'ready', services };
}

/** `GET /_local/health`: 200 when ready, else 503 — so `curl --fail` and wait loops can poll it. */
export function healthResponse(health: HealthReport): EdgeResponse {
  return {
    status: health.status === 'ready' ? 200 : 503,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify(health),
  };
}

function startingFor(registered: readonly string[]): Record<string, ServiceReadiness> {
  return Object.fromEntries(registered.map((name) => [name, { status: 'starting', detail: 'not reported yet' }]));
}

function reportOrFailure(readiness: () => ReadinessReport): ReadinessReport {
  try {
    return readiness();
  } catch (error) {
    // A broken readiness probe must not take the edge down; it makes the cloud visibly degraded instead.
    return { readiness: { status: 'failed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
