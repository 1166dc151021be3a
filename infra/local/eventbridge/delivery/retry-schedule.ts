/**
 * How long EventBridge waits before retrying a failed delivery: "exponential back off and jitter". AWS does not
 * publish its constants; locally the ceiling starts at 1 s and doubles per retry up to 5 minutes, and each wait is
 * drawn between half the ceiling and the ceiling ("equal jitter"), so 185 retries span about 11 hours — inside the
 * default 24-hour maximum event age, as on AWS where both limits matter.
 */
export const FIRST_RETRY_CEILING_SECONDS = 1;
export const MAX_RETRY_CEILING_SECONDS = 300;

export function retryDelaySeconds(retriesSoFar: number, random: () => number): number {
  const ceiling = Math.min(MAX_RETRY_CEILING_SECONDS, FIRST_RETRY_CEILING_SECONDS * 2 ** retriesSoFar);
  return ceiling / 2 + (random() * ceiling) / 2;
}
