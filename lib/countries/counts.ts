import { STATUSES, type Status } from "../status/rules";

// Tallies of commitments by status, as the country pages and API v1 show them: every status
// present (zeros included), so a table has the same rows whatever the data.

export type ByStatus = Record<Status, number>;

export const noStatuses = (): ByStatus => Object.fromEntries(STATUSES.map((s) => [s, 0])) as ByStatus;

const isStatus = (status: string | null): status is Status => (STATUSES as readonly (string | null)[]).includes(status);

/** Rows of (status, n) summed by status; a null status (not known yet on the as-of day) is left out. */
export function tally(rows: readonly { status: string | null; n: number }[]): { total: number; byStatus: ByStatus } {
  const byStatus = noStatuses();
  let total = 0;
  for (const r of rows) {
    if (!isStatus(r.status)) continue;
    byStatus[r.status] += r.n;
    total += r.n;
  }
  return { total, byStatus };
}
