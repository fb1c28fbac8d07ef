import { statusesAsOf } from "../status/queries";

type WithStatus = { id: string; status: string };

/**
 * Replaces each commitment's current status with its status as of the day, for every list a page
 * shows, in one query. Callers have already hidden commitments not yet known on that day, so a
 * missing entry cannot happen in practice; the current status is the harmless fallback.
 */
export async function applyStatusesAsOf<T extends WithStatus, L extends readonly T[][]>(
  lists: L,
  asOf: string | undefined,
): Promise<L> {
  if (!asOf) return lists;
  const ids = [...new Set(lists.flatMap((list) => list.map((c) => c.id)))];
  const statuses = await statusesAsOf(ids, asOf);
  return lists.map((list) => list.map((c) => ({ ...c, status: statuses.get(c.id) ?? c.status }))) as unknown as L;
}
