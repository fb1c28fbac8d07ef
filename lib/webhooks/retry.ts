/**
 * When a failed delivery is tried again: after the n-th failed attempt, the base delay times
 * RETRY_FACTORS[n - 1] (with the default base of 30 s: 30 s, 2 min, 10 min, 1 h, 6 h, 24 h), and
 * after the last one no more. A receiver that is down for a day still gets every change once it
 * is back; one that is gone for good stops costing requests.
 */
export const RETRY_FACTORS = [1, 4, 20, 120, 720, 2880] as const;

/** Attempts in all: the first one and a retry for each factor. */
export const MAX_ATTEMPTS = RETRY_FACTORS.length + 1;

export const DEFAULT_RETRY_BASE_MS = 30_000;

/** The delay before the next attempt after `attempts` failed ones, or null to give up. */
export function retryDelayMs(attempts: number, baseMs: number = DEFAULT_RETRY_BASE_MS): number | null {
  const factor = RETRY_FACTORS[attempts - 1];
  return factor === undefined ? null : factor * baseMs;
}

/** The base delay: PACT_WEBHOOK_RETRY_BASE_MS when set to a positive number (tests retry fast). */
export function retryBaseMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.PACT_WEBHOOK_RETRY_BASE_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_RETRY_BASE_MS;
}
